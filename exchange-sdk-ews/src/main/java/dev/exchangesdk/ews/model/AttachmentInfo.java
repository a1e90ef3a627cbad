package dev.exchangesdk.ews.model;

import java.time.Instant;

/**
 * What an item says about one of its attachments (no content).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the attachment id, for {@code downloadAttachment} / {@code exportAttachedItem}
 * @param name the file name (or the attached item's subject), or {@code null}
 * @param contentType the MIME type, or {@code null}
 * @param contentId the {@code Content-ID} an HTML body refers to ({@code cid:...}), or {@code null}
 * @param contentLocation the {@code Content-Location}, or {@code null}
 * @param size the size in bytes as the server reports it, or {@code null}
 * @param lastModified when it last changed, or {@code null}
 * @param inline whether it is shown inside the body (an inline image) rather than attached
 * @param kind a file, or an attached mail/item
 */
public record AttachmentInfo(
    String id,
    String name,
    String contentType,
    String contentId,
    String contentLocation,
    Long size,
    Instant lastModified,
    boolean inline,
    Kind kind) {

  /** File attachment or attached item. */
  public enum Kind {
    FILE,
    ITEM,
    /** A link to a file in cloud storage (OneDrive); it has no content to download. */
    REFERENCE
  }
}
