package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.ExchangeException;
import java.util.Objects;

/**
 * The outcome of moving an item to another mailbox (pack {@code ews-move-item-between-mailboxes}:
 * {@code movedToMailbox}, {@code movedToFolder}). The move is three steps and not atomic: a copy is
 * made in the destination, then the source is deleted. When the copy exists but the source could
 * not be deleted, this result says so (the item is then in both mailboxes) instead of an exception
 * hiding the new copy.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sourceMailbox the mailbox the item came from
 * @param sourceItemId the item's id there
 * @param internetMessageId its Message-ID, when known
 * @param destinationMailbox the mailbox it went to (pack {@code movedToMailbox})
 * @param destinationFolder the folder it went to, as given (pack {@code movedToFolder})
 * @param newItemId its id in the destination mailbox, or {@code null} when the server did not say
 * @param method how the copy was made
 * @param sourceDeleted whether the source item was deleted (hard delete)
 * @param failedStep the step that failed after the copy was made, or {@code null} when all passed
 * @param error that step's failure, or {@code null}
 */
public record MailboxTransfer(
    String sourceMailbox,
    String sourceItemId,
    String internetMessageId,
    String destinationMailbox,
    String destinationFolder,
    String newItemId,
    TransferMethod method,
    boolean sourceDeleted,
    TransferStep failedStep,
    ExchangeException error) {

  public MailboxTransfer {
    Objects.requireNonNull(method, "method");
    if ((failedStep == null) != (error == null)) {
      throw new IllegalArgumentException("failedStep and error go together");
    }
  }

  /** Whether every step passed: the item is in the destination only. */
  public boolean complete() {
    return failedStep == null && sourceDeleted;
  }

  /** How the item is copied into the other mailbox. */
  public enum TransferMethod {
    /** ExportItems, falling back to {@link #MIME} when the server does not support it. */
    AUTO,
    /** ExportItems then UploadItems: a full-fidelity copy (every property, attachments, flags). */
    EXPORT_UPLOAD,
    /**
     * The item's MIME content, created anew in the destination: headers, body and attachments
     * survive; Exchange-only properties (categories, flags, the item's own history) do not.
     */
    MIME
  }

  /** The steps of a move between mailboxes. */
  public enum TransferStep {
    /** Reading the item from the source (ExportItems or its MIME). */
    READ_SOURCE,
    /** Creating it in the destination (UploadItems or CreateItem). */
    CREATE_COPY,
    /** Deleting the source item. */
    DELETE_SOURCE
  }
}
