package dev.exchangesdk.testkit;

/**
 * Why a mailbox cannot be reached for a while ({@link Faults#mailboxUnavailable}): EWS answers
 * every call acting on it with HTTP 200 and an error response message carrying this {@code
 * ResponseCode}, as Exchange Online does while it moves or rebalances a mailbox. Clients treat both
 * as transient.
 *
 * <p>Immutable and thread-safe.
 */
public enum MailboxUnavailable {
  /** {@code ErrorMailboxMoveInProgress}: the mailbox is being moved to another database. */
  MOVE_IN_PROGRESS(
      "ErrorMailboxMoveInProgress", "The mailbox is being moved. Try again after the move."),
  /** {@code ErrorMailboxStoreUnavailable}: the mailbox database cannot be reached. */
  STORE_UNAVAILABLE(
      "ErrorMailboxStoreUnavailable", "The mailbox database is temporarily unavailable.");

  private final String responseCode;
  private final String messageText;

  MailboxUnavailable(String responseCode, String messageText) {
    this.responseCode = responseCode;
    this.messageText = messageText;
  }

  /** The EWS {@code ResponseCode}, e.g. {@code ErrorMailboxMoveInProgress}. */
  public String responseCode() {
    return responseCode;
  }

  /** The {@code MessageText} the fake sends with it (written, not captured from the service). */
  public String messageText() {
    return messageText;
  }
}
