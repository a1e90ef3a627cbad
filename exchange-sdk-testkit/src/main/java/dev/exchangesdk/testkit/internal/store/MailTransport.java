package dev.exchangesdk.testkit.internal.store;

import dev.exchangesdk.testkit.internal.mime.MimeWriter;
import dev.exchangesdk.testkit.model.MessageTraceRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The tenant's mail flow: submits mail sent through EWS, expands distribution groups, delivers
 * copies into recipients' mailboxes (junk filtering by the recipient's junk rule, inbox rules,
 * mailbox forwarding), applies mail flow rules, and records message trace for every recipient.
 *
 * <p>Not thread-safe: called under the tenant lock.
 */
public final class MailTransport {
  private static final int MAX_HOPS = 3;

  private final Tenant tenant;
  private final String serverName;
  private TransportRuleEngine rules;

  MailTransport(Tenant tenant) {
    this.tenant = tenant;
    String hex = tenant.tenantId.toString().replace("-", "").toUpperCase(Locale.ROOT);
    this.serverName = "PH0PR11MB" + hex.substring(0, 4) + ".namprd11.prod.outlook.com";
  }

  /** The mailbox server name used in Received headers and Message-IDs. */
  public String serverName() {
    return serverName;
  }

  /** The outcome of sending one message. */
  public record SendResult(UUID messageTraceId, List<Item> delivered, List<String> failed) {}

  /**
   * Stamps a message for sending from {@code from}: sender, dates, a Message-ID when it has none,
   * and (for composed mail) the generated header block. Raw MIME gets a Message-ID prepended when
   * it lacks one, as Exchange does.
   */
  public void prepareOutgoing(Mailbox from, Item msg) {
    Instant now = tenant.now();
    if (msg.from == null) {
      msg.from = from.address();
    }
    msg.sender = from.address();
    msg.sent = now;
    msg.isDraft = false;
    msg.isFromMe = true;
    msg.isRead = true;
    if (msg.internetMessageId == null) {
      msg.internetMessageId = newMessageId();
      if (msg.rawMime != null) {
        String line = "Message-ID: " + msg.internetMessageId + "\r\n";
        msg.rawMime = concat(line.getBytes(StandardCharsets.US_ASCII), msg.rawMime);
        msg.headers.add(0, new Header("Message-ID", msg.internetMessageId));
      }
    }
    if (msg.rawMime == null) {
      List<Header> custom = new ArrayList<>();
      for (Header h : msg.headers) {
        if (h.name().regionMatches(true, 0, "X-", 0, 2) && !h.is("X-MS-Has-Attach")) {
          custom.add(h);
        }
      }
      msg.headers.clear();
      msg.headers.addAll(MimeWriter.composeHeaders(msg, serverName));
      msg.headers.addAll(custom);
    }
    msg.touchContent(now);
  }

  /** A new Message-ID in Exchange Online's shape. */
  public String newMessageId() {
    String hex = tenant.newGuid().toString().replace("-", "").toUpperCase(Locale.ROOT);
    return "<" + serverName.substring(0, 13) + hex + "@" + serverName + ">";
  }

  /** Sends a prepared message to all its recipients. */
  public SendResult send(Mailbox from, Item msg) {
    UUID traceId = tenant.newGuid();
    Instant now = tenant.now();
    List<Item> delivered = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    TransportRuleEngine.Verdict verdict = ruleEngine().evaluate(msg, from != null);
    Map<String, EmailAddress> recipients = new LinkedHashMap<>();
    for (EmailAddress a : msg.allRecipients()) {
      recipients.putIfAbsent(a.key(), a);
    }
    for (String redirect : verdict.redirectTo()) {
      recipients.putIfAbsent(redirect.toLowerCase(Locale.ROOT), EmailAddress.of(null, redirect));
    }
    if (verdict.redirectOnly()) {
      recipients.keySet().retainAll(lower(verdict.redirectTo()));
    }
    for (String bcc : verdict.blindCopyTo()) {
      recipients.putIfAbsent(bcc.toLowerCase(Locale.ROOT), EmailAddress.of(null, bcc));
    }
    Set<String> seen = new HashSet<>();
    String sender = msg.from == null ? "" : msg.from.address();
    String fromIp = from == null ? externalIp(sender) : null;
    for (EmailAddress r : recipients.values()) {
      route(msg, r.address(), sender, traceId, now, fromIp, verdict, seen, delivered, failed, 0);
    }
    return new SendResult(traceId, delivered, failed);
  }

  private void route(
      Item msg,
      String address,
      String sender,
      UUID traceId,
      Instant now,
      String fromIp,
      TransportRuleEngine.Verdict verdict,
      Set<String> seen,
      List<Item> delivered,
      List<String> failed,
      int depth) {
    String key = address.toLowerCase(Locale.ROOT);
    if (!seen.add(key)) {
      return;
    }
    int size = msg.size();
    DistributionGroup group = tenant.group(address);
    if (group != null) {
      trace(traceId, msg, now, sender, group.primarySmtpAddress, "Expanded", null, fromIp, size);
      if (depth < 10) {
        for (String member : group.members) {
          route(
              msg, member, sender, traceId, now, fromIp, verdict, seen, delivered, failed,
              depth + 1);
        }
      }
      return;
    }
    Mailbox target = tenant.mailbox(address);
    if (verdict.reject() != null || verdict.delete()) {
      trace(traceId, msg, now, sender, address, "Failed", null, fromIp, size);
      failed.add(address);
      return;
    }
    if (verdict.quarantine()) {
      trace(traceId, msg, now, sender, address, "Quarantined", null, fromIp, size);
      quarantine(msg, address, now, verdict.ruleName());
      return;
    }
    if (target == null) {
      if (tenant.isInternal(address)) {
        trace(traceId, msg, now, sender, address, "Failed", null, fromIp, size);
        failed.add(address);
      } else {
        trace(traceId, msg, now, sender, address, "Delivered", externalIp(address), fromIp, size);
      }
      return;
    }
    Item copy = deliver(target, msg, null, verdict, 0);
    trace(
        traceId,
        msg,
        now,
        sender,
        target.primarySmtpAddress,
        copy.folder == target.distinguished("junkemail") ? "FilteredAsSpam" : "Delivered",
        null,
        fromIp,
        size);
    delivered.add(copy);
  }

  /**
   * Delivers a copy of {@code content} into {@code target}: into {@code folder} when given, else
   * the Inbox or (blocked sender, high SCL) Junk Email, then runs the mailbox's inbox rules and
   * forwarding.
   */
  public Item deliver(
      Mailbox target, Item content, Folder folder, TransportRuleEngine.Verdict verdict, int hop) {
    Instant now = tenant.now();
    Folder dest = folder;
    String senderAddress = content.from == null ? null : content.from.address();
    if (dest == null) {
      boolean junk = target.junk.blocks(senderAddress) || (verdict != null && verdict.scl() >= 5);
      dest = junk ? target.distinguished("junkemail") : target.inbox();
    }
    Item copy = tenant.newItem(dest);
    content.copyContentTo(copy);
    copy.bcc.clear();
    copy.isRead = false;
    copy.isDraft = false;
    copy.isFromMe = false;
    copy.isSubmitted = false;
    copy.received = now;
    copy.created = now;
    copy.lastModified = now;
    copy.receivedBy = target.address();
    copy.categories.clear();
    if (verdict != null) {
      verdict.applyTo(copy);
    }
    stampReceived(copy, senderAddress, now);
    if (folder == null && hop < MAX_HOPS) {
      applyInboxRules(target, copy, hop);
      applyMailboxForwarding(target, copy, hop);
    }
    return copy;
  }

  private void stampReceived(Item copy, String senderAddress, Instant now) {
    String received =
        "from "
            + serverName
            + " ("
            + "2603:10b6:510:13c::10"
            + ") by "
            + serverName
            + " with HTTPS; "
            + MimeWriter.RFC_5322.format(now);
    List<Header> added = new ArrayList<>();
    added.add(new Header("Received", received));
    added.add(
        new Header(
            "Authentication-Results",
            "spf=pass; dkim=none; dmarc=none header.from=" + domainOf(senderAddress)));
    added.add(new Header("Return-Path", senderAddress == null ? "<>" : senderAddress));
    added.add(
        new Header(
            "X-MS-Exchange-Organization-SCL",
            copy.header("X-MS-Exchange-Organization-SCL") == null
                ? "1"
                : copy.header("X-MS-Exchange-Organization-SCL")));
    copy.setHeader("X-MS-Exchange-Organization-SCL", null);
    copy.headers.addAll(0, added);
    if (copy.rawMime != null) {
      StringBuilder sb = new StringBuilder();
      for (Header h : added) {
        sb.append(h.name()).append(": ").append(h.value()).append("\r\n");
      }
      copy.rawMime = concat(sb.toString().getBytes(StandardCharsets.UTF_8), copy.rawMime);
    }
  }

  private void applyInboxRules(Mailbox target, Item copy, int hop) {
    List<InboxRule> ordered = new ArrayList<>(target.inboxRules);
    ordered.sort(Comparator.comparingInt(r -> r.priority));
    for (InboxRule rule : ordered) {
      if (!rule.enabled || !matches(rule, copy)) {
        continue;
      }
      for (String fwd : rule.forwardTo) {
        forward(target, copy, fwd, "FW: ", hop);
      }
      for (String fwd : rule.forwardAsAttachmentTo) {
        forward(target, copy, fwd, "FW: ", hop);
      }
      for (String fwd : rule.redirectTo) {
        forward(target, copy, fwd, "", hop);
      }
      if (rule.markAsRead) {
        copy.isRead = true;
      }
      if (rule.moveToFolder != null) {
        Folder f = tenant.folderByPath(target, rule.moveToFolder);
        if (f != null && f != copy.folder) {
          relocate(copy, f);
        }
      }
      if (rule.deleteMessage) {
        relocate(copy, target.distinguished("deleteditems"));
      }
      if (rule.stopProcessingRules) {
        break;
      }
    }
  }

  /** Moves a freshly delivered item without changing its id (it was never seen by a client). */
  private static void relocate(Item item, Folder to) {
    item.folder.items.remove(item.serial);
    item.folder = to;
    to.items.put(item.serial, item);
  }

  private static boolean matches(InboxRule rule, Item item) {
    String from = item.from == null ? "" : item.from.display().toLowerCase(Locale.ROOT);
    if (!rule.from.isEmpty()
        && rule.from.stream().noneMatch(f -> from.contains(f.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    if (!rule.sentTo.isEmpty()) {
      boolean hit = false;
      for (EmailAddress a : item.allRecipients()) {
        for (String s : rule.sentTo) {
          hit |= a.address().equalsIgnoreCase(s);
        }
      }
      if (!hit) {
        return false;
      }
    }
    String subject = item.subject == null ? "" : item.subject.toLowerCase(Locale.ROOT);
    if (!rule.subjectContainsWords.isEmpty()
        && rule.subjectContainsWords.stream()
            .noneMatch(w -> subject.contains(w.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    String body =
        ((item.textBody == null ? "" : item.textBody)
                + (item.htmlBody == null ? "" : item.htmlBody))
            .toLowerCase(Locale.ROOT);
    return rule.bodyContainsWords.isEmpty()
        || rule.bodyContainsWords.stream().anyMatch(w -> body.contains(w.toLowerCase(Locale.ROOT)));
  }

  private void applyMailboxForwarding(Mailbox target, Item copy, int hop) {
    String to = null;
    if (target.forwardingSmtpAddress != null) {
      to = target.forwardingSmtpAddress.replaceFirst("(?i)^smtp:", "");
    } else if (target.forwardingAddress != null) {
      Mailbox fwd = tenant.findMailbox(target.forwardingAddress);
      to = fwd == null ? null : fwd.primarySmtpAddress;
    }
    if (to == null) {
      return;
    }
    forward(target, copy, to, "", hop);
    if (!target.deliverToMailboxAndForward) {
      tenant.removeItem(copy);
    }
  }

  private void forward(Mailbox owner, Item original, String to, String prefix, int hop) {
    Item fwd = original.copyDetached();
    fwd.subject = prefix + (original.subject == null ? "" : original.subject);
    fwd.to.clear();
    fwd.cc.clear();
    fwd.to.add(EmailAddress.of(null, to));
    Instant now = tenant.now();
    UUID traceId = tenant.newGuid();
    String sender = owner.primarySmtpAddress;
    Mailbox target = tenant.mailbox(to);
    if (target != null) {
      deliver(target, fwd, null, null, hop + 1);
      trace(
          traceId,
          fwd,
          now,
          sender,
          target.primarySmtpAddress,
          "Delivered",
          null,
          null,
          fwd.size());
    } else {
      trace(
          traceId,
          fwd,
          now,
          sender,
          to,
          tenant.isInternal(to) ? "Failed" : "Delivered",
          tenant.isInternal(to) ? null : externalIp(to),
          null,
          fwd.size());
    }
  }

  private void quarantine(Item msg, String recipient, Instant now, String ruleName) {
    AdminData.QuarantinedMessage q = null;
    for (AdminData.QuarantinedMessage existing : tenant.admin.quarantine) {
      if (msg.internetMessageId != null && msg.internetMessageId.equals(existing.messageId)) {
        q = existing;
      }
    }
    if (q == null) {
      q =
          AdminData.QuarantinedMessage.of(
              tenant, msg, "TransportRule", "ExchangeTransportRule", ruleName, List.of());
      q.direction =
          msg.from != null && tenant.isInternal(msg.from.address()) ? "Outbound" : "Inbound";
      tenant.admin.quarantine.add(q);
    }
    q.recipients.add(recipient);
  }

  /** Adds one message trace record. */
  public void trace(
      UUID traceId,
      Item msg,
      Instant received,
      String sender,
      String recipient,
      String status,
      String toIp,
      String fromIp,
      int size) {
    tenant.messageTrace.add(
        new MessageTraceRecord(
            traceId,
            msg.internetMessageId == null ? "" : msg.internetMessageId,
            received,
            sender,
            recipient,
            msg.subject == null ? "" : msg.subject,
            status,
            toIp,
            fromIp,
            size));
  }

  private TransportRuleEngine ruleEngine() {
    if (rules == null) {
      rules = new TransportRuleEngine(tenant);
    }
    return rules;
  }

  /** A stable documentation-range IP address for an external host. */
  static String externalIp(String address) {
    int h = Math.abs(domainOf(address).hashCode());
    return "203.0.113." + (1 + h % 250);
  }

  private static String domainOf(String address) {
    if (address == null) {
      return "";
    }
    int at = address.lastIndexOf('@');
    return at < 0 ? address : address.substring(at + 1).toLowerCase(Locale.ROOT);
  }

  private static Set<String> lower(List<String> values) {
    Set<String> out = new HashSet<>();
    for (String v : values) {
      out.add(v.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
