package dev.exchangesdk.testkit.internal.store;

import java.time.Instant;

/**
 * A file or item attachment of a stored item. A file attachment holds bytes; an item attachment
 * holds an embedded {@link Item} (a forwarded mail, for instance) that lives in no folder.
 *
 * <p>Not thread-safe: guarded by the tenant lock like everything in the store.
 */
public final class Attachment {
  /** Serial within the parent item, part of the attachment id. */
  public final long serial;

  public String name;
  public String contentType;
  public String contentId;
  public String contentLocation;
  public boolean inline;
  public Instant lastModified;

  /** The file content; {@code null} for an item attachment. */
  public byte[] content;

  /** The embedded item; {@code null} for a file attachment. */
  public Item item;

  public Attachment(long serial) {
    this.serial = serial;
  }

  public boolean isFile() {
    return item == null;
  }

  /** The size EWS reports: the file length, or the embedded item's MIME length. */
  public int size() {
    return isFile() ? (content == null ? 0 : content.length) : item.size();
  }

  /** A copy with the same serial, for copies of the parent item. */
  public Attachment copy() {
    Attachment a = new Attachment(serial);
    a.name = name;
    a.contentType = contentType;
    a.contentId = contentId;
    a.contentLocation = contentLocation;
    a.inline = inline;
    a.lastModified = lastModified;
    a.content = content;
    a.item = item == null ? null : item.copyDetached();
    return a;
  }
}
