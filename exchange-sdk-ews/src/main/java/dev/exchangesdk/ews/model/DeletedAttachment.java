package dev.exchangesdk.ews.model;

import java.util.Objects;

/**
 * An attachment that was deleted (pack: {@code attachmentId}, {@code action}={@code deleted}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param attachmentId the attachment's id
 * @param itemId the id of the item that held it, when the server returned it
 * @param itemChangeKey the item's new version, when the server returned it
 */
public record DeletedAttachment(String attachmentId, String itemId, String itemChangeKey) {

  public DeletedAttachment {
    Objects.requireNonNull(attachmentId, "attachmentId");
  }

  /** The pack's {@code action} value. */
  public String action() {
    return "deleted";
  }
}
