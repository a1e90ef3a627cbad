package dev.exchangesdk.core;

import java.time.Duration;
import java.util.Optional;

/**
 * Root of every exception the SDK throws: unchecked, and carrying what a support case needs.
 *
 * <p>{@link #statusCode()} is the HTTP status (0 when no response arrived), {@link #errorCode()}
 * the service's own code ({@code ErrorItemNotFound}, {@code AADSTS700027}, a cmdlet error id ...),
 * and {@link #requestId()} the server's request id, or the {@code client-request-id} the SDK sent
 * when the server gave none. Messages never contain passwords, keys or tokens.
 */
public class ExchangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorCode;
  private final String requestId;

  public ExchangeException(String message) {
    this(message, 0, null, null, null);
  }

  public ExchangeException(String message, Throwable cause) {
    this(message, 0, null, null, cause);
  }

  public ExchangeException(
      String message, int statusCode, String errorCode, String requestId, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.errorCode = errorCode;
    this.requestId = requestId;
  }

  /** HTTP status of the response that failed, or 0 when there was none. */
  public int statusCode() {
    return statusCode;
  }

  /** The service's error code, when it sent one. */
  public String errorCode() {
    return errorCode;
  }

  /** The request id to quote to Microsoft support, when known. */
  public String requestId() {
    return requestId;
  }

  /**
   * Whether repeating the same call may succeed (throttling, a server that is briefly unavailable,
   * a connection that dropped). The SDK's retry policy has already used its budget on it.
   */
  public boolean isRetryable() {
    return false;
  }

  /** How long the service asked the caller to wait before trying again, when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.empty();
  }

  /**
   * Whether the request may have reached the server before the failure. Calls that are not safe to
   * repeat (sending mail) are retried only when this is false.
   */
  public boolean requestMayHaveReachedServer() {
    return true;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(getClass().getName()).append(": ").append(getMessage());
    if (statusCode != 0) {
      s.append(" [status=").append(statusCode).append(']');
    }
    if (errorCode != null) {
      s.append(" [code=").append(errorCode).append(']');
    }
    if (requestId != null) {
      s.append(" [request-id=").append(requestId).append(']');
    }
    return s.toString();
  }
}
