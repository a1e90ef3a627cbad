package dev.exchangesdk.core.internal.cmdlet;

import dev.exchangesdk.core.ThrottledException;
import java.time.Duration;

/**
 * The service refused a cmdlet before running it (HTTP 429, or the per-tenant concurrency limit),
 * so the call had no effect and may be repeated even when it is not idempotent ({@code
 * New-TransportRule}). Callers catch it as the public {@link ThrottledException}.
 */
final class ThrottledBeforeRunException extends ThrottledException {
  private static final long serialVersionUID = 1L;

  ThrottledBeforeRunException(
      String message, int statusCode, String errorCode, String requestId, Duration retryAfter) {
    super(message, statusCode, errorCode, requestId, retryAfter);
  }

  /**
   * False: the request reached the service but was turned away before the cmdlet ran, which is what
   * this flag decides for calls that are not safe to repeat.
   */
  @Override
  public boolean requestMayHaveReachedServer() {
    return false;
  }
}
