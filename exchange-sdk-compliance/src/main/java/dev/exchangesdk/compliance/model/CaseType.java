package dev.exchangesdk.compliance.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The type of a compliance case ({@code New-ComplianceCase -CaseType}). An open set: besides the
 * constants, any value the service knows can be passed with {@link #of(String)}, and unknown values
 * it reports are kept. Comparison ignores case. Immutable and thread-safe.
 */
public final class CaseType {
  /** An eDiscovery (Standard) case; the cmdlet's default. */
  public static final CaseType EDISCOVERY = new CaseType("eDiscovery");

  public static final CaseType ADVANCED_EDISCOVERY = new CaseType("AdvancedEdiscovery");
  public static final CaseType COMPLIANCE_CLASSIFIER = new CaseType("ComplianceClassifier");
  public static final CaseType COMPLIANCE_WORKSPACE = new CaseType("ComplianceWorkspace");
  public static final CaseType DATA_INVESTIGATION = new CaseType("DataInvestigation");

  /** A data subject request. */
  public static final CaseType DSR = new CaseType("DSR");

  public static final CaseType INSIDER_RISK = new CaseType("InsiderRisk");
  public static final CaseType INTERNAL_INVESTIGATION = new CaseType("InternalInvestigation");
  public static final CaseType SUPERVISION_POLICY = new CaseType("SupervisionPolicy");

  private static final Map<String, CaseType> KNOWN =
      index(
          EDISCOVERY,
          ADVANCED_EDISCOVERY,
          COMPLIANCE_CLASSIFIER,
          COMPLIANCE_WORKSPACE,
          DATA_INVESTIGATION,
          DSR,
          INSIDER_RISK,
          INTERNAL_INVESTIGATION,
          SUPERVISION_POLICY);

  private final String value;

  private CaseType(String value) {
    this.value = value;
  }

  /**
   * The case type for a service value, e.g. {@code "eDiscovery"}.
   *
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public static CaseType of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a case type needs a value, e.g. eDiscovery");
    }
    String trimmed = value.strip();
    CaseType known = KNOWN.get(trimmed.toLowerCase(Locale.ROOT));
    return known != null ? known : new CaseType(trimmed);
  }

  /** The value as the cmdlet spells it. */
  public String value() {
    return value;
  }

  /** Whether the SDK knows this type. */
  public boolean isKnown() {
    return KNOWN.containsKey(value.toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseType && value.equalsIgnoreCase(((CaseType) o).value);
  }

  @Override
  public int hashCode() {
    return value.toLowerCase(Locale.ROOT).hashCode();
  }

  @Override
  public String toString() {
    return value;
  }

  private static Map<String, CaseType> index(CaseType... types) {
    Map<String, CaseType> m = new HashMap<>();
    for (CaseType t : types) {
      m.put(t.value.toLowerCase(Locale.ROOT), t);
    }
    return Map.copyOf(m);
  }
}
