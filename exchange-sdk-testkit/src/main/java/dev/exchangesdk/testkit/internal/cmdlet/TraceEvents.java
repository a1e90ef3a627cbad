package dev.exchangesdk.testkit.internal.cmdlet;

import dev.exchangesdk.testkit.model.MessageTraceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The transport events {@code Get-MessageTraceDetailV2} reports for a trace record: the ones the
 * service logs for a message with that record's status (receive, then deliver, send, expand, spam,
 * quarantine or fail), a second apart, with the service's wording.
 *
 * <p>Stateless and thread-safe.
 */
final class TraceEvents {
  private TraceEvents() {}

  /** One event of a message's path through transport. */
  record TraceEvent(Instant date, String event, String action, String detail, String data) {}

  private static final String FRONTEND = "SA1PR12MB8888.namprd12.prod.outlook.com";

  static List<TraceEvent> of(MessageTraceRecord r) {
    List<TraceEvent> out = new ArrayList<>();
    Instant t = r.received();
    out.add(
        new TraceEvent(
            t,
            "Receive",
            null,
            "Message received by: " + FRONTEND + " using TLS1.2 with AES256",
            data("ReturnPath", r.senderAddress())));
    Instant next = t.plusSeconds(1);
    switch (r.status()) {
      case "Delivered" ->
          out.add(
              r.toIp() == null
                  ? new TraceEvent(
                      next,
                      "Deliver",
                      null,
                      "The message was successfully delivered.",
                      data("DeliveryPriority", "Normal"))
                  : new TraceEvent(
                      next,
                      "Send external",
                      null,
                      "Message sent to "
                          + domainOf(r.recipientAddress())
                          + " at "
                          + r.toIp()
                          + " using TLS1.2 with AES256",
                      data("OutboundProxyTargetIPAddress", r.toIp())));
      case "FilteredAsSpam" -> {
        out.add(
            new TraceEvent(
                next,
                "Spam",
                "Moved message to Junk Email folder",
                "The message was marked as spam and delivered to the Junk Email folder.",
                data("SCL", "5")));
        out.add(
            new TraceEvent(
                next.plusSeconds(1),
                "Deliver",
                null,
                "The message was successfully delivered.",
                data("DeliveryPriority", "Normal")));
      }
      case "Quarantined" ->
          out.add(
              new TraceEvent(
                  next,
                  "Quarantine",
                  "Quarantined",
                  "The message was quarantined by policy.",
                  data("QuarantineType", "TransportRule")));
      case "Failed" ->
          out.add(
              new TraceEvent(
                  next,
                  "Fail",
                  null,
                  "Reason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                      + r.recipientAddress()
                      + " not found by SMTP address lookup};{MSG=};{FQDN=};{IP=};{LRT=}]",
                  data("StatusCode", "550 5.1.10")));
      case "Expanded" ->
          out.add(
              new TraceEvent(
                  next,
                  "Expand",
                  null,
                  "The message was sent to a distribution list (DL) and was expanded to its members.",
                  data("Group", r.recipientAddress())));
      default -> {
        // Pending and the rest: received only, nothing logged after it yet.
      }
    }
    return out;
  }

  private static String data(String name, String value) {
    return "<root><MEP Name=\"" + name + "\" String=\"" + xml(value) + "\" /></root>";
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  private static String domainOf(String address) {
    int at = address.lastIndexOf('@');
    return at < 0 ? address : address.substring(at + 1);
  }
}
