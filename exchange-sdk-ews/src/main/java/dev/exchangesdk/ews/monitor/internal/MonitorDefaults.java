package dev.exchangesdk.ews.monitor.internal;

import java.time.Duration;

/** The monitor's defaults and limits, in one place for the builder and the docs. */
public final class MonitorDefaults {
  private MonitorDefaults() {}

  public static final Duration FIRST_FETCH_WINDOW = Duration.ofMinutes(10);
  public static final int MAX_MAILS_PER_POLL = 50;

  /**
   * The cap on mails per poll. The pack caps at 200 because its whole poll ran in one 120-s call
   * budget; here mails are read in bounded groups and recorded one by one, so a larger value is
   * safe, but the service already drains a backlog by polling again at once.
   */
  public static final int MAX_MAILS_PER_POLL_CAP = 1000;

  /**
   * One checkpoint write records up to this many handled mails. A forced write costs about a
   * millisecond on a virtual disk: written per mail it caps a drain near the disk's flush rate;
   * shared by ten it costs a tenth of that. The price: a crash redelivers up to ten mails (flagged,
   * same keys) instead of one.
   */
  public static final int CHECKPOINT_EVERY_MAILS = 10;

  /**
   * ... or the first mail handled this long or more after the previous write is recorded at once.
   */
  public static final Duration CHECKPOINT_EVERY_TIME = Duration.ofSeconds(1);

  public static final Duration POLL_INTERVAL = Duration.ofMinutes(1);
  public static final int CONCURRENCY = 4;
  public static final long SPOOL_THRESHOLD = 1L << 20;
  public static final int REMEMBERED_IDS = 1000;

  /** Ids kept at one query-feed time mark (mails sharing one second). */
  public static final int BOUNDARY_IDS = 10_000;

  public static final int MAX_CONSECUTIVE_DEFERRALS = 3;
  public static final int MAX_POST_ACTION_ATTEMPTS = 5;
  public static final Duration MAX_BACKOFF = Duration.ofMinutes(15);
  public static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

  /** A lease outlives a few poll intervals, so a crashed instance's folders are taken over. */
  public static Duration leaseDuration(Duration pollInterval) {
    Duration three = pollInterval.multipliedBy(3);
    return three.compareTo(Duration.ofMinutes(2)) > 0 ? three : Duration.ofMinutes(2);
  }
}
