package dev.exchangesdk.core.internal.http;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.Sleeper;
import dev.exchangesdk.core.TransportException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call, repeating it while it fails with a retryable {@link ExchangeException} and the
 * budget of {@link RetryOptions} allows: exponential back-off with full jitter, or exactly the wait
 * the service asked for. A call that is not idempotent is repeated only when its request never left
 * the client. Thread-safe.
 */
public final class RetryPolicy {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.retry");

  private final RetryOptions options;
  private final Sleeper sleeper;

  public RetryPolicy(RetryOptions options, Sleeper sleeper) {
    this.options = options;
    this.sleeper = sleeper;
  }

  /**
   * Runs {@code attempt} until it returns, fails for good, or the budget is spent.
   *
   * @param what a short description for logs, e.g. {@code "EWS FindItem"}
   */
  public <T> T run(String what, Idempotency idempotency, Supplier<T> attempt) {
    Duration waited = Duration.ZERO;
    for (int n = 1; ; n++) {
      try {
        return attempt.get();
      } catch (ExchangeException e) {
        Duration wait = nextWait(e, n, waited, idempotency);
        if (wait == null) {
          throw e;
        }
        LOG.info(
            "{} failed ({}); retrying in {} ms (attempt {} of {})",
            what,
            reason(e),
            wait.toMillis(),
            n + 1,
            options.maxAttempts());
        sleep(wait, e);
        waited = waited.plus(wait);
      }
    }
  }

  /** The wait before the next attempt, or {@code null} when the failure is final. */
  Duration nextWait(ExchangeException e, int attemptsMade, Duration waited, Idempotency idem) {
    if (!e.isRetryable() || attemptsMade >= options.maxAttempts()) {
      return null;
    }
    if (idem == Idempotency.NOT_IDEMPOTENT && e.requestMayHaveReachedServer()) {
      return null;
    }
    Duration wait = e.retryAfter().orElseGet(() -> jitteredBackoff(attemptsMade));
    if (waited.plus(wait).compareTo(options.maxTotalWait()) > 0) {
      LOG.info(
          "Not retrying: the service asks for a wait of {} ms, beyond the retry budget of {} ms",
          wait.toMillis(),
          options.maxTotalWait().toMillis());
      return null;
    }
    return wait;
  }

  /** Full jitter: uniform in [0, min(maxDelay, base * 2^(n-1))]. */
  Duration jitteredBackoff(int attemptsMade) {
    long base = options.baseDelay().toMillis();
    long cap = options.maxDelay().toMillis();
    int shift = Math.min(attemptsMade - 1, 30);
    long bound = base > (cap >> shift) ? cap : Math.min(cap, base << shift);
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(bound + 1));
  }

  private void sleep(Duration wait, ExchangeException cause) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      cause.addSuppressed(ie);
      throw cause;
    }
  }

  private static String reason(ExchangeException e) {
    if (e instanceof TransportException) {
      return "connection: " + Redaction.oneLine(String.valueOf(e.getCause()), 200);
    }
    String code = e.errorCode() != null ? e.errorCode() : "HTTP " + e.statusCode();
    return e.retryAfter()
        .map(d -> code + ", server asked to wait " + d.toMillis() + " ms")
        .orElse(code);
  }
}
