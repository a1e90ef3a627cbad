package dev.exchangesdk.core;

import java.time.Duration;
import java.util.Objects;

/**
 * How the SDK retries a call that failed for a reason that may pass: throttling, a briefly
 * unavailable service, a dropped connection.
 *
 * <p>Waits grow exponentially from {@link #baseDelay()} with full jitter (a random wait between 0
 * and the exponential bound, capped at {@link #maxDelay()}), unless the service said how long to
 * wait ({@code Retry-After}, EWS {@code BackOffMilliseconds}): then that wait is honoured, even
 * above {@code maxDelay}. A call stops being retried after {@link #maxAttempts()} attempts, or when
 * the next wait would take the total time spent waiting past {@link #maxTotalWait()}: the last
 * error is then thrown, carrying the wait the service asked for. Calls that are not safe to repeat
 * (sending mail) are retried only when the request never left the client.
 *
 * <p>Immutable and thread-safe.
 */
public final class RetryOptions {
  private static final RetryOptions DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxTotalWait;

  private RetryOptions(Builder b) {
    if (b.maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = requirePositive(b.baseDelay, "baseDelay");
    this.maxDelay = requirePositive(b.maxDelay, "maxDelay");
    this.maxTotalWait = Objects.requireNonNull(b.maxTotalWait, "maxTotalWait");
  }

  /** 5 attempts, 1 s base, 60 s cap on computed waits, 5 minutes of waiting in all. */
  public static RetryOptions defaults() {
    return DEFAULTS;
  }

  /** No retries at all: every failure reaches the caller at once. */
  public static RetryOptions none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxDelay(maxDelay)
        .maxTotalWait(maxTotalWait);
  }

  /** Attempts in all, the first one included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Duration baseDelay() {
    return baseDelay;
  }

  public Duration maxDelay() {
    return maxDelay;
  }

  public Duration maxTotalWait() {
    return maxTotalWait;
  }

  @Override
  public String toString() {
    return "RetryOptions{maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + baseDelay
        + ", maxDelay="
        + maxDelay
        + ", maxTotalWait="
        + maxTotalWait
        + '}';
  }

  private static Duration requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return d;
  }

  /** Builds {@link RetryOptions}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration baseDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofSeconds(60);
    // EWS asks for back-offs of up to about 300 s; honour one of those before giving up.
    private Duration maxTotalWait = Duration.ofMinutes(5);

    private Builder() {}

    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
      return this;
    }

    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
      return this;
    }

    public Builder maxTotalWait(Duration maxTotalWait) {
      this.maxTotalWait = maxTotalWait;
      return this;
    }

    public RetryOptions build() {
      return new RetryOptions(this);
    }
  }
}
