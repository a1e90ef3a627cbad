package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
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
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Builder() {}

    /** Replaces the KQL query. */
    public Builder contentMatchQuery(String kql) {
      parameters.put("ContentMatchQuery", Inputs.optionalText("content match query", kql));
      return this;
    }

    public Builder description(String description) {
      parameters.put("Description", Inputs.optionalText("description", description));
      return this;
    }

    public Builder allowNotFoundExchangeLocations(boolean allow) {
      parameters.put("AllowNotFoundExchangeLocationsEnabled", allow);
      return this;
    }

    public Builder addExchangeLocations(String... locations) {
      return list("AddExchangeLocation", "Exchange location", Arrays.asList(locations));
    }

    public Builder addExchangeLocations(Collection<String> locations) {
      return list("AddExchangeLocation", "Exchange location", locations);
    }

    public Builder removeExchangeLocations(String... locations) {
      return list("RemoveExchangeLocation", "Exchange location", Arrays.asList(locations));
    }

    public Builder removeExchangeLocations(Collection<String> locations) {
      return list("RemoveExchangeLocation", "Exchange location", locations);
    }

    /** On-premises only according to Microsoft; Exchange Online may refuse it. */
    public Builder addExchangeLocationExclusions(Collection<String> locations) {
      return list("AddExchangeLocationExclusion", "Exchange location exclusion", locations);
    }

    public Builder removeExchangeLocationExclusions(Collection<String> locations) {
      return list("RemoveExchangeLocationExclusion", "Exchange location exclusion", locations);
    }

    /**
     * Replaces the public folder locations: the cmdlet has no add variant for them ({@code
     * -PublicFolderLocation}).
     */
    public Builder publicFolderLocations(Collection<String> locations) {
      return list("PublicFolderLocation", "public folder location", locations);
    }

    public Builder removePublicFolderLocations(Collection<String> locations) {
      return list("RemovePublicFolderLocation", "public folder location", locations);
    }

    public Builder addSharePointLocations(Collection<String> locations) {
      return list("AddSharePointLocation", "SharePoint location", locations);
    }

    public Builder removeSharePointLocations(Collection<String> locations) {
      return list("RemoveSharePointLocation", "SharePoint location", locations);
    }

    public Builder addSharePointLocationExclusions(Collection<String> locations) {
      return list("AddSharePointLocationExclusion", "SharePoint location exclusion", locations);
    }

    public Builder removeSharePointLocationExclusions(Collection<String> locations) {
      return list("RemoveSharePointLocationExclusion", "SharePoint location exclusion", locations);
    }

    /**
     * @throws InvalidRequestException when nothing was set (the call would change nothing)
     */
    public SearchUpdate build() {
      if (parameters.isEmpty()) {
        throw new InvalidRequestException("A search update must change something");
      }
      return new SearchUpdate(parameters);
    }

    private Builder list(String parameter, String what, Collection<String> values) {
      var checked = Inputs.names(what, values);
      if (checked.isEmpty()) {
        throw new InvalidRequestException("No " + what + " given for " + parameter);
      }
      parameters.put(parameter, checked);
      return this;
    }
  }
}
