package dev.exchangesdk.compliance;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how often to poll a compliance search or search action: interval (10 s), timeout (30
 * min) and how long a freshly created object may stay invisible before the wait fails with {@link
 * dev.exchangesdk.core.NotFoundException} (1 min: the service takes a moment to register a new
 * search). Immutable and thread-safe.
 */
public final class WaitOptions {
  private static final WaitOptions DEFAULTS = builder().build();

  private final Duration interval;
  private final Duration timeout;
  private final Duration notFoundGrace;

  private WaitOptions(Builder b) {
    this.interval = b.interval;
    this.timeout = b.timeout;
    this.notFoundGrace = b.notFoundGrace;
  }

  public static WaitOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Duration interval() {
    return interval;
  }

  public Duration timeout() {
    return timeout;
  }

  public Duration notFoundGrace() {
    return notFoundGrace;
  }

  @Override
  public String toString() {
    return "WaitOptions{interval="
        + interval
        + ", timeout="
        + timeout
        + ", notFoundGrace="
        + notFoundGrace
        + '}';
  }

  /** Builds {@link WaitOptions}. Not thread-safe. */
  public static final class Builder {
    private Duration interval = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofMinutes(30);
    private Duration notFoundGrace = Duration.ofMinutes(1);

    private Builder() {}

    /** Time between polls; at least one second (the service updates status slowly). */
    public Builder interval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
        throw new IllegalArgumentException("interval must be at least one second");
      }
      this.interval = interval;
      return this;
    }

    /** Total time to wait before giving up and returning the last state. */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative");
      }
      this.timeout = timeout;
      return this;
    }

    /** How long "not found" counts as "not registered yet" at the start of a wait. */
    public Builder notFoundGrace(Duration notFoundGrace) {
      Objects.requireNonNull(notFoundGrace, "notFoundGrace");
      if (notFoundGrace.isNegative()) {
        throw new IllegalArgumentException("notFoundGrace must not be negative");
      }
      this.notFoundGrace = notFoundGrace;
      return this;
    }

    public WaitOptions build() {
      return new WaitOptions(this);
    }
  }
}
