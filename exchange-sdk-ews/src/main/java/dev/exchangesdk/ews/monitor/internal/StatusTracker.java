package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.ews.monitor.FolderStatus;
import dev.exchangesdk.ews.monitor.MonitoredFolder;
import dev.exchangesdk.ews.monitor.PollOutcome;
import dev.exchangesdk.ews.monitor.PollReport;
import java.time.Instant;
import java.util.List;

/** The running status of one folder, updated by its polls and read by anyone. Thread-safe. */
public final class StatusTracker {
  private final MonitoredFolder folder;
  private final int maxConsecutiveDeferrals;
  private Instant lastStarted;
  private Instant lastFinished;
  private PollOutcome lastOutcome;
  private Throwable lastError;
  private long polls;
  private long mailsHandled;
  private long errors;
  private int consecutiveFailures;
  private int consecutiveDeferrals;
  private long backlog;
  private boolean morePending;
  private Instant highWaterMark;
  private Instant nextPollAt;
  private List<String> lastNotes = List.of();

  StatusTracker(MonitoredFolder folder, int maxConsecutiveDeferrals) {
    this.folder = folder;
    this.maxConsecutiveDeferrals = maxConsecutiveDeferrals;
  }

  synchronized void pollStarted(Instant at) {
    lastStarted = at;
  }

  synchronized void mailHandled() {
    mailsHandled++;
  }

  synchronized void checkpoint(FolderState s) {
    highWaterMark = s.highWaterReceived != null ? s.highWaterReceived : s.highWaterModified;
  }

  synchronized void pollFinished(PollReport r) {
    lastFinished = r.finishedAt();
    lastOutcome = r.outcome();
    polls++;
    morePending = r.morePending();
    backlog = r.backlog();
    if (!r.notes().isEmpty()) {
      lastNotes = r.notes();
    }
    switch (r.outcome()) {
      case COMPLETED:
        lastError = null;
        consecutiveFailures = 0;
        consecutiveDeferrals = 0;
        break;
      case DEFERRED:
        lastError = r.error();
        if (!isMailboxMove(r.error())) {
          consecutiveDeferrals++;
        }
        break;
      case FAILED:
        lastError = r.error();
        errors++;
        consecutiveFailures++;
        if (consecutiveDeferrals + 1 >= maxConsecutiveDeferrals) {
          consecutiveDeferrals = 0;
        }
        break;
      default:
        break;
    }
  }

  private static boolean isMailboxMove(Throwable t) {
    if (!(t instanceof dev.exchangesdk.core.ExchangeException)) {
      return false;
    }
    String code = ((dev.exchangesdk.core.ExchangeException) t).errorCode();
    return "ErrorMailboxStoreUnavailable".equals(code) || "ErrorMailboxMoveInProgress".equals(code);
  }

  public synchronized int consecutiveFailures() {
    return consecutiveFailures;
  }

  public synchronized int consecutiveDeferrals() {
    return consecutiveDeferrals;
  }

  public synchronized void nextPollAt(Instant at) {
    nextPollAt = at;
  }

  public synchronized FolderStatus snapshot() {
    return new FolderStatus(
        folder,
        lastStarted,
        lastFinished,
        lastOutcome,
        lastError,
        polls,
        mailsHandled,
        errors,
        consecutiveFailures,
        consecutiveDeferrals,
        backlog,
        morePending,
        highWaterMark,
        nextPollAt,
        lastNotes);
  }
}
