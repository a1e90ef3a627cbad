package dev.exchangesdk.ews.model;

import java.util.Locale;

/** How items are deleted. */
public enum DeleteMode {
  /** Moved to Deleted Items; the user can restore them from there (pack {@code trash}). */
  MOVE_TO_DELETED_ITEMS("MoveToDeletedItems", "trash", ItemAction.TRASH_DELETED),
  /**
   * Moved to Recoverable Items (the dumpster): gone from the user's folders, recoverable until the
   * retention period ends (pack {@code soft}).
   */
  SOFT_DELETE("SoftDelete", "soft", ItemAction.SOFT_DELETED),
  /** Purged; only a litigation or retention hold keeps a copy (pack {@code hard}). */
  HARD_DELETE("HardDelete", "hard", ItemAction.HARD_DELETED);

  private final String wireName;
  private final String packName;
  private final ItemAction action;

  DeleteMode(String wireName, String packName, ItemAction action) {
    this.wireName = wireName;
    this.packName = packName;
    this.action = action;
  }

  /** The EWS {@code DeleteType}, e.g. {@code SoftDelete}. */
  public String wireName() {
    return wireName;
  }

  /** The pack's {@code delete-type} value: {@code trash}, {@code soft} or {@code hard}. */
  public String packName() {
    return packName;
  }

  /** What a deletion in this mode reports. */
  public ItemAction action() {
    return action;
  }

  /**
   * A mode by pack name ({@code trash}/{@code soft}/{@code hard}), EWS name ({@code SoftDelete}) or
   * constant name, ignoring case.
   *
   * @throws IllegalArgumentException for anything else, listing the valid names
   */
  public static DeleteMode fromName(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (DeleteMode m : values()) {
      if (m.packName.equals(n)
          || m.wireName.toLowerCase(Locale.ROOT).equals(n)
          || m.name().toLowerCase(Locale.ROOT).equals(n)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        "Unknown delete mode '" + name + "'; use trash, soft or hard");
  }
}
