package dev.exchangesdk.ews.model;

/**
 * One change in a folder since the previous synchronization.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type what happened
 * @param itemId the item's id
 * @param changeKey the item's version, or {@code null} (deletions)
 * @param item the item's properties (creations and updates), else {@code null}
 * @param read the new read state ({@link Type#READ_FLAG_CHANGE}), else {@code null}
 */
public record ItemChange(Type type, String itemId, String changeKey, MailItem item, Boolean read) {

  /** The kind of change. */
  public enum Type {
    CREATE,
    UPDATE,
    DELETE,
    READ_FLAG_CHANGE
  }
}
