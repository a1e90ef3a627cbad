package dev.exchangesdk.core;

/**
 * A response could not be read: not the expected content type, truncated, malformed, hostile (DTDs,
 * entity expansion) or beyond the SDK's size limits.
 */
public class ResponseFormatException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  public ResponseFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  public ResponseFormatException(
      String message, int statusCode, String errorCode, String requestId, Throwable cause) {
    super(message, statusCode, errorCode, requestId, cause);
  }
}
