package dev.exchangesdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move by hand, to drive token expiry, compliance progress and mail timestamps
 * without sleeping: {@code FakeExchange.builder().clock(clock)}, then {@link #advance}.
 *
 * <p>Thread-safe.
 */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;

  private TestClock(Instant start) {
    this.now = new AtomicReference<>(Objects.requireNonNull(start, "start"));
  }

  /** A clock standing at {@code start}. */
  public static TestClock at(Instant start) {
    return new TestClock(start);
  }

  /** Moves the clock forward (or back, with a negative duration). */
  public TestClock advance(Duration d) {
    now.updateAndGet(t -> t.plus(d));
    return this;
  }

  /** Moves the clock to {@code instant} (backwards too). */
  public TestClock set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
    return this;
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "TestClock{" + now.get() + '}';
  }
}
