package dev.exchangesdk.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The service is briefly unable to answer (HTTP 502/503/504, a transient server error, a mailbox
 * being moved). Retrying later is expected to work.
 */
public class ServiceUnavailableException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public ServiceUnavailableException(
      String message,
      int statusCode,
      String errorCode,
      String requestId,
      Duration retryAfter,
      Throwable cause) {
    super(message, statusCode, errorCode, requestId, cause);
    this.retryAfter = retryAfter;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
