package dev.exchangesdk.testkit.internal;

import dev.exchangesdk.testkit.internal.mime.MimeImport;
import dev.exchangesdk.testkit.internal.mime.MimeWriter;
import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import dev.exchangesdk.testkit.model.NewMessage;
import java.time.Instant;
import java.util.Map;

/**
 * Turns a test's {@link NewMessage} into a stored item with real MIME semantics: addresses resolved
 * against the tenant, a generated Message-ID (unless the message must have none), the header block
 * Exchange would show, attachments, inline images and attached messages.
 *
 * <p>Stateless and thread-safe; called under the tenant lock.
 */
public final class MessageFactory {
  private MessageFactory() {}

  /** A detached item (in no folder) holding the message. */
  public static Item detached(Tenant tenant, Mailbox owner, NewMessage m) {
    Item item = new Item(0, null, owner);
    fill(tenant, item, m);
    return item;
  }

  /** A detached item holding raw MIME. */
  public static Item detached(Tenant tenant, Mailbox owner, byte[] mime) {
    Item item = new Item(0, null, owner);
    Instant now = tenant.now();
    item.created = now;
    item.received = now;
    item.lastModified = now;
    MimeImport.apply(mime, item, now);
    return item;
  }

  static void fill(Tenant tenant, Item item, NewMessage m) {
    Instant now = tenant.now();
    item.created = now;
    item.received = now;
    item.lastModified = now;
    item.sent = m.sentAt() != null ? m.sentAt() : now;
    item.from = address(tenant, m.fromName(), m.fromAddress());
    item.sender = item.from;
    for (String a : m.to()) {
      item.to.add(address(tenant, null, a));
    }
    for (String a : m.cc()) {
      item.cc.add(address(tenant, null, a));
    }
    for (String a : m.bcc()) {
      item.bcc.add(address(tenant, null, a));
    }
    for (String a : m.replyTo()) {
      item.replyTo.add(address(tenant, null, a));
    }
    item.subject = m.subject();
    item.textBody = m.text();
    item.htmlBody = m.html();
    if (item.textBody == null && item.htmlBody == null) {
      item.textBody = "";
    }
    item.importance = m.importance();
    item.categories.addAll(m.categories());
    item.isRead = m.read();
    if (!m.noMessageId()) {
      item.internetMessageId =
          m.messageId() != null ? m.messageId() : externalMessageId(tenant, m.fromAddress());
    }
    item.conversationTopic =
        m.subject() == null ? null : m.subject().replaceFirst("(?i)^((re|fw|fwd)\\s*:\\s*)+", "");
    for (NewMessage.Attachment a : m.attachments()) {
      Attachment att = item.newAttachment();
      att.name = a.name();
      att.contentType = a.contentType();
      att.contentId = a.contentId();
      att.inline = a.inline();
      att.lastModified = item.sent;
      if (a.message() != null) {
        att.item = detached(tenant, item.mailbox, a.message());
        att.contentType = "message/rfc822";
        if (att.name == null) {
          att.name = att.item.subject == null ? "Untitled" : att.item.subject;
        }
      } else if (a.rawMessage() != null) {
        att.item = detached(tenant, item.mailbox, a.rawMessage());
        if (att.name == null) {
          att.name = att.item.subject == null ? "Untitled" : att.item.subject;
        }
      } else {
        att.content = a.content();
      }
    }
    item.headers.addAll(MimeWriter.composeHeaders(item, null));
    for (Map.Entry<String, String> h : m.headers().entrySet()) {
      item.setHeader(h.getKey(), h.getValue());
    }
  }

  /** A Message-ID as the sender's domain would mint it. */
  private static String externalMessageId(Tenant tenant, String from) {
    String domain = from.substring(from.indexOf('@') + 1);
    String local =
        tenant
            .newGuid()
            .toString()
            .replace("-", "")
            .substring(0, 20)
            .toUpperCase(java.util.Locale.ROOT);
    return "<" + local + "@" + domain + ">";
  }

  private static EmailAddress address(Tenant tenant, String name, String address) {
    Mailbox m = tenant.mailbox(address);
    if (m != null) {
      return new EmailAddress(name != null ? name : m.displayName, address, "Mailbox");
    }
    if (tenant.group(address) != null) {
      return new EmailAddress(
          name != null ? name : tenant.group(address).displayName, address, "PublicDL");
    }
    return new EmailAddress(name, address, "OneOff");
  }
}
