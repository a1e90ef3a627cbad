package dev.exchangesdk.admin.internal;

import dev.exchangesdk.core.Sleeper;
import dev.exchangesdk.core.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps calls within "at most N per running window" (Get-MessageTraceV2: 100 per 5 minutes) by
 * making callers wait, on the injected clock and sleeper, until the oldest call leaves the window.
 * Thread-safe.
 */
public final class SlidingWindowRateLimiter {
  private final int permits;
  private final Duration window;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Deque<Instant> recent = new ArrayDeque<>();

  public SlidingWindowRateLimiter(int permits, Duration window, Clock clock, Sleeper sleeper) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1");
    }
    this.permits = permits;
    this.window = window;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Blocks until one more call fits in the window, then records it. */
  public void acquire(String what) {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(windowStart)) {
          recent.pollFirst();
        }
        if (recent.size() < permits) {
          recent.addLast(now);
          return;
        }
        wait = Duration.between(windowStart, recent.peekFirst());
      }
      try {
        // Sleep outside the lock so that the clock (real or fake) can move on.
        sleeper.sleep(wait.isZero() || wait.isNegative() ? Duration.ofMillis(1) : wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new TransportException(
            what + " was interrupted while waiting for the service's rate limit", null, false, e);
      }
    }
  }
}
