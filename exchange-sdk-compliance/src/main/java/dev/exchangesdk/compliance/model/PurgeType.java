package dev.exchangesdk.compliance.model;

/**
 * How a purge action removes items. Thread-safe.
 *
 * <p>{@link #SOFT_DELETE} moves items to the Recoverable Items folder, where users can still
 * restore them; {@link #HARD_DELETE} marks them for permanent removal (also from mailboxes on hold
 * once the hold is lifted). The SDK never chooses {@code HARD_DELETE} on its own.
 */
public enum PurgeType {
  SOFT_DELETE("SoftDelete"),
  HARD_DELETE("HardDelete");

  private final String wireName;

  PurgeType(String wireName) {
    this.wireName = wireName;
  }

  /** The cmdlet's value: {@code SoftDelete} or {@code HardDelete}. */
  public String wireName() {
    return wireName;
  }
}
