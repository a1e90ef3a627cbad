package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.model.MailItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maps an item element ({@code t:Message}, {@code t:Item}, {@code t:MeetingRequest} ...) straight
 * from StAX to {@link MailItem}. Items are the hot path (a FindItem page holds up to 1000), so this
 * is plain StAX rather than JAXB: one pass, no intermediate objects. Unknown elements are skipped.
 * Stateless and thread-safe.
 */
public final class ItemXmlReader {
  private ItemXmlReader() {}

  /** Reads the item element at the reader; leaves the reader after it. */
  public static MailItem read(XMLStreamReader r) throws XMLStreamException {
    Builder b = new Builder();
    r.next();
    while (true) {
      int ev = r.getEventType();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        property(r, b);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        r.next();
        return b.build();
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("The document ended inside an item");
      } else {
        r.next();
      }
    }
  }

  private static void property(XMLStreamReader r, Builder b) throws XMLStreamException {
    switch (r.getLocalName()) {
      case "ItemId":
        b.id = XmlCursor.attribute(r, "Id");
        b.changeKey = XmlCursor.attribute(r, "ChangeKey");
        XmlCursor.skip(r);
        break;
      case "ParentFolderId":
        b.parentFolderId = XmlCursor.attribute(r, "Id");
        XmlCursor.skip(r);
        break;
      case "ConversationId":
        b.conversationId = XmlCursor.attribute(r, "Id");
        XmlCursor.skip(r);
        break;
      case "ItemClass":
        b.itemClass = XmlCursor.trimmedText(r);
        break;
      case "Subject":
        b.subject = XmlCursor.text(r);
        break;
      case "InternetMessageId":
        b.internetMessageId = XmlCursor.trimmedText(r);
        break;
      case "InReplyTo":
        b.inReplyTo = XmlCursor.trimmedText(r);
        break;
      case "References":
        b.references = XmlCursor.trimmedText(r);
        break;
      case "From":
        b.from = single(r);
        break;
      case "Sender":
        b.sender = single(r);
        break;
      case "ReceivedBy":
        b.receivedBy = single(r);
        break;
      case "ToRecipients":
        b.to = mailboxes(r);
        break;
      case "CcRecipients":
        b.cc = mailboxes(r);
        break;
      case "BccRecipients":
        b.bcc = mailboxes(r);
        break;
      case "ReplyTo":
        b.replyTo = mailboxes(r);
        break;
      case "DateTimeReceived":
        b.receivedAt = XmlCursor.instantText(r);
        break;
      case "DateTimeSent":
        b.sentAt = XmlCursor.instantText(r);
        break;
      case "DateTimeCreated":
        b.createdAt = XmlCursor.instantText(r);
        break;
      case "LastModifiedTime":
        b.lastModifiedAt = XmlCursor.instantText(r);
        break;
      case "Size":
        b.size = XmlCursor.longText(r);
        break;
      case "IsRead":
        b.read = XmlCursor.booleanText(r);
        break;
      case "Importance":
        b.importance = Importance.parse(XmlCursor.trimmedText(r));
        break;
      case "HasAttachments":
        b.hasAttachments = XmlCursor.booleanText(r);
        break;
      case "Categories":
        b.categories = strings(r);
        break;
      case "InternetMessageHeaders":
        b.headers = headers(r);
        break;
      case "Body":
        String type = XmlCursor.attribute(r, "BodyType");
        String body = XmlCursor.text(r, XmlCursor.MAX_BODY);
        if ("Text".equalsIgnoreCase(type)) {
          if (b.textBody == null) {
            b.textBody = body;
          }
        } else {
          b.htmlBody = body;
        }
        break;
      case "TextBody":
        b.textBody = XmlCursor.text(r, XmlCursor.MAX_BODY);
        break;
      case "Attachments":
        b.attachments = attachments(r);
        break;
      default:
        XmlCursor.skip(r);
    }
  }

  /** {@code t:FileAttachment}, {@code t:ItemAttachment} or {@code t:ReferenceAttachment}. */
  public static AttachmentInfo attachment(XMLStreamReader r) throws XMLStreamException {
    AttachmentInfo.Kind kind;
    switch (r.getLocalName()) {
      case "ItemAttachment":
        kind = AttachmentInfo.Kind.ITEM;
        break;
      case "ReferenceAttachment":
        kind = AttachmentInfo.Kind.REFERENCE;
        break;
      default:
        kind = AttachmentInfo.Kind.FILE;
    }
    AttachmentFields a = new AttachmentFields();
    XmlCursor.forEachChild(r, c -> attachmentField(c, a));
    return a.toInfo(kind);
  }

  /** Mutable holder for the {@code AttachmentType} properties while reading. */
  public static final class AttachmentFields {
    public String id;
    public String name;
    public String contentType;
    public String contentId;
    public String contentLocation;
    public Long size;
    public Instant lastModified;
    public boolean inline;

    public AttachmentInfo toInfo(AttachmentInfo.Kind kind) {
      return new AttachmentInfo(
          id, name, contentType, contentId, contentLocation, size, lastModified, inline, kind);
    }
  }

  /**
   * Reads one {@code AttachmentType} property into {@code a}; returns false (leaving the element
   * unread) for anything else, so callers can handle content themselves.
   */
  public static boolean attachmentProperty(XMLStreamReader r, AttachmentFields a)
      throws XMLStreamException {
    switch (r.getLocalName()) {
      case "AttachmentId":
        a.id = XmlCursor.attribute(r, "Id");
        XmlCursor.skip(r);
        return true;
      case "Name":
        a.name = XmlCursor.text(r);
        return true;
      case "ContentType":
        a.contentType = XmlCursor.trimmedText(r);
        return true;
      case "ContentId":
        a.contentId = XmlCursor.trimmedText(r);
        return true;
      case "ContentLocation":
        a.contentLocation = XmlCursor.trimmedText(r);
        return true;
      case "Size":
        a.size = XmlCursor.longText(r);
        return true;
      case "LastModifiedTime":
        a.lastModified = XmlCursor.instantText(r);
        return true;
      case "IsInline":
        a.inline = Boolean.TRUE.equals(XmlCursor.booleanText(r));
        return true;
      default:
        return false;
    }
  }

  private static void attachmentField(XMLStreamReader r, AttachmentFields a)
      throws XMLStreamException {
    if (!attachmentProperty(r, a)) {
      XmlCursor.skip(r);
    }
  }

  private static List<AttachmentInfo> attachments(XMLStreamReader r) throws XMLStreamException {
    List<AttachmentInfo> out = new ArrayList<>();
    XmlCursor.forEachChild(r, c -> out.add(attachment(c)));
    return out;
  }

  /** A single-mailbox property ({@code t:From/t:Mailbox}). */
  private static EmailAddress single(XMLStreamReader r) throws XMLStreamException {
    List<EmailAddress> l = mailboxes(r);
    return l.isEmpty() ? null : l.get(0);
  }

  private static List<EmailAddress> mailboxes(XMLStreamReader r) throws XMLStreamException {
    List<EmailAddress> out = new ArrayList<>(2);
    XmlCursor.forEachChild(
        r,
        c -> {
          if ("Mailbox".equals(c.getLocalName())) {
            out.add(mailbox(c));
          } else {
            XmlCursor.skip(c);
          }
        });
    return out;
  }

  private static EmailAddress mailbox(XMLStreamReader r) throws XMLStreamException {
    String[] v = new String[3];
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "Name":
              v[0] = XmlCursor.text(c);
              break;
            case "EmailAddress":
              v[1] = XmlCursor.trimmedText(c);
              break;
            case "RoutingType":
              v[2] = XmlCursor.trimmedText(c);
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    return new EmailAddress(v[0], v[1], v[2]);
  }

  private static List<String> strings(XMLStreamReader r) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    XmlCursor.forEachChild(r, c -> out.add(XmlCursor.text(c)));
    return out;
  }

  private static List<MailHeader> headers(XMLStreamReader r) throws XMLStreamException {
    List<MailHeader> out = new ArrayList<>();
    XmlCursor.forEachChild(
        r,
        c -> {
          String name = XmlCursor.attribute(c, "HeaderName");
          String value = XmlCursor.text(c);
          if (name != null) {
            out.add(new MailHeader(name, value));
          }
        });
    return out;
  }

  /** Collects the properties of one item. */
  private static final class Builder {
    String id;
    String changeKey;
    String parentFolderId;
    String itemClass;
    String subject;
    String internetMessageId;
    String conversationId;
    EmailAddress from;
    EmailAddress sender;
    List<EmailAddress> to = List.of();
    List<EmailAddress> cc = List.of();
    List<EmailAddress> bcc = List.of();
    List<EmailAddress> replyTo = List.of();
    EmailAddress receivedBy;
    Instant receivedAt;
    Instant sentAt;
    Instant createdAt;
    Instant lastModifiedAt;
    Long size;
    Boolean read;
    Importance importance;
    Boolean hasAttachments;
    List<String> categories = List.of();
    List<MailHeader> headers = List.of();
    String textBody;
    String htmlBody;
    List<AttachmentInfo> attachments = List.of();
    String inReplyTo;
    String references;

    MailItem build() {
      return new MailItem(
          id,
          changeKey,
          parentFolderId,
          itemClass,
          subject,
          internetMessageId,
          conversationId,
          from,
          sender,
          to,
          cc,
          bcc,
          replyTo,
          receivedBy,
          receivedAt,
          sentAt,
          createdAt,
          lastModifiedAt,
          size,
          read,
          importance,
          hasAttachments,
          categories,
          headers,
          textBody,
          htmlBody,
          attachments,
          inReplyTo,
          references);
    }
  }
}
