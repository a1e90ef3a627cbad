package dev.exchangesdk.admin.model;

/** The kind of Tenant Allow/Block List entry ({@code -ListType}). */
public enum AllowBlockListType {
  /** Sender domains and email addresses. */
  SENDER("Sender"),
  /** SHA256 file hashes (64 hex characters). */
  FILE_HASH("FileHash"),
  /** URLs and host names (at most 250 characters). */
  URL("Url"),
  /** IPv6 addresses and ranges. */
  IP("IP");

  private final String wireName;

  AllowBlockListType(String wireName) {
    this.wireName = wireName;
  }

  /** The value the cmdlet takes, e.g. {@code FileHash}. */
  public String wireName() {
    return wireName;
  }
}
