package dev.exchangesdk.ews.model;

import java.util.Locale;

/** What kind of directory or contact entry an address belongs to (EWS {@code MailboxType}). */
public enum RecipientType {
  MAILBOX("Mailbox"),
  /** A distribution group in the directory; it can be expanded. */
  PUBLIC_DL("PublicDL"),
  /** A contact group in someone's Contacts folder; it can be expanded by its item id. */
  PRIVATE_DL("PrivateDL"),
  CONTACT("Contact"),
  PUBLIC_FOLDER("PublicFolder"),
  GROUP_MAILBOX("GroupMailbox"),
  ONE_OFF("OneOff"),
  IMPLICIT_CONTACT("ImplicitContact"),
  /** Not given, or a value newer than this SDK. */
  UNKNOWN("Unknown");

  private final String wireName;

  RecipientType(String wireName) {
    this.wireName = wireName;
  }

  /** The EWS name, e.g. {@code PublicDL} (the pack's {@code mailboxType}). */
  public String wireName() {
    return wireName;
  }

  /** Whether this is a group that {@code expandGroup} can expand. */
  public boolean isGroup() {
    return this == PUBLIC_DL || this == PRIVATE_DL;
  }

  /** The type for an EWS name, ignoring case; {@link #UNKNOWN} for null or anything unknown. */
  public static RecipientType parse(String s) {
    if (s != null) {
      String n = s.strip().toLowerCase(Locale.ROOT);
      for (RecipientType t : values()) {
        if (t.wireName.toLowerCase(Locale.ROOT).equals(n)) {
          return t;
        }
      }
    }
    return UNKNOWN;
  }
}
