package dev.exchangesdk.ews.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The state of one monitored folder as the monitor last saw it. Immutable and thread-safe.
 *
 * @param folder the folder
 * @param lastPollStartedAt when the last poll started, or {@code null} before the first
 * @param lastPollFinishedAt when it ended, or {@code null}
 * @param lastOutcome how it ended, or {@code null}
 * @param lastError the error of the last failed or deferred poll, or {@code null} once a poll
 *     completed since
 * @param polls polls since the monitor was built
 * @param mailsHandled mails handled since the monitor was built
 * @param errors failed polls since the monitor was built
 * @param consecutiveFailures failed polls in a row (0 after a completed poll)
 * @param consecutiveDeferrals deferred (throttled, unavailable) polls in a row
 * @param backlog mails known to be waiting after the last poll (a lower bound when {@code
 *     morePending})
 * @param morePending whether the last poll left new mail for the next
 * @param highWaterMark the latest received (or modified) time of a handled mail, or {@code null}
 * @param nextPollAt when the service polls this folder next, or {@code null}
 * @param lastNotes the notes of the last poll that had any
 */
public record FolderStatus(
    MonitoredFolder folder,
    Instant lastPollStartedAt,
    Instant lastPollFinishedAt,
    PollOutcome lastOutcome,
    Throwable lastError,
    long polls,
    long mailsHandled,
    long errors,
    int consecutiveFailures,
    int consecutiveDeferrals,
    long backlog,
    boolean morePending,
    Instant highWaterMark,
    Instant nextPollAt,
    List<String> lastNotes) {

  public FolderStatus {
    lastNotes = List.copyOf(lastNotes);
  }

  /** Whether the folder is healthy: polled, and its last poll did not fail. */
  public boolean healthy() {
    return lastOutcome != null && lastOutcome != PollOutcome.FAILED;
  }
}
