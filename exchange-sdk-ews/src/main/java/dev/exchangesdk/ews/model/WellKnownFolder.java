package dev.exchangesdk.ews.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Folders every mailbox has, named the same in every language (EWS distinguished folder ids, Graph
 * well-known folder names). Use them instead of display names, which are localized ("Inbox" is
 * "Posteingang" in a German mailbox).
 *
 * <p>Immutable and thread-safe.
 */
public enum WellKnownFolder {
  /** The root of the whole mailbox, above Top of Information Store (holds {@code AllItems}). */
  ROOT("root", "Root"),
  /** Top of Information Store: the parent of Inbox, Sent Items and the user's folders. */
  MSG_FOLDER_ROOT("msgfolderroot", "Top of Information Store"),
  INBOX("inbox", "Inbox"),
  SENT_ITEMS("sentitems", "Sent Items"),
  DELETED_ITEMS("deleteditems", "Deleted Items"),
  DRAFTS("drafts", "Drafts"),
  OUTBOX("outbox", "Outbox"),
  JUNK_EMAIL("junkemail", "Junk Email"),
  CALENDAR("calendar", "Calendar"),
  CONTACTS("contacts", "Contacts"),
  TASKS("tasks", "Tasks"),
  NOTES("notes", "Notes"),
  JOURNAL("journal", "Journal"),
  CONVERSATION_HISTORY("conversationhistory", "Conversation History"),
  SYNC_ISSUES("syncissues", "Sync Issues"),
  SEARCH_FOLDERS("searchfolders", "Search Folders"),
  /** The Recoverable Items folder (root of the dumpster). */
  RECOVERABLE_ITEMS_ROOT("recoverableitemsroot", "Recoverable Items"),
  /** Where soft-deleted items go ("Deletions"); recover messages from here. */
  RECOVERABLE_ITEMS_DELETIONS("recoverableitemsdeletions", "Deletions"),
  RECOVERABLE_ITEMS_PURGES("recoverableitemspurges", "Purges"),
  RECOVERABLE_ITEMS_VERSIONS("recoverableitemsversions", "Versions"),
  ARCHIVE_ROOT("archiveroot", "Archive Root"),
  ARCHIVE_MSG_FOLDER_ROOT("archivemsgfolderroot", "Archive Top of Information Store"),
  ARCHIVE_INBOX("archiveinbox", "Archive Inbox"),
  ARCHIVE_DELETED_ITEMS("archivedeleteditems", "Archive Deleted Items"),
  /** The root of the organization's public folders (not of one mailbox). */
  PUBLIC_FOLDERS_ROOT("publicfoldersroot", "Public Folders");

  private final String wireName;
  private final String englishName;

  WellKnownFolder(String wireName, String englishName) {
    this.wireName = wireName;
    this.englishName = englishName;
  }

  /** The protocol name, e.g. {@code sentitems}. */
  public String wireName() {
    return wireName;
  }

  /** The English display name, e.g. {@code Sent Items}. */
  public String englishName() {
    return englishName;
  }

  /**
   * The folder named by its protocol name ({@code sentitems}), constant name ({@code SENT_ITEMS})
   * or English display name ({@code Sent Items}, also {@code Junk E-mail}), ignoring case.
   */
  public static Optional<WellKnownFolder> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.equals("junk e-mail")) {
      return Optional.of(JUNK_EMAIL);
    }
    for (WellKnownFolder f : values()) {
      if (f.wireName.equals(n)
          || f.name().toLowerCase(Locale.ROOT).equals(n)
          || f.englishName.toLowerCase(Locale.ROOT).equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
