package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.core.ExchangeException;

/**
 * A mail could not be read into an event (the server reports it corrupt, or its content cannot be
 * parsed). Without {@code skipUnparsable} the folder stops at this mail, and every poll fails with
 * this exception until the mail is removed or skipping is enabled; with it, the mail goes to the
 * {@link MonitorErrorListener} and the monitor moves on.
 */
public class UnparsableMailException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  private final String itemId;

  public UnparsableMailException(String message, String itemId, Throwable cause) {
    super(
        message,
        cause instanceof ExchangeException ? ((ExchangeException) cause).statusCode() : 0,
        cause instanceof ExchangeException ? ((ExchangeException) cause).errorCode() : null,
        cause instanceof ExchangeException ? ((ExchangeException) cause).requestId() : null,
        cause);
    this.itemId = itemId;
  }

  /** The id of the mail that could not be read. */
  public String itemId() {
    return itemId;
  }
}
