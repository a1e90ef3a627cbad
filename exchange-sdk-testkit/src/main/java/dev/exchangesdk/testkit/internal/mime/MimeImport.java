package dev.exchangesdk.testkit.internal.mime;

import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Item;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Fills an item from raw MIME: headers, addresses, subject, dates, Message-ID, text and HTML
 * bodies, file and inline attachments, and attached messages as embedded items. The raw bytes are
 * kept so that the item exports exactly what was received.
 *
 * <p>Stateless and thread-safe.
 */
public final class MimeImport {
  private MimeImport() {}

  /** Populates {@code item} from {@code raw}; {@code fallbackDate} when the Date header is bad. */
  public static void apply(byte[] raw, Item item, Instant fallbackDate) {
    MimeParser.Part root = MimeParser.parse(raw);
    item.rawMime = raw;
    item.headers.clear();
    item.headers.addAll(root.headers);
    item.subject = Rfc2047.decode(root.header("Subject"));
    item.from = first(root.header("From"));
    item.sender = first(root.header("Sender"));
    if (item.sender == null) {
      item.sender = item.from;
    }
    replace(item.to, root.header("To"));
    replace(item.cc, root.header("Cc"));
    replace(item.bcc, root.header("Bcc"));
    replace(item.replyTo, root.header("Reply-To"));
    Instant date = parseDate(root.header("Date"));
    item.sent = date != null ? date : fallbackDate;
    String messageId = root.header("Message-ID");
    item.internetMessageId = messageId == null || messageId.isBlank() ? null : messageId.trim();
    item.inReplyTo = root.header("In-Reply-To");
    item.references = root.header("References");
    item.importance = importance(root);
    String topic = root.header("Thread-Topic");
    item.conversationTopic =
        topic != null
            ? Rfc2047.decode(topic)
            : item.subject == null
                ? null
                : item.subject.replaceFirst("(?i)^((re|fw|fwd)\\s*:\\s*)+", "");
    item.textBody = null;
    item.htmlBody = null;
    item.attachments.clear();
    walk(root, item, false, fallbackDate);
    if (item.textBody == null && item.htmlBody == null) {
      item.textBody = "";
    }
  }

  private static void walk(MimeParser.Part part, Item item, boolean inRelated, Instant date) {
    String type = part.mediaType();
    if (type.startsWith("multipart/")) {
      boolean related = inRelated || type.equals("multipart/related");
      for (MimeParser.Part child : part.children) {
        walk(child, item, related, date);
      }
      return;
    }
    String disposition = part.disposition();
    String name = part.fileName();
    boolean isAttachment =
        "attachment".equals(disposition) || (name != null && !type.startsWith("text/"));
    if (type.equals("message/rfc822")) {
      Attachment a = item.newAttachment();
      Item embedded = new Item(0, null, item.mailbox);
      apply(part.body, embedded, date);
      a.item = embedded;
      a.name = name != null ? name : embedded.subject == null ? "Untitled" : embedded.subject;
      a.contentType = "message/rfc822";
      a.lastModified = date;
      return;
    }
    if (!isAttachment && type.equals("text/plain") && item.textBody == null) {
      item.textBody = part.text();
      return;
    }
    if (!isAttachment && type.equals("text/html") && item.htmlBody == null) {
      item.htmlBody = part.text();
      return;
    }
    Attachment a = item.newAttachment();
    a.name = name != null ? name : defaultName(type);
    a.contentType = type;
    a.contentId = part.contentId();
    a.contentLocation = part.header("Content-Location");
    a.inline =
        "inline".equals(disposition) || (disposition == null && inRelated && a.contentId != null);
    a.content = part.body == null ? new byte[0] : part.body;
    a.lastModified = date;
  }

  private static String defaultName(String type) {
    int slash = type.indexOf('/');
    return "attachment." + (slash < 0 ? "bin" : type.substring(slash + 1));
  }

  private static String importance(MimeParser.Part root) {
    String imp = root.header("Importance");
    if (imp != null) {
      String v = imp.trim().toLowerCase(Locale.ROOT);
      if (v.startsWith("high")) {
        return "High";
      }
      if (v.startsWith("low")) {
        return "Low";
      }
      return "Normal";
    }
    String prio = root.header("X-Priority");
    if (prio != null && !prio.isBlank()) {
      char c = prio.trim().charAt(0);
      if (c == '1' || c == '2') {
        return "High";
      }
      if (c == '4' || c == '5') {
        return "Low";
      }
    }
    return "Normal";
  }

  private static EmailAddress first(String header) {
    List<EmailAddress> list = Addresses.parse(header);
    return list.isEmpty() ? null : list.get(0);
  }

  private static void replace(List<EmailAddress> target, String header) {
    target.clear();
    target.addAll(Addresses.parse(header));
  }

  /** Parses an RFC 5322 date leniently; {@code null} when it cannot. */
  public static Instant parseDate(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.replaceAll("\\(.*?\\)", "").replaceAll("\\s+", " ").trim();
    if (!Character.isDigit(v.charAt(0)) && v.indexOf(',') < 0) {
      v = v.replaceFirst("^[A-Za-z]{3} ", ""); // weekday without comma
    }
    v = v.replace(" UT", " +0000").replace(" GMT", " +0000").replace(" UTC", " +0000");
    for (DateTimeFormatter f :
        new DateTimeFormatter[] {
          DateTimeFormatter.RFC_1123_DATE_TIME,
          DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss Z", Locale.US),
          DateTimeFormatter.ofPattern("d MMM yyyy HH:mm Z", Locale.US)
        }) {
      try {
        return ZonedDateTime.parse(v, f).toInstant();
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    return null;
  }
}
