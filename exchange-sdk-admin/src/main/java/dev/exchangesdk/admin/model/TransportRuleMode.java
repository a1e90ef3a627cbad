package dev.exchangesdk.admin.model;

/** How a mail flow rule applies ({@code -Mode}). */
public enum TransportRuleMode {
  /** The actions run. */
  ENFORCE("Enforce"),
  /** Only logged (test without Policy Tips). */
  AUDIT("Audit"),
  /** Logged, with Policy Tips. */
  AUDIT_AND_NOTIFY("AuditAndNotify");

  private final String wireName;

  TransportRuleMode(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
