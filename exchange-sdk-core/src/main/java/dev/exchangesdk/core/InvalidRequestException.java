package dev.exchangesdk.core;

/**
 * The request was rejected as malformed or invalid (a bad id, an unknown parameter, a value out of
 * range), or the SDK refused it before sending. Repeating it unchanged will fail again.
 */
public class InvalidRequestException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(message);
  }

  public InvalidRequestException(
      String message, int statusCode, String errorCode, String requestId, Throwable cause) {
    super(message, statusCode, errorCode, requestId, cause);
  }
}
