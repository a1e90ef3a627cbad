package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.InvalidRequestException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A mail to send, or the content of a reply (pack {@code send-mail} and {@code reply-mail}): one
 * builder for both, so importance, reply-to, extra headers and inline images work the same way.
 *
 * <pre>{@code
 * OutgoingMessage mail = OutgoingMessage.builder()
 *     .to("alice@contoso.com")
 *     .cc("soc@contoso.com")
 *     .subject("Suspicious sign-in")
 *     .htmlBody("<p>See the chart:</p><img src=\"data:image/png;base64,iVBORw0...\">")
 *     .attach(OutgoingAttachment.of(Path.of("report.pdf")))
 *     .header("X-Incident-Id", "INC-4711")
 *     .importance(Importance.HIGH)
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li>The HTML body wins over the text body when both are set.
 *   <li>{@code <img src="data:image/...;base64,...">} in the HTML body become inline attachments
 *       with content ids {@code image{i}@{8 hex}_{8 hex}} and the {@code src} becomes {@code
 *       cid:...}, unless {@link Builder#inlineDataImages(boolean)} is off.
 *   <li>Each extra header is sent as its own internet header; the same name may be used by any
 *       number of messages.
 *   <li>A {@linkplain Builder#rawMime(byte[]) raw MIME message} is sent as it is, to the recipients
 *       given here; it cannot be combined with a subject, body, attachments or headers.
 * </ul>
 *
 * <p>Immutable and thread-safe (see {@link OutgoingAttachment} for stream content).
 */
public final class OutgoingMessage {
  private final List<EmailAddress> to;
  private final List<EmailAddress> cc;
  private final List<EmailAddress> bcc;
  private final List<EmailAddress> replyTo;
  private final EmailAddress from;
  private final String subject;
  private final String textBody;
  private final String htmlBody;
  private final Importance importance;
  private final List<OutgoingAttachment> attachments;
  private final List<MailHeader> headers;
  private final boolean inlineDataImages;
  private final OutgoingAttachment rawMime;
  private final boolean saveCopy;

  private OutgoingMessage(Builder b) {
    this.to = List.copyOf(b.to);
    this.cc = List.copyOf(b.cc);
    this.bcc = List.copyOf(b.bcc);
    this.replyTo = List.copyOf(b.replyTo);
    this.from = b.from;
    this.subject = b.subject;
    this.textBody = b.textBody;
    this.htmlBody = b.htmlBody;
    this.importance = b.importance;
    this.attachments = List.copyOf(b.attachments);
    this.headers = List.copyOf(b.headers);
    this.inlineDataImages = b.inlineDataImages;
    this.rawMime = b.rawMime;
    this.saveCopy = b.saveCopy;
    if (rawMime != null
        && (subject != null
            || textBody != null
            || htmlBody != null
            || importance != null
            || from != null
            || !replyTo.isEmpty()
            || !attachments.isEmpty()
            || !headers.isEmpty())) {
      throw new InvalidRequestException(
          "A raw MIME message is sent as it is: put the subject, body, attachments, headers,"
              + " sender, reply-to and importance into the MIME, and give only the recipients here");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<EmailAddress> to() {
    return to;
  }

  public List<EmailAddress> cc() {
    return cc;
  }

  public List<EmailAddress> bcc() {
    return bcc;
  }

  /** Where replies to this mail should go ({@code Reply-To}). */
  public List<EmailAddress> replyTo() {
    return replyTo;
  }

  /** The sender to send as (needs Send As or Send on Behalf rights), or {@code null}. */
  public EmailAddress from() {
    return from;
  }

  /** The subject, or {@code null} (a reply then gets {@code Re: } and the original's subject). */
  public String subject() {
    return subject;
  }

  public String textBody() {
    return textBody;
  }

  public String htmlBody() {
    return htmlBody;
  }

  /** The importance, or {@code null} for the server's default (normal). */
  public Importance importance() {
    return importance;
  }

  public List<OutgoingAttachment> attachments() {
    return attachments;
  }

  /** Extra internet headers, in order. */
  public List<MailHeader> headers() {
    return headers;
  }

  /** Whether {@code data:} images in the HTML body become inline attachments. */
  public boolean inlineDataImages() {
    return inlineDataImages;
  }

  /** The raw MIME message to send as it is (its attachment name is not used), if any. */
  public Optional<OutgoingAttachment> rawMime() {
    return Optional.ofNullable(rawMime);
  }

  /** Whether a copy is kept in Sent Items (default true). */
  public boolean saveCopy() {
    return saveCopy;
  }

  /** Whether any of to, cc and bcc has an address. */
  public boolean hasRecipients() {
    return !to.isEmpty() || !cc.isEmpty() || !bcc.isEmpty();
  }

  @Override
  public String toString() {
    return "OutgoingMessage{to="
        + to.size()
        + ", cc="
        + cc.size()
        + ", bcc="
        + bcc.size()
        + (subject != null ? ", subject='" + subject + "'" : "")
        + ", attachments="
        + attachments.size()
        + ", headers="
        + headers.size()
        + (rawMime != null ? ", raw MIME" : "")
        + '}';
  }

  /** Builds an {@link OutgoingMessage}. Not thread-safe. */
  public static final class Builder {
    private final List<EmailAddress> to = new ArrayList<>();
    private final List<EmailAddress> cc = new ArrayList<>();
    private final List<EmailAddress> bcc = new ArrayList<>();
    private final List<EmailAddress> replyTo = new ArrayList<>();
    private EmailAddress from;
    private String subject;
    private String textBody;
    private String htmlBody;
    private Importance importance;
    private final List<OutgoingAttachment> attachments = new ArrayList<>();
    private final List<MailHeader> headers = new ArrayList<>();
    private boolean inlineDataImages = true;
    private OutgoingAttachment rawMime;
    private boolean saveCopy = true;

    private Builder() {}

    public Builder to(String... addresses) {
      return add(to, addresses);
    }

    public Builder to(Collection<EmailAddress> addresses) {
      return add(to, addresses);
    }

    public Builder cc(String... addresses) {
      return add(cc, addresses);
    }

    public Builder cc(Collection<EmailAddress> addresses) {
      return add(cc, addresses);
    }

    public Builder bcc(String... addresses) {
      return add(bcc, addresses);
    }

    public Builder bcc(Collection<EmailAddress> addresses) {
      return add(bcc, addresses);
    }

    public Builder replyTo(String... addresses) {
      return add(replyTo, addresses);
    }

    public Builder replyTo(Collection<EmailAddress> addresses) {
      return add(replyTo, addresses);
    }

    /** Sends as this address (needs Send As or Send on Behalf rights on it). */
    public Builder from(String address) {
      this.from = MailText.address(EmailAddress.of(address), "from");
      return this;
    }

    public Builder from(EmailAddress address) {
      this.from = MailText.address(address, "from");
      return this;
    }

    /** The subject; line breaks are refused. */
    public Builder subject(String subject) {
      this.subject = subject == null ? null : MailText.line(subject, "subject");
      return this;
    }

    public Builder textBody(String text) {
      this.textBody = MailText.text(text, "text body");
      return this;
    }

    /** The HTML body; wins over the text body. */
    public Builder htmlBody(String html) {
      this.htmlBody = MailText.text(html, "HTML body");
      return this;
    }

    public Builder importance(Importance importance) {
      this.importance = importance;
      return this;
    }

    public Builder attach(OutgoingAttachment attachment) {
      attachments.add(Objects.requireNonNull(attachment, "attachment"));
      return this;
    }

    public Builder attach(Collection<OutgoingAttachment> files) {
      files.forEach(this::attach);
      return this;
    }

    /**
     * An extra internet header, e.g. {@code X-Incident-Id}. The name is printable ASCII without
     * {@code :}; the value has no line breaks.
     */
    public Builder header(String name, String value) {
      headers.add(MailText.header(name, value));
      return this;
    }

    /**
     * The pack's {@code additionalHeader} form: {@code name=value,name2=value2}.
     *
     * @throws InvalidRequestException for an entry without {@code =}
     */
    public Builder headers(String packHeaders) {
      if (packHeaders == null || packHeaders.isBlank()) {
        return this;
      }
      for (String entry : packHeaders.split(",")) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
          throw new InvalidRequestException(
              "Header '" + entry.strip() + "' is not of the form name=value");
        }
        header(entry.substring(0, eq).strip(), entry.substring(eq + 1).strip());
      }
      return this;
    }

    /** Whether {@code data:} images in the HTML body become inline attachments (default on). */
    public Builder inlineDataImages(boolean convert) {
      this.inlineDataImages = convert;
      return this;
    }

    /** Sends this complete MIME message as it is, to the recipients of this builder. */
    public Builder rawMime(byte[] mime) {
      this.rawMime = OutgoingAttachment.of("message.eml", mime);
      return this;
    }

    public Builder rawMime(Path mime) {
      this.rawMime = OutgoingAttachment.of("message.eml", mime);
      return this;
    }

    /** Read once when the mail is sent, and closed then. */
    public Builder rawMime(InputStream mime) {
      this.rawMime = OutgoingAttachment.of("message.eml", mime);
      return this;
    }

    /** Whether to keep a copy in Sent Items (default true). */
    public Builder saveCopy(boolean saveCopy) {
      this.saveCopy = saveCopy;
      return this;
    }

    /**
     * @throws InvalidRequestException when a raw MIME message is combined with content fields
     */
    public OutgoingMessage build() {
      return new OutgoingMessage(this);
    }

    private Builder add(List<EmailAddress> list, String... addresses) {
      for (String a : addresses) {
        list.add(MailText.address(EmailAddress.of(a), "recipient"));
      }
      return this;
    }

    private Builder add(List<EmailAddress> list, Collection<EmailAddress> addresses) {
      for (EmailAddress a : addresses) {
        list.add(MailText.address(a, "recipient"));
      }
      return this;
    }
  }
}
