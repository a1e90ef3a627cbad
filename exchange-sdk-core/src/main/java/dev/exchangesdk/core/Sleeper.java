package dev.exchangesdk.core;

import java.time.Duration;

/**
 * Waits. The SDK waits through this interface (between retries, between polls) so that tests can
 * replace real sleeping with a fake clock.
 */
@FunctionalInterface
public interface Sleeper {

  /** Blocks the calling thread for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The real thing: {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return duration -> {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
