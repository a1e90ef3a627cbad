package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.model.MessageTraceDetail;
import dev.exchangesdk.admin.model.MessageTraceEntry;
import dev.exchangesdk.admin.model.MessageTraceQuery;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trace messages (Get-MessageTraceV2): who sent what to whom, and what happened to it. */
@Command(
    name = "trace",
    description =
        "Message trace: who sent what to whom, and what happened to it (--details: events).")
final class TraceCommand extends TenantCommand {
  @Option(
      names = "--sender",
      paramLabel = "ADDRESS",
      split = ",",
      description = "Sender addresses.")
  List<String> senders = List.of();

  @Option(
      names = "--recipient",
      paramLabel = "ADDRESS",
      split = ",",
      description = "Recipient addresses.")
  List<String> recipients = List.of();

  @Option(names = "--message-id", paramLabel = "ID", description = "A Message-ID.")
  String messageId;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      split = ",",
      description = "Delivered, Failed, Quarantined, FilteredAsSpam ...")
  List<String> statuses = List.of();

  @Option(
      names = "--since",
      paramLabel = "DURATION",
      defaultValue = "7d",
      description = "How far back, up to 90d (default 7d).")
  Duration since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "Most messages to show (default 100).")
  int limit;

  @Option(
      names = "--details",
      description = "Also show each message's events (receive, deliver ...).")
  boolean details;

  @Override
  protected int run(Target target, Output out) {
    ExchangeAdminClient admin =
        ExchangeAdminClient.builder()
            .credential(target.credential())
            .tenant(target.tenant())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();

    MessageTraceQuery.Builder query =
        MessageTraceQuery.builder()
            .between(Instant.now().minus(since), Instant.now()) // split into 10-day windows for you
            .senderAddresses(senders.toArray(String[]::new))
            .recipientAddresses(recipients.toArray(String[]::new))
            .statuses(statuses.toArray(String[]::new));
    if (messageId != null) {
      query.messageIds(messageId);
    }

    List<Map<String, Object>> rows = new ArrayList<>();
    for (MessageTraceEntry e : admin.messageTrace().search(query.build())) { // lazily, page by page
      Map<String, Object> row =
          new Row()
              .with("received", e.received())
              .with("sender", e.senderAddress())
              .with("recipient", e.recipientAddress())
              .with("subject", e.subject())
              .with("status", e.status());
      if (details) {
        List<Map<String, Object>> events = new ArrayList<>();
        for (MessageTraceDetail d :
            admin.messageTrace().details(e.messageTraceId(), e.recipientAddress())) {
          events.add(
              new Row().with("date", d.date()).with("event", d.event()).with("detail", d.detail()));
        }
        row.put("events", events);
        out.record("messages", row);
      }
      rows.add(row);
      if (rows.size() >= limit) {
        out.progress("showing the first %d messages (--limit)", limit);
        break;
      }
    }
    if (!details) {
      out.table("messages", rows);
    }
    out.progress("%d messages", rows.size());
    return 0;
  }
}
