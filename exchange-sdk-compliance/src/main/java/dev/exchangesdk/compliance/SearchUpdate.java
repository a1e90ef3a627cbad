package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Changes to an existing compliance search ({@code Set-ComplianceSearch}): its query, description
 * and locations, added or removed one by one. Only what was set is sent.
 *
 * <p>A changed search keeps its old results until it runs again: call {@link
 * ComplianceClient#startSearch(String)} after updating it. Immutable and thread-safe; the builder
 * is not.
 */
public final class SearchUpdate {
  private final Map<String, Object> parameters;

  private SearchUpdate(Map<String, Object> parameters) {
    this.parameters = parameters;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The cmdlet parameters, in the order they were set. */
  Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "SearchUpdate" + parameters.keySet();
  }

  /** Builds a {@link SearchUpdate}. Not thread-safe. */
  public static final class Builder {
    private final CmdletParameters p = new CmdletParameters();

    private Builder() {}

    /** Replaces the KQL query. */
    public Builder contentMatchQuery(String kql) {
      p.put("ContentMatchQuery", Inputs.optionalText("content match query", kql));
      return this;
    }

    public Builder description(String description) {
      p.put("Description", Inputs.optionalText("description", description));
      return this;
    }

    public Builder allowNotFoundExchangeLocations(boolean allow) {
      p.put("AllowNotFoundExchangeLocationsEnabled", allow);
      return this;
    }

    public Builder addExchangeLocations(String... locations) {
      return addExchangeLocations(Arrays.asList(locations));
    }

    public Builder addExchangeLocations(Collection<String> locations) {
      p.names("AddExchangeLocation", "Exchange location", locations);
      return this;
    }

    public Builder removeExchangeLocations(String... locations) {
      return removeExchangeLocations(Arrays.asList(locations));
    }

    public Builder removeExchangeLocations(Collection<String> locations) {
      p.names("RemoveExchangeLocation", "Exchange location", locations);
      return this;
    }

    /** On-premises only according to Microsoft; Exchange Online may refuse it. */
    public Builder addExchangeLocationExclusions(Collection<String> locations) {
      p.names("AddExchangeLocationExclusion", "Exchange location exclusion", locations);
      return this;
    }

    public Builder removeExchangeLocationExclusions(Collection<String> locations) {
      p.names("RemoveExchangeLocationExclusion", "Exchange location exclusion", locations);
      return this;
    }

    /**
     * Replaces the public folder locations: the cmdlet has no add variant for them ({@code
     * -PublicFolderLocation}).
     */
    public Builder publicFolderLocations(Collection<String> locations) {
      p.names("PublicFolderLocation", "public folder location", locations);
      return this;
    }

    public Builder removePublicFolderLocations(Collection<String> locations) {
      p.names("RemovePublicFolderLocation", "public folder location", locations);
      return this;
    }

    public Builder addSharePointLocations(Collection<String> locations) {
      p.names("AddSharePointLocation", "SharePoint location", locations);
      return this;
    }

    public Builder removeSharePointLocations(Collection<String> locations) {
      p.names("RemoveSharePointLocation", "SharePoint location", locations);
      return this;
    }

    public Builder addSharePointLocationExclusions(Collection<String> locations) {
      p.names("AddSharePointLocationExclusion", "SharePoint location exclusion", locations);
      return this;
    }

    public Builder removeSharePointLocationExclusions(Collection<String> locations) {
      p.names("RemoveSharePointLocationExclusion", "SharePoint location exclusion", locations);
      return this;
    }

    /**
     * @throws InvalidRequestException when nothing was set (the call would change nothing)
     */
    public SearchUpdate build() {
      return new SearchUpdate(p.freeze(true, "search update"));
    }
  }
}
