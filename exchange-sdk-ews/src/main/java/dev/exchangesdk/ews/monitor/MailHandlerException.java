package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.core.ExchangeException;

/**
 * The {@link MailHandler} threw: the mail was not recorded as handled and will be delivered again
 * (same idempotency key) after the folder's back-off. The handler's exception is the cause.
 */
public class MailHandlerException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  private final String itemId;
  private final String idempotencyKey;

  public MailHandlerException(String itemId, String idempotencyKey, Throwable cause) {
    super("The mail handler failed on item " + itemId + ": " + cause, cause);
    this.itemId = itemId;
    this.idempotencyKey = idempotencyKey;
  }

  public String itemId() {
    return itemId;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }
}
