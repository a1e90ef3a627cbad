package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case hold policy to create ({@code New-CaseHoldPolicy}): its name, the eDiscovery case it
 * belongs to, and the locations it holds. Only what was set is sent; the service enables a new
 * policy unless {@link Builder#enabled(boolean)} says otherwise. Immutable and thread-safe; the
 * builder is not.
 */
public final class NewHoldPolicyRequest {
  private final String name;
  private final Map<String, Object> parameters;

  private NewHoldPolicyRequest(Builder b) {
    this.name = b.name;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("Name", b.name);
    p.put("Case", b.caseName);
    p.putAll(b.optional.freeze());
    this.parameters = Collections.unmodifiableMap(p);
  }

  /** A policy named {@code name} in the case {@code caseName}. */
  public static Builder builder(String name, String caseName) {
    return new Builder(name, caseName);
  }

  public String name() {
    return name;
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "NewHoldPolicyRequest{name=" + name + ", parameters=" + parameters.keySet() + '}';
  }

  /** Builds a {@link NewHoldPolicyRequest}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final String caseName;
    private final CmdletParameters optional = new CmdletParameters();

    private Builder(String name, String caseName) {
      this.name = Inputs.name("hold policy name", name);
      this.caseName = Inputs.name("case name", caseName);
    }

    public Builder comment(String comment) {
      optional.put("Comment", Inputs.optionalText("comment", comment));
      return this;
    }

    /** Mailboxes or groups to hold. */
    public Builder exchangeLocations(Collection<String> locations) {
      optional.names("ExchangeLocation", "Exchange location", locations);
      return this;
    }

    /** Public folders to hold ({@code All} for all of them). */
    public Builder publicFolderLocations(Collection<String> locations) {
      optional.names("PublicFolderLocation", "public folder location", locations);
      return this;
    }

    /** SharePoint or OneDrive sites to hold. */
    public Builder sharePointLocations(Collection<String> locations) {
      optional.names("SharePointLocation", "SharePoint location", locations);
      return this;
    }

    /** Creates the policy enabled or disabled; the service's default is enabled. */
    public Builder enabled(boolean enabled) {
      optional.put("Enabled", enabled);
      return this;
    }

    public NewHoldPolicyRequest build() {
      return new NewHoldPolicyRequest(this);
    }
  }
}
