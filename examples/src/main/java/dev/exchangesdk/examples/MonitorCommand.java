package dev.exchangesdk.examples;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.monitor.CheckpointStore;
import dev.exchangesdk.ews.monitor.FileCheckpointStore;
import dev.exchangesdk.ews.monitor.FolderStatus;
import dev.exchangesdk.ews.monitor.InMemoryCheckpointStore;
import dev.exchangesdk.ews.monitor.MailAttachment;
import dev.exchangesdk.ews.monitor.MailEvent;
import dev.exchangesdk.ews.monitor.MailboxMonitor;
import dev.exchangesdk.ews.monitor.PollReport;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Monitor a mailbox folder and turn each new mail into an incident (the XSOAR pack's "fetch
 * incidents"): subject, sender, attachments with their SHA-256, and an idempotency key that stays
 * the same if the mail is ever delivered again.
 */
@Command(
    name = "monitor",
    description =
        "Monitor a mailbox folder: each new mail becomes an incident (subject, from, attachments"
            + " with SHA-256, idempotency key).")
final class MonitorCommand extends TenantCommand {
  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      description = "Mailbox to watch (demo: soc@contoso.com).")
  String mailbox;

  @Option(
      names = "--folder",
      paramLabel = "FOLDER",
      defaultValue = "Inbox",
      description = "Folder path (default Inbox).")
  String folder;

  @Option(
      names = "--first-fetch",
      paramLabel = "WINDOW",
      defaultValue = "7 days",
      description = "How far back the first run looks (default '7 days').")
  String firstFetch;

  @Option(
      names = "--checkpoint-dir",
      paramLabel = "DIR",
      description = "Keep progress in this directory, so a restart delivers no mail twice.")
  Path checkpointDirectory;

  @Option(names = "--mark-read", description = "Mark each handled mail as read.")
  boolean markRead;

  @Option(names = "--move-to", description = "Move each handled mail to this folder.")
  String moveTo;

  @Option(names = "--follow", description = "Keep polling until Ctrl-C (default: poll once).")
  boolean follow;

  @Option(
      names = "--for",
      paramLabel = "DURATION",
      description = "With --follow: stop after this long, e.g. 10m (default: until Ctrl-C).")
  Duration runFor;

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      defaultValue = "1m",
      description = "Time between polls with --follow (default 1m).")
  Duration pollInterval;

  @Override
  protected int run(Target target, Output out) throws Exception {
    String watched = target.orDemo(mailbox, "--mailbox", "soc@contoso.com");

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();

    // Progress survives restarts only in a checkpoint store on disk (or your own database).
    CheckpointStore checkpoints =
        checkpointDirectory != null
            ? FileCheckpointStore.open(checkpointDirectory)
            : new InMemoryCheckpointStore();

    MailboxMonitor.Builder builder =
        MailboxMonitor.builder()
            .client(ews)
            .watch(watched, folder)
            .firstFetch(firstFetch)
            .checkpointStore(checkpoints)
            .markAsRead(markRead)
            .pollInterval(pollInterval)
            .handler(event -> out.record("incidents", incident(event)))
            .errorListener(error -> out.progress("monitor: %s", error));
    if (moveTo != null) {
      builder.moveTo(moveTo);
    }

    out.notice("Watching " + watched + " " + folder + " (first run looks back " + firstFetch + ")");
    try (checkpoints;
        MailboxMonitor monitor = builder.build()) {
      if (!follow) {
        List<PollReport> reports = monitor.pollOnce();
        out.table("polls", polls(reports));
        return reports.stream().allMatch(r -> r.error() == null) ? 0 : 1;
      }
      // Ctrl-C: stop polling, finish and record the mail in hand.
      Thread onCtrlC = new Thread(monitor::close, "monitor-shutdown");
      Runtime.getRuntime().addShutdownHook(onCtrlC);
      monitor.start();
      out.notice(
          "Polling every "
              + pollInterval.toSeconds()
              + " s"
              + (runFor != null ? " for " + runFor.toSeconds() + " s" : "")
              + "; Ctrl-C stops.");
      Instant end = runFor == null ? Instant.MAX : Instant.now().plus(runFor);
      while (monitor.status().running() && Instant.now().isBefore(end)) {
        Thread.sleep(Math.max(1, Math.min(pollInterval.toMillis(), millisUntil(end))));
        for (FolderStatus f : monitor.status().folders()) {
          out.progress(
              "%s: %d polls, %d mails handled, backlog %d, last poll %s",
              f.folder(), f.polls(), f.mailsHandled(), f.backlog(), f.lastOutcome());
        }
      }
      try {
        Runtime.getRuntime().removeShutdownHook(onCtrlC);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C arrived: the hook is closing the monitor.
      }
      return 0;
    }
  }

  private static long millisUntil(Instant end) {
    return end == Instant.MAX ? Long.MAX_VALUE : Duration.between(Instant.now(), end).toMillis();
  }

  /** What an incident system needs from one mail. */
  static Map<String, Object> incident(MailEvent event) {
    List<Map<String, Object>> attachments = new ArrayList<>();
    for (MailAttachment a : event.attachments()) {
      attachments.add(
          new Row()
              .with("name", a.name())
              .with("contentType", a.contentType())
              .with("size", a.size())
              .with("sha256", a.sha256()));
    }
    return new Row()
        .with("subject", event.subject())
        .with("from", address(event.from()))
        .with("receivedAt", event.receivedAt())
        .with("mailbox", event.mailbox() + " " + event.folderPath())
        .with("messageId", event.internetMessageId())
        .with("idempotencyKey", event.idempotencyKey())
        .with("attachments", attachments);
  }

  static List<Map<String, Object>> polls(List<PollReport> reports) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (PollReport r : reports) {
      rows.add(
          new Row()
              .with("folder", r.folder().toString())
              .with("outcome", r.outcome())
              .with("delivered", r.delivered())
              .with("olderThanWindow", r.skippedBeforeWindow())
              .with("morePending", r.morePending())
              .with("took", r.duration())
              .with("error", r.error() == null ? null : r.error().getMessage()));
    }
    return rows;
  }

  static String address(EmailAddress a) {
    if (a == null) {
      return null;
    }
    return a.name() == null || a.name().isBlank()
        ? a.address()
        : a.name() + " <" + a.address() + ">";
  }
}
