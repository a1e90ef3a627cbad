package dev.exchangesdk.testkit.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A message to deliver into a fake mailbox from a test, described by its fields (the fake builds
 * real MIME from them). For exact bytes, deliver raw MIME instead.
 *
 * <pre>{@code
 * NewMessage phish = NewMessage.builder()
 *     .from("IT Support", "it-support@contoso-helpdesk.example")
 *     .to("alice@contoso.com")
 *     .subject("Password expires today")
 *     .html("<p>Click <a href=\"https://login.example\">here</a></p>")
 *     .attachFile("invoice.pdf", "application/pdf", pdfBytes)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class NewMessage {
  /** A file, inline image or attached message of a {@link NewMessage}. */
  public record Attachment(
      String name,
      String contentType,
      String contentId,
      boolean inline,
      byte[] content,
      NewMessage message,
      byte[] rawMessage) {
    public Attachment {
      content = content == null ? null : content.clone();
      rawMessage = rawMessage == null ? null : rawMessage.clone();
    }

    @Override
    public byte[] content() {
      return content == null ? null : content.clone();
    }

    @Override
    public byte[] rawMessage() {
      return rawMessage == null ? null : rawMessage.clone();
    }

    /** Whether this attaches a message (an item attachment) rather than a file. */
    public boolean isMessage() {
      return message != null || rawMessage != null;
    }
  }

  private final String fromName;
  private final String fromAddress;
  private final List<String> to;
  private final List<String> cc;
  private final List<String> bcc;
  private final List<String> replyTo;
  private final String subject;
  private final String text;
  private final String html;
  private final String messageId;
  private final boolean noMessageId;
  private final Map<String, String> headers;
  private final String importance;
  private final List<String> categories;
  private final boolean read;
  private final Instant sentAt;
  private final List<Attachment> attachments;

  private NewMessage(Builder b) {
    this.fromName = b.fromName;
    this.fromAddress = b.fromAddress;
    this.to = List.copyOf(b.to);
    this.cc = List.copyOf(b.cc);
    this.bcc = List.copyOf(b.bcc);
    this.replyTo = List.copyOf(b.replyTo);
    this.subject = b.subject;
    this.text = b.text;
    this.html = b.html;
    this.messageId = b.messageId;
    this.noMessageId = b.noMessageId;
    this.headers = Map.copyOf(new LinkedHashMap<>(b.headers));
    this.importance = b.importance;
    this.categories = List.copyOf(b.categories);
    this.read = b.read;
    this.sentAt = b.sentAt;
    this.attachments = List.copyOf(b.attachments);
  }

  public static Builder builder() {
    return new Builder();
  }

  public String fromName() {
    return fromName;
  }

  public String fromAddress() {
    return fromAddress;
  }

  public List<String> to() {
    return to;
  }

  public List<String> cc() {
    return cc;
  }

  public List<String> bcc() {
    return bcc;
  }

  public List<String> replyTo() {
    return replyTo;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public String html() {
    return html;
  }

  /** The Message-ID to use, or {@code null} to let the fake generate one. */
  public String messageId() {
    return messageId;
  }

  /** Whether the message must have no Message-ID header at all. */
  public boolean noMessageId() {
    return noMessageId;
  }

  /** Extra internet headers. */
  public Map<String, String> headers() {
    return headers;
  }

  public String importance() {
    return importance;
  }

  public List<String> categories() {
    return categories;
  }

  public boolean read() {
    return read;
  }

  /** The Date header, or {@code null} for the fake's current time. */
  public Instant sentAt() {
    return sentAt;
  }

  public List<Attachment> attachments() {
    return attachments;
  }

  @Override
  public String toString() {
    return "NewMessage{from=" + fromAddress + ", to=" + to + ", subject=" + subject + '}';
  }

  /** Builds a {@link NewMessage}. Not thread-safe. */
  public static final class Builder {
    private String fromName;
    private String fromAddress;
    private final List<String> to = new ArrayList<>();
    private final List<String> cc = new ArrayList<>();
    private final List<String> bcc = new ArrayList<>();
    private final List<String> replyTo = new ArrayList<>();
    private String subject;
    private String text;
    private String html;
    private String messageId;
    private boolean noMessageId;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String importance = "Normal";
    private final List<String> categories = new ArrayList<>();
    private boolean read;
    private Instant sentAt;
    private final List<Attachment> attachments = new ArrayList<>();

    private Builder() {}

    public Builder from(String address) {
      return from(null, address);
    }

    public Builder from(String name, String address) {
      this.fromName = name;
      this.fromAddress = Objects.requireNonNull(address, "address");
      return this;
    }

    public Builder to(String... addresses) {
      to.addAll(List.of(addresses));
      return this;
    }

    public Builder cc(String... addresses) {
      cc.addAll(List.of(addresses));
      return this;
    }

    public Builder bcc(String... addresses) {
      bcc.addAll(List.of(addresses));
      return this;
    }

    public Builder replyTo(String... addresses) {
      replyTo.addAll(List.of(addresses));
      return this;
    }

    public Builder subject(String subject) {
      this.subject = subject;
      return this;
    }

    /** The plain-text body. */
    public Builder text(String text) {
      this.text = text;
      return this;
    }

    /** The HTML body (a text part is derived from it when no text body is set). */
    public Builder html(String html) {
      this.html = html;
      return this;
    }

    /** An explicit Message-ID, with or without angle brackets. */
    public Builder messageId(String messageId) {
      String id = Objects.requireNonNull(messageId, "messageId").trim();
      this.messageId = id.startsWith("<") ? id : "<" + id + ">";
      this.noMessageId = false;
      return this;
    }

    /** Delivers the message without any Message-ID header, as some senders do. */
    public Builder withoutMessageId() {
      this.noMessageId = true;
      this.messageId = null;
      return this;
    }

    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** {@code High}, {@code Normal} or {@code Low}. */
    public Builder importance(String importance) {
      if (!List.of("High", "Normal", "Low").contains(importance)) {
        throw new IllegalArgumentException("importance must be High, Normal or Low");
      }
      this.importance = importance;
      return this;
    }

    public Builder categories(String... categories) {
      this.categories.addAll(List.of(categories));
      return this;
    }

    /** Whether the message is already read when delivered. */
    public Builder read(boolean read) {
      this.read = read;
      return this;
    }

    /** The Date header; defaults to the fake's current time. */
    public Builder sentAt(Instant sentAt) {
      this.sentAt = sentAt;
      return this;
    }

    public Builder attachFile(String name, String contentType, byte[] content) {
      attachments.add(
          new Attachment(
              name,
              contentType,
              null,
              false,
              Objects.requireNonNull(content, "content"),
              null,
              null));
      return this;
    }

    /** An inline image referenced from the HTML body as {@code cid:contentId}. */
    public Builder inlineImage(String name, String contentType, String contentId, byte[] content) {
      attachments.add(
          new Attachment(
              name,
              contentType,
              Objects.requireNonNull(contentId, "contentId"),
              true,
              Objects.requireNonNull(content, "content"),
              null,
              null));
      return this;
    }

    /** Attaches another message as an item attachment (a forwarded mail). */
    public Builder attachMessage(NewMessage message) {
      attachments.add(
          new Attachment(
              message.subject(),
              "message/rfc822",
              null,
              false,
              null,
              Objects.requireNonNull(message, "message"),
              null));
      return this;
    }

    /** Attaches raw MIME as an item attachment. */
    public Builder attachMessage(String name, byte[] rawMime) {
      attachments.add(
          new Attachment(
              name,
              "message/rfc822",
              null,
              false,
              null,
              null,
              Objects.requireNonNull(rawMime, "rawMime")));
      return this;
    }

    public NewMessage build() {
      if (fromAddress == null) {
        throw new IllegalStateException("A message needs a sender: call from(...)");
      }
      return new NewMessage(this);
    }
  }
}
