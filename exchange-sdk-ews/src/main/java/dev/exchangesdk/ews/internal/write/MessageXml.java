package dev.exchangesdk.ews.internal.write;

import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Writes the item elements of outgoing mail in schema order: {@code t:Message} for a new mail (or a
 * raw MIME one), {@code t:ReplyToItem}/{@code t:ReplyAllToItem} for a reply, {@code
 * t:FileAttachment} with its content streamed. The one place that turns the shared message builder
 * into XML, for sending and replying alike.
 *
 * <p>Stateless and thread-safe.
 */
public final class MessageXml {
  private MessageXml() {}

  /**
   * A new message ({@code ItemType} then {@code MessageType} elements, in schema order).
   *
   * @param withAttachments whether the attachments go in this element (else they are added to the
   *     saved draft afterwards)
   */
  public static void message(XmlOut x, MailContent c, boolean withAttachments)
      throws XMLStreamException, IOException {
    x.t("Message");
    if (c.message().rawMime().isPresent()) {
      OutgoingAttachment mime = c.message().rawMime().get();
      x.t("MimeContent").attribute("CharacterSet", "UTF-8");
      x.base64(mime::openContent);
      x.end();
    } else {
      x.tText("Subject", c.message().subject());
      body(x, "Body", c);
      if (withAttachments && !c.attachments().isEmpty()) {
        attachments(x, c.attachments());
      }
      importance(x, c.importance());
      for (MailHeader h : c.headers()) {
        internetHeader(x, h);
      }
    }
    recipientsAndSender(x, c);
    recipients(x, "ReplyTo", c.message().replyTo());
    x.end();
  }

  /**
   * A reply ({@code SmartResponseType}): the server builds the quoted original below {@code
   * NewBodyContent}. A reply element cannot carry attachments, importance, reply-to or headers:
   * those are added to the saved draft.
   *
   * @param element {@code ReplyToItem} or {@code ReplyAllToItem}
   */
  public static void reply(
      XmlOut x, String element, MailContent c, String subject, String itemId, String changeKey)
      throws XMLStreamException {
    x.t(element);
    x.tText("Subject", subject);
    recipientsAndSender(x, c);
    x.tEmpty("ReferenceItemId").attribute("Id", itemId).attribute("ChangeKey", changeKey);
    body(x, "NewBodyContent", c);
    x.end();
  }

  /** {@code t:Attachments} with one {@code t:FileAttachment} each. */
  public static void attachments(XmlOut x, List<OutgoingAttachment> attachments)
      throws XMLStreamException, IOException {
    x.t("Attachments");
    for (OutgoingAttachment a : attachments) {
      fileAttachment(x, a);
    }
    x.end();
  }

  /** {@code t:FileAttachment}, its content base64-encoded from the source while written. */
  public static void fileAttachment(XmlOut x, OutgoingAttachment a)
      throws XMLStreamException, IOException {
    x.t("FileAttachment");
    x.tText("Name", a.name());
    x.tText("ContentType", a.contentType());
    x.tText("ContentId", a.contentId());
    if (a.isInline()) {
      x.tText("IsInline", "true");
    }
    x.t("Content");
    x.base64(a::openContent);
    x.end();
    x.end();
  }

  /** {@code PR_MESSAGE_FLAGS}: read or not, and never "unsent" (a draft). */
  public static void messageFlags(XmlOut x, boolean read) throws XMLStreamException {
    x.t("ExtendedProperty");
    x.tEmpty("ExtendedFieldURI")
        .attribute("PropertyTag", "0x0E07")
        .attribute("PropertyType", "Integer");
    x.tText("Value", read ? "1" : "0");
    x.end();
  }

  private static void body(XmlOut x, String element, MailContent c) throws XMLStreamException {
    if (c.body() != null) {
      x.t(element).attribute("BodyType", c.bodyType()).text(c.body()).end();
    }
  }

  private static void importance(XmlOut x, Importance importance) throws XMLStreamException {
    if (importance != null) {
      x.tText("Importance", wireName(importance));
    }
  }

  /** {@code Low}, {@code Normal} or {@code High}. */
  public static String wireName(Importance importance) {
    String n = importance.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(n.charAt(0)) + n.substring(1);
  }

  /** One named string property of the {@code InternetHeaders} set per header. */
  private static void internetHeader(XmlOut x, MailHeader h) throws XMLStreamException {
    x.t("ExtendedProperty");
    x.tEmpty("ExtendedFieldURI")
        .attribute("DistinguishedPropertySetId", "InternetHeaders")
        .attribute("PropertyName", h.name())
        .attribute("PropertyType", "String");
    x.tText("Value", h.value());
    x.end();
  }

  /** To, Cc, Bcc and From, in the order both {@code MessageType} and replies have them. */
  private static void recipientsAndSender(XmlOut x, MailContent c) throws XMLStreamException {
    recipients(x, "ToRecipients", c.to());
    recipients(x, "CcRecipients", c.cc());
    recipients(x, "BccRecipients", c.bcc());
    if (c.message().from() != null) {
      x.t("From");
      mailbox(x, c.message().from());
      x.end();
    }
  }

  private static void recipients(XmlOut x, String element, List<EmailAddress> list)
      throws XMLStreamException {
    if (list.isEmpty()) {
      return;
    }
    x.t(element);
    for (EmailAddress a : list) {
      mailbox(x, a);
    }
    x.end();
  }

  private static void mailbox(XmlOut x, EmailAddress a) throws XMLStreamException {
    x.t("Mailbox");
    x.tText("Name", a.name());
    x.tText("EmailAddress", a.address());
    x.end();
  }
}
