package dev.exchangesdk.core;

/** The object named in the request (an item, folder, mailbox, rule, search ...) does not exist. */
public class NotFoundException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(
      String message, int statusCode, String errorCode, String requestId, Throwable cause) {
    super(message, statusCode, errorCode, requestId, cause);
  }
}
