package dev.exchangesdk.ews.model;

import java.time.Instant;

/**
 * A file attachment that was written to a destination.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the attachment id
 * @param name the file name, or {@code null}
 * @param contentType the MIME type, or {@code null}
 * @param contentId the {@code Content-ID} (inline images), or {@code null}
 * @param inline whether it is shown inside the body
 * @param lastModified when it last changed, or {@code null}
 * @param size the bytes written
 * @param sha256 the SHA-256 of the bytes written, lower-case hex
 */
public record DownloadedAttachment(
    String id,
    String name,
    String contentType,
    String contentId,
    boolean inline,
    Instant lastModified,
    long size,
    String sha256) {}
