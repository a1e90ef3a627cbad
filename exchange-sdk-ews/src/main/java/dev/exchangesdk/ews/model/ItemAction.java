package dev.exchangesdk.ews.model;

/** What was done to an item. {@link #packName()} is the pack's {@code action} value. */
public enum ItemAction {
  MOVED("moved"),
  COPIED("copied"),
  TRASH_DELETED("trash-deleted"),
  SOFT_DELETED("soft-deleted"),
  HARD_DELETED("hard-deleted"),
  MARKED_AS_READ("marked-as-read"),
  MARKED_AS_UNREAD("marked-as-unread"),
  MARKED_AS_JUNK("marked-as-junk"),
  MARKED_AS_NOT_JUNK("marked-as-not-junk"),
  CATEGORIES_SET("categories-set"),
  CATEGORIES_ADDED("categories-added"),
  RECOVERED("recovered");

  private final String packName;

  ItemAction(String packName) {
    this.packName = packName;
  }

  /** The pack's name, e.g. {@code soft-deleted}. */
  public String packName() {
    return packName;
  }
}
