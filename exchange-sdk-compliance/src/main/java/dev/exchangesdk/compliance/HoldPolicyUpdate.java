package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Collection;
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
    this.parameters = parameters;
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
    private final CmdletParameters p = new CmdletParameters();

    private Builder() {}

    public Builder addExchangeLocations(Collection<String> locations) {
      p.names("AddExchangeLocation", "Exchange location", locations);
      return this;
    }

    public Builder removeExchangeLocations(Collection<String> locations) {
      p.names("RemoveExchangeLocation", "Exchange location", locations);
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

    public Builder addPublicFolderLocations(Collection<String> locations) {
      p.names("AddPublicFolderLocation", "public folder location", locations);
      return this;
    }

    public Builder removePublicFolderLocations(Collection<String> locations) {
      p.names("RemovePublicFolderLocation", "public folder location", locations);
      return this;
    }

    public Builder comment(String comment) {
      p.put("Comment", Inputs.optionalText("comment", comment));
      return this;
    }

    /** Enables or disables the policy; sent only when called. */
    public Builder enabled(boolean enabled) {
      p.put("Enabled", enabled);
      return this;
    }

    /**
     * @throws InvalidRequestException when nothing was set
     */
    public HoldPolicyUpdate build() {
      return new HoldPolicyUpdate(p.freeze(true, "hold policy update"));
    }
  }
}
