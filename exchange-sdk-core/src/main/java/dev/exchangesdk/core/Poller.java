package dev.exchangesdk.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for long-running work (a compliance search, a purge) by polling its state until it is done,
 * the timeout passes, or the caller cancels.
 *
 * <p>{@link #await()} polls immediately, then every {@code interval}; each polled value goes to the
 * progress callback. A failure of the poll operation itself propagates (the HTTP pipeline has
 * already retried what can be retried). {@link #cancel()} may be called from any thread and wakes a
 * waiting {@code await()}. A poller is single-use.
 *
 * @param <T> the state type being polled
 */
public final class Poller<T> {

  /** How a wait ended. */
  public enum Outcome {
    /** The completion predicate accepted a polled value. */
    COMPLETED,
    /** The timeout passed first; the result holds the last value seen. */
    TIMED_OUT,
    /** {@link #cancel()} was called or the waiting thread was interrupted. */
    CANCELLED
  }

  /**
   * What {@link #await()} ended with.
   *
   * @param outcome how the wait ended
   * @param lastValue the last polled value, or {@code null} when cancelled before the first poll
   * @param polls how many polls ran
   * @param elapsed time from the first poll to the end
   * @param <T> the state type
   */
  public record Result<T>(Outcome outcome, T lastValue, int polls, Duration elapsed) {
    public boolean isCompleted() {
      return outcome == Outcome.COMPLETED;
    }
  }

  private final Supplier<T> operation;
  private final Predicate<T> isDone;
  private final Duration interval;
  private final Duration timeout;
  private final Consumer<T> onProgress;
  private final Clock clock;
  private final Sleeper sleeper;
  private final CountDownLatch cancelled = new CountDownLatch(1);

  private Poller(Builder<T> b) {
    this.operation = Objects.requireNonNull(b.operation, "operation");
    this.isDone = Objects.requireNonNull(b.isDone, "isDone");
    this.interval = Objects.requireNonNull(b.interval, "interval");
    this.timeout = Objects.requireNonNull(b.timeout, "timeout");
    this.onProgress = b.onProgress == null ? v -> {} : b.onProgress;
    this.clock = b.clock == null ? Clock.systemUTC() : b.clock;
    this.sleeper = b.sleeper;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /** Polls until done, timed out or cancelled. */
  public Result<T> await() {
    Instant start = clock.instant();
    Instant deadline = start.plus(timeout);
    T last = null;
    int polls = 0;
    while (true) {
      if (isCancelled()) {
        return new Result<>(
            Outcome.CANCELLED, last, polls, Duration.between(start, clock.instant()));
      }
      last = operation.get();
      polls++;
      onProgress.accept(last);
      if (isDone.test(last)) {
        return new Result<>(
            Outcome.COMPLETED, last, polls, Duration.between(start, clock.instant()));
      }
      Instant now = clock.instant();
      if (!now.isBefore(deadline)) {
        return new Result<>(Outcome.TIMED_OUT, last, polls, Duration.between(start, now));
      }
      Duration wait = interval;
      Duration remaining = Duration.between(now, deadline);
      if (remaining.compareTo(wait) < 0) {
        wait = remaining;
      }
      if (!pause(wait)) {
        return new Result<>(
            Outcome.CANCELLED, last, polls, Duration.between(start, clock.instant()));
      }
    }
  }

  /** Stops a running or future {@link #await()} at its next opportunity. */
  public void cancel() {
    cancelled.countDown();
  }

  public boolean isCancelled() {
    return cancelled.getCount() == 0;
  }

  /** Waits; false when cancelled or interrupted meanwhile. */
  private boolean pause(Duration wait) {
    try {
      if (sleeper != null) {
        sleeper.sleep(wait);
        return !isCancelled();
      }
      return !cancelled.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Builds a {@link Poller}. Not thread-safe. */
  public static final class Builder<T> {
    private Supplier<T> operation;
    private Predicate<T> isDone;
    private Duration interval = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofMinutes(10);
    private Consumer<T> onProgress;
    private Clock clock;
    private Sleeper sleeper;

    private Builder() {}

    /** Fetches the current state; called once per poll. */
    public Builder<T> operation(Supplier<T> operation) {
      this.operation = operation;
      return this;
    }

    /** Says whether a state is final. */
    public Builder<T> isDone(Predicate<T> isDone) {
      this.isDone = isDone;
      return this;
    }

    public Builder<T> interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    public Builder<T> timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Receives every polled state, the final one included. */
    public Builder<T> onProgress(Consumer<T> onProgress) {
      this.onProgress = onProgress;
      return this;
    }

    public Builder<T> clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Replaces real waiting (tests); cancellation is then seen after each wait. */
    public Builder<T> sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    public Poller<T> build() {
      return new Poller<>(this);
    }
  }
}
