package dev.exchangesdk.ews.monitor;

/** How one poll of one folder ended. Immutable and thread-safe. */
public enum PollOutcome {
  /** The poll ran: every mail found (up to the per-poll maximum) was delivered. */
  COMPLETED,
  /**
   * The server was throttling or briefly unavailable (mailbox being moved, store unavailable, 503)
   * past the retry budget: nothing was lost, the next poll resumes. Consecutive throttled polls
   * become {@link #FAILED} after the configured number.
   */
  DEFERRED,
  /** The poll stopped with an error ({@link PollReport#error()}); the next poll resumes. */
  FAILED,
  /** Not polled: another monitor instance holds the folder's lease, or the monitor is closing. */
  SKIPPED
}
