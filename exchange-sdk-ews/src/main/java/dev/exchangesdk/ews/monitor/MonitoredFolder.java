package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.ews.model.FolderRef;
import java.util.Locale;
import java.util.Objects;

/**
 * One folder of one mailbox that a {@link MailboxMonitor} watches. Its {@link #key()} names its
 * checkpoint: change the folder reference and the monitor starts that folder afresh. Immutable and
 * thread-safe.
 *
 * @param mailbox the SMTP address of the mailbox
 * @param folder the folder: a path ({@code Inbox/Phishing}), an id, a well-known folder, or a
 *     public folder path
 */
public record MonitoredFolder(String mailbox, FolderRef folder) {

  public MonitoredFolder {
    if (mailbox == null || mailbox.isBlank()) {
      throw new IllegalArgumentException("mailbox must not be blank");
    }
    mailbox = mailbox.strip();
    Objects.requireNonNull(folder, "folder");
  }

  /**
   * A folder given the way users type it: a long id-like string is an id, a well-known name ({@code
   * Inbox}) is that folder, anything else is a path ({@code Inbox/Phishing}).
   */
  public static MonitoredFolder of(String mailbox, String folder) {
    return new MonitoredFolder(mailbox, FolderRef.parse(folder));
  }

  /** A public folder by path below the public folders root. */
  public static MonitoredFolder publicFolder(String mailbox, String path) {
    return new MonitoredFolder(mailbox, FolderRef.publicFolderPath(path));
  }

  /** The checkpoint key: the lower-case mailbox, {@code |}, the folder reference. */
  public String key() {
    return mailbox.toLowerCase(Locale.ROOT) + "|" + folder;
  }

  @Override
  public String toString() {
    return mailbox + " " + folder;
  }
}
