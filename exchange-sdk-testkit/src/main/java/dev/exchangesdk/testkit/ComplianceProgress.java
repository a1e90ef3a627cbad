package dev.exchangesdk.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * How fast compliance searches and search actions move through their statuses ({@code Starting},
 * {@code InProgress}, {@code Completed}): one step per so many polls ({@code Get-ComplianceSearch},
 * {@code Get-ComplianceSearchAction}), or one step per period of the fake's clock.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplianceProgress {
  private final int pollsPerStatus;
  private final Duration durationPerStatus;

  private ComplianceProgress(int pollsPerStatus, Duration durationPerStatus) {
    this.pollsPerStatus = pollsPerStatus;
    this.durationPerStatus = durationPerStatus;
  }

  /** Each status lasts {@code polls} reads of the object (the default is one). */
  public static ComplianceProgress perPoll(int polls) {
    if (polls < 1) {
      throw new IllegalArgumentException("polls must be at least 1");
    }
    return new ComplianceProgress(polls, null);
  }

  /** Each status lasts {@code period} of the fake's clock, whoever polls. */
  public static ComplianceProgress perDuration(Duration period) {
    Objects.requireNonNull(period, "period");
    if (period.isNegative()) {
      throw new IllegalArgumentException("period must not be negative");
    }
    return new ComplianceProgress(0, period);
  }

  /** The default: one status step per poll. */
  public static ComplianceProgress defaults() {
    return perPoll(1);
  }

  /** Polls per status, or 0 when progress follows the clock. */
  public int pollsPerStatus() {
    return pollsPerStatus;
  }

  /** Clock time per status, or {@code null} when progress follows polls. */
  public Duration durationPerStatus() {
    return durationPerStatus;
  }

  @Override
  public String toString() {
    return durationPerStatus != null
        ? "ComplianceProgress{perDuration=" + durationPerStatus + '}'
        : "ComplianceProgress{perPoll=" + pollsPerStatus + '}';
  }
}
