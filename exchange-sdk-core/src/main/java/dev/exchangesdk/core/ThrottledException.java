package dev.exchangesdk.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The service is throttling the caller (HTTP 429, EWS {@code ErrorServerBusy}, the admin API's
 * concurrency limit). {@link #retryAfter()} is the wait the service asked for, when it gave one.
 */
public class ThrottledException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  public ThrottledException(
      String message, int statusCode, String errorCode, String requestId, Duration retryAfter) {
    super(message, statusCode, errorCode, requestId, null);
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
