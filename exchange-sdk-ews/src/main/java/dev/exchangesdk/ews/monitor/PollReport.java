package dev.exchangesdk.ews.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What one poll of one folder did. Counts cover this poll only. Immutable and thread-safe.
 *
 * @param folder the folder polled
 * @param outcome how it ended
 * @param startedAt when it started
 * @param finishedAt when it ended
 * @param delivered mails handed to the handler that it handled
 * @param possibleRedeliveries of those, how many carried {@link MailEvent#possibleRedelivery()}
 * @param skippedBeforeWindow older mails passed over on the first run (before the first-fetch
 *     window)
 * @param skippedAlreadyHandled items found again that were already handled (after a restart or a
 *     re-synchronization)
 * @param skippedNotMail items that are not mail (meeting requests, reports ...) passed over
 * @param vanished mails that were deleted or moved out before they could be read
 * @param unparsable mails that could not be read and were reported to the error listener
 * @param postActionsApplied mark-as-read / move actions applied
 * @param postActionsFailed post-actions that failed (retried next poll, or given up and reported)
 * @param morePending whether the folder has more new mail than this poll took (the service polls
 *     again at once)
 * @param backlog mails known to be waiting (a lower bound when {@code morePending})
 * @param error why the poll failed or was deferred, or {@code null}
 * @param notes what happened that an operator should know (re-synchronization, folder renamed or
 *     replaced ...)
 */
public record PollReport(
    MonitoredFolder folder,
    PollOutcome outcome,
    Instant startedAt,
    Instant finishedAt,
    int delivered,
    int possibleRedeliveries,
    int skippedBeforeWindow,
    int skippedAlreadyHandled,
    int skippedNotMail,
    int vanished,
    int unparsable,
    int postActionsApplied,
    int postActionsFailed,
    boolean morePending,
    long backlog,
    Throwable error,
    List<String> notes) {

  public PollReport {
    notes = List.copyOf(notes);
  }

  public Optional<Throwable> failure() {
    return Optional.ofNullable(error);
  }

  public Duration duration() {
    return Duration.between(startedAt, finishedAt);
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("PollReport{")
            .append(folder)
            .append(' ')
            .append(outcome)
            .append(", delivered=")
            .append(delivered);
    if (skippedBeforeWindow > 0) {
      s.append(", skippedBeforeWindow=").append(skippedBeforeWindow);
    }
    if (skippedAlreadyHandled > 0) {
      s.append(", skippedAlreadyHandled=").append(skippedAlreadyHandled);
    }
    if (vanished > 0) {
      s.append(", vanished=").append(vanished);
    }
    if (unparsable > 0) {
      s.append(", unparsable=").append(unparsable);
    }
    if (morePending) {
      s.append(", morePending");
    }
    if (error != null) {
      s.append(", error=").append(error);
    }
    if (!notes.isEmpty()) {
      s.append(", notes=").append(notes);
    }
    return s.append('}').toString();
  }
}
