package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Changes to a case hold policy ({@code Set-CaseHoldPolicy}): locations added or removed, comment,
 * enabled. Only what was set is sent; in particular {@code Enabled} is sent only when {@link
 * Builder#enabled(boolean)} was called, so editing the locations of a disabled policy does not
 * enable it again. Immutable and thread-safe; the builder is not.
 */
public final class HoldPolicyUpdate {
  private final Map<String, Object> parameters;

  private HoldPolicyUpdate(Map<String, Object> parameters) {
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  public static Builder builder() {
    return new Builder();
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "HoldPolicyUpdate" + parameters.keySet();
  }

  /** Builds a {@link HoldPolicyUpdate}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Builder() {}

    public Builder addExchangeLocations(Collection<String> locations) {
      return list("AddExchangeLocation", "Exchange location", locations);
    }

    public Builder removeExchangeLocations(Collection<String> locations) {
      return list("RemoveExchangeLocation", "Exchange location", locations);
    }

    public Builder addSharePointLocations(Collection<String> locations) {
      return list("AddSharePointLocation", "SharePoint location", locations);
    }

    public Builder removeSharePointLocations(Collection<String> locations) {
      return list("RemoveSharePointLocation", "SharePoint location", locations);
    }

    public Builder addPublicFolderLocations(Collection<String> locations) {
      return list("AddPublicFolderLocation", "public folder location", locations);
    }

    public Builder removePublicFolderLocations(Collection<String> locations) {
      return list("RemovePublicFolderLocation", "public folder location", locations);
    }

    public Builder comment(String comment) {
      parameters.put("Comment", Inputs.optionalText("comment", comment));
      return this;
    }

    /** Enables or disables the policy; sent only when called. */
    public Builder enabled(boolean enabled) {
      parameters.put("Enabled", enabled);
      return this;
    }

    /**
     * @throws InvalidRequestException when nothing was set
     */
    public HoldPolicyUpdate build() {
      if (parameters.isEmpty()) {
        throw new InvalidRequestException("A hold policy update must change something");
      }
      return new HoldPolicyUpdate(parameters);
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
