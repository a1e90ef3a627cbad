package dev.exchangesdk.admin.model;

/** The Tenant Allow/Block List subtype ({@code -ListSubType}). */
public enum AllowBlockListSubType {
  /** Ordinary entries (the service's default). */
  TENANT("Tenant"),
  /** Third-party phishing simulation URLs of the advanced delivery policy. */
  ADVANCED_DELIVERY("AdvancedDelivery"),
  /** Entries created from admin submissions. */
  SUBMISSION("Submission");

  private final String wireName;

  AllowBlockListSubType(String wireName) {
    this.wireName = wireName;
  }

  /** The value the cmdlet takes, e.g. {@code AdvancedDelivery}. */
  public String wireName() {
    return wireName;
  }
}
