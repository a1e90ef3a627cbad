package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.ews.monitor.MonitoredFolder;
import dev.exchangesdk.ews.monitor.PollOutcome;
import dev.exchangesdk.ews.monitor.PollReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Counts what one poll does, then becomes its {@link PollReport}. Not thread-safe. */
final class PollRecorder {
  final MonitoredFolder folder;
  final Instant startedAt;
  int delivered;
  int possibleRedeliveries;
  int skippedBeforeWindow;
  int skippedAlreadyHandled;
  int skippedNotMail;
  int vanished;
  int unparsable;
  int postActionsApplied;
  int postActionsFailed;
  boolean morePending;
  long backlog;
  final List<String> notes = new ArrayList<>();

  PollRecorder(MonitoredFolder folder, Instant startedAt) {
    this.folder = folder;
    this.startedAt = startedAt;
  }

  void note(String note) {
    notes.add(note);
  }

  PollReport finish(PollOutcome outcome, Instant finishedAt, Throwable error) {
    return new PollReport(
        folder,
        outcome,
        startedAt,
        finishedAt,
        delivered,
        possibleRedeliveries,
        skippedBeforeWindow,
        skippedAlreadyHandled,
        skippedNotMail,
        vanished,
        unparsable,
        postActionsApplied,
        postActionsFailed,
        morePending,
        backlog,
        error,
        notes);
  }
}
