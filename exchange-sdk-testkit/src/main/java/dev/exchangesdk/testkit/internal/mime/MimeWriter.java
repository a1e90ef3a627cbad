package dev.exchangesdk.testkit.internal.mime;

import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Header;
import dev.exchangesdk.testkit.internal.store.Item;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes an item as an RFC 5322 message the way Exchange Online exports it: its header block, then
 * {@code multipart/mixed} (attachments), {@code multipart/related} (inline images with Content-IDs)
 * and {@code multipart/alternative} (text and HTML) as needed, text quoted-printable, attachments
 * base64, attached items as {@code message/rfc822}. CRLF line endings throughout.
 *
 * <p>Stateless and thread-safe.
 */
public final class MimeWriter {
  /** RFC 5322 date as Exchange writes it: {@code Sun, 7 Jun 2015 05:24:25 +0000}. */
  public static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);

  /** Headers the writer produces itself from the body structure. */
  private static final Set<String> STRUCTURAL =
      Set.of("content-type", "content-transfer-encoding", "mime-version");

  private MimeWriter() {}

  /** The item's MIME, generated from its fields, headers and attachments. */
  public static byte[] write(Item item) {
    Out out = new Out();
    for (Header h : item.headers) {
      String name = h.name().toLowerCase(Locale.ROOT);
      if (STRUCTURAL.contains(name) || (name.equals("bcc") && !item.isFromMe)) {
        continue;
      }
      out.header(h.name(), h.value());
    }
    out.header("MIME-Version", "1.0");
    String seed = Long.toHexString(item.serial * 0x9E3779B97F4A7C15L ^ item.contentVersion);
    writeBody(out, item, seed);
    return out.bytes();
  }

  private static void writeBody(Out out, Item item, String seed) {
    List<Attachment> inline = new ArrayList<>();
    List<Attachment> attached = new ArrayList<>();
    for (Attachment a : item.attachments) {
      (a.inline && a.contentId != null && item.isHtml() ? inline : attached).add(a);
    }
    if (attached.isEmpty()) {
      writeRelatedOrText(out, item, inline, seed);
      return;
    }
    String boundary = "_004_" + seed + "_";
    out.header("Content-Type", "multipart/mixed;\r\n\tboundary=\"" + boundary + "\"");
    out.line("");
    out.line("--" + boundary);
    writeRelatedOrText(out, item, inline, seed);
    for (Attachment a : attached) {
      out.line("--" + boundary);
      writeAttachment(out, a);
    }
    out.line("--" + boundary + "--");
  }

  private static void writeRelatedOrText(Out out, Item item, List<Attachment> inline, String seed) {
    if (inline.isEmpty()) {
      writeText(out, item, seed);
      return;
    }
    String boundary = "_005_" + seed + "_";
    out.header(
        "Content-Type",
        "multipart/related;\r\n\tboundary=\""
            + boundary
            + "\";\r\n\ttype=\"multipart/alternative\"");
    out.line("");
    out.line("--" + boundary);
    writeText(out, item, seed);
    for (Attachment a : inline) {
      out.line("--" + boundary);
      writeAttachment(out, a);
    }
    out.line("--" + boundary + "--");
  }

  private static void writeText(Out out, Item item, String seed) {
    String text = item.textBody;
    String html = item.htmlBody;
    if (html != null && text == null) {
      text = HtmlText.toText(html);
    }
    if (html == null) {
      writeLeafText(out, "text/plain", text == null ? "" : text);
      return;
    }
    String boundary = "_000_" + seed + "_";
    out.header("Content-Type", "multipart/alternative;\r\n\tboundary=\"" + boundary + "\"");
    out.line("");
    out.line("--" + boundary);
    writeLeafText(out, "text/plain", text);
    out.line("--" + boundary);
    writeLeafText(out, "text/html", html);
    out.line("--" + boundary + "--");
  }

  private static void writeLeafText(Out out, String type, String text) {
    out.header("Content-Type", type + "; charset=\"utf-8\"");
    out.header("Content-Transfer-Encoding", "quoted-printable");
    out.line("");
    out.raw(QuotedPrintable.encode(text.getBytes(StandardCharsets.UTF_8)));
    out.line("");
  }

  private static void writeAttachment(Out out, Attachment a) {
    String name = a.name == null ? "attachment" : a.name;
    if (!a.isFile()) {
      out.header("Content-Type", "message/rfc822");
      out.header("Content-Disposition", "attachment");
      out.line("");
      byte[] inner = a.item.mime();
      out.rawBytes(inner);
      if (inner.length > 0 && inner[inner.length - 1] != '\n') {
        out.line("");
      }
      return;
    }
    String type = a.contentType == null ? "application/octet-stream" : a.contentType;
    String quoted = quoteParam(name);
    out.header("Content-Type", type + "; name=" + quoted);
    out.header("Content-Description", Rfc2047.encode(name));
    out.header(
        "Content-Disposition",
        (a.inline ? "inline" : "attachment")
            + "; filename="
            + quoted
            + "; size="
            + a.size()
            + (a.lastModified == null
                ? ""
                : ";\r\n\tcreation-date=\""
                    + RFC_5322.format(a.lastModified)
                    + "\";\r\n\tmodification-date=\""
                    + RFC_5322.format(a.lastModified)
                    + "\""));
    if (a.contentId != null) {
      out.header("Content-ID", "<" + a.contentId + ">");
    }
    if (a.contentLocation != null) {
      out.header("Content-Location", a.contentLocation);
    }
    out.header("Content-Transfer-Encoding", "base64");
    out.line("");
    String b64 = Base64.getMimeEncoder(76, new byte[] {'\r', '\n'}).encodeToString(a.content);
    out.raw(b64);
    out.line("");
  }

  private static String quoteParam(String name) {
    String encoded = Rfc2047.encode(name);
    return "\"" + encoded.replace("\r\n ", "").replace("\"", "\\\"") + "\"";
  }

  /**
   * The header block of a message composed through EWS: From, To, Cc, Bcc, Subject, Date,
   * Message-ID and the threading and importance headers, in Exchange's order.
   */
  public static List<Header> composeHeaders(Item item, String sentBy) {
    List<Header> h = new ArrayList<>();
    if (item.from != null) {
      h.add(new Header("From", Addresses.format(item.from)));
    }
    if (item.sender != null && item.from != null && !item.sender.key().equals(item.from.key())) {
      h.add(new Header("Sender", Addresses.format(item.sender)));
    }
    if (!item.to.isEmpty()) {
      h.add(new Header("To", Addresses.format(item.to)));
    }
    if (!item.cc.isEmpty()) {
      h.add(new Header("CC", Addresses.format(item.cc)));
    }
    if (!item.bcc.isEmpty()) {
      h.add(new Header("Bcc", Addresses.format(item.bcc)));
    }
    if (!item.replyTo.isEmpty()) {
      h.add(new Header("Reply-To", Addresses.format(item.replyTo)));
    }
    h.add(new Header("Subject", item.subject == null ? "" : Rfc2047.encode(item.subject)));
    h.add(new Header("Thread-Topic", topic(item)));
    Instant date = item.sent != null ? item.sent : item.created;
    h.add(new Header("Date", RFC_5322.format(date)));
    if (item.internetMessageId != null) {
      h.add(new Header("Message-ID", item.internetMessageId));
    }
    if (item.inReplyTo != null) {
      h.add(new Header("In-Reply-To", item.inReplyTo));
    }
    if (item.references != null) {
      h.add(new Header("References", item.references));
    }
    if (!"Normal".equals(item.importance)) {
      h.add(new Header("Importance", item.importance.toLowerCase(Locale.ROOT)));
      h.add(new Header("X-Priority", "High".equals(item.importance) ? "1" : "5"));
    }
    h.add(new Header("Accept-Language", "en-US"));
    h.add(new Header("Content-Language", "en-US"));
    boolean hasFile = item.attachments.stream().anyMatch(a -> !a.inline);
    h.add(new Header("X-MS-Has-Attach", hasFile ? "yes" : ""));
    if (sentBy != null) {
      h.add(new Header("X-MS-Exchange-Organization-AuthAs", "Internal"));
      h.add(new Header("X-MS-Exchange-Organization-AuthSource", sentBy));
    }
    return h;
  }

  private static String topic(Item item) {
    String s = item.subject == null ? "" : item.subject;
    String stripped = s.replaceFirst("(?i)^((re|fw|fwd|aw|wg)\\s*:\\s*)+", "");
    return Rfc2047.encode(stripped);
  }

  /** Formats an address for a Received or Return-Path header. */
  public static String bare(EmailAddress a) {
    return a == null ? "<>" : "<" + a.address() + ">";
  }

  /** A growing CRLF-terminated byte buffer with header folding. */
  private static final class Out {
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream(4096);

    void header(String name, String value) {
      line(name + ": " + fold(name.length() + 2, value == null ? "" : value));
    }

    /** Folds at spaces so that no line exceeds 78 characters where that is possible. */
    private static String fold(int used, String value) {
      if (value.contains("\r\n") || used + value.length() <= 78) {
        return value;
      }
      StringBuilder sb = new StringBuilder();
      int lineLength = used;
      for (String word : value.split(" ", -1)) {
        if (lineLength + word.length() + 1 > 78 && lineLength > used && sb.length() > 0) {
          sb.append("\r\n ");
          lineLength = 1;
        } else if (sb.length() > 0) {
          sb.append(' ');
          lineLength++;
        }
        sb.append(word);
        lineLength += word.length();
      }
      return sb.toString();
    }

    void line(String s) {
      raw(s);
      buf.write('\r');
      buf.write('\n');
    }

    void raw(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      buf.write(b, 0, b.length);
    }

    void rawBytes(byte[] b) {
      buf.write(b, 0, b.length);
    }

    byte[] bytes() {
      return buf.toByteArray();
    }
  }
}
