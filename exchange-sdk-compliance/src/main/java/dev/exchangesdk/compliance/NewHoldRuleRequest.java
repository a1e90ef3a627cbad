package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case hold rule to create ({@code New-CaseHoldRule}): the KQL query selecting what a hold policy
 * keeps. Created enabled unless {@link Builder#disabled(boolean)} says otherwise. Immutable and
 * thread-safe; the builder is not.
 */
public final class NewHoldRuleRequest {
  private final String name;
  private final Map<String, Object> parameters;

  private NewHoldRuleRequest(Builder b) {
    this.name = b.name;
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("Name", b.name);
    p.put("Policy", b.policy);
    p.putAll(b.optional.freeze());
    this.parameters = Collections.unmodifiableMap(p);
  }

  /** A rule named {@code name} for the hold policy {@code policy}. */
  public static Builder builder(String name, String policy) {
    return new Builder(name, policy);
  }

  public String name() {
    return name;
  }

  Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "NewHoldRuleRequest{name=" + name + ", parameters=" + parameters.keySet() + '}';
  }

  /** Builds a {@link NewHoldRuleRequest}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final String policy;
    private final CmdletParameters optional = new CmdletParameters();

    private Builder(String name, String policy) {
      this.name = Inputs.name("hold rule name", name);
      this.policy = Inputs.name("hold policy", policy);
    }

    /** The KQL query of what to hold; everything in the policy's locations when not set. */
    public Builder contentMatchQuery(String kql) {
      optional.put("ContentMatchQuery", Inputs.optionalText("content match query", kql));
      return this;
    }

    public Builder comment(String comment) {
      optional.put("Comment", Inputs.optionalText("comment", comment));
      return this;
    }

    /** Creates the rule disabled ({@code true}) or enabled; sent only when called. */
    public Builder disabled(boolean disabled) {
      optional.put("Disabled", disabled);
      return this;
    }

    public NewHoldRuleRequest build() {
      return new NewHoldRuleRequest(this);
    }
  }
}
