package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.mime.MimeImport;
import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.ContactData;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * Reads item properties from requests ({@code t:Message}, {@code t:Contact} in CreateItem, item
 * attachments, the one-property items of UpdateItem) into store items. Properties the fake does not
 * model (reminders, flags, ...) are accepted and not stored; {@code MimeContent} is applied first,
 * then the explicit properties override it, as on Exchange.
 *
 * <p>Stateless and thread-safe; used under the tenant lock.
 */
final class ItemReader {
  private ItemReader() {}

  /** Applies every property element of {@code element} to {@code item}. */
  static void apply(Tenant tenant, Item item, Element element, Instant now) throws EwsError {
    if ("Contact".equals(element.getLocalName())) {
      item.kind = Item.Kind.CONTACT;
      item.itemClass = "IPM.Contact";
      if (item.contact == null) {
        item.contact = new ContactData();
      }
    }
    Element mime = Dom.t(element, "MimeContent");
    if (mime != null) {
      byte[] raw;
      try {
        raw = Base64.getMimeDecoder().decode(mime.getTextContent().trim());
      } catch (IllegalArgumentException e) {
        throw new EwsError("ErrorMimeContentInvalid", "The MIME content is not valid Base64.");
      }
      MimeImport.apply(raw, item, now);
    }
    for (Element p : Dom.children(element)) {
      if (Dom.T.equals(p.getNamespaceURI())) {
        property(tenant, item, p, now, false);
      }
    }
  }

  /**
   * Applies one property element. With {@code append}, lists and bodies are extended instead of
   * replaced (UpdateItem's {@code AppendToItemField}).
   */
  static void property(Tenant tenant, Item item, Element p, Instant now, boolean append)
      throws EwsError {
    String name = p.getLocalName();
    switch (name) {
      case "MimeContent",
          "ItemId",
          "ParentFolderId",
          "DateTimeReceived",
          "Size",
          "DateTimeCreated",
          "DisplayTo",
          "DisplayCc",
          "HasAttachments",
          "LastModifiedTime",
          "LastModifiedName" -> {
        // read-only or already applied
      }
      case "ItemClass" -> item.itemClass = p.getTextContent().trim();
      case "Subject" -> {
        item.subject = p.getTextContent();
        if (item.contact != null
            && item.kind == Item.Kind.CONTACT
            && item.contact.displayName == null) {
          item.contact.displayName = item.subject;
        }
        if (item.rawMime == null) {
          item.setHeader("Subject", item.subject);
        }
      }
      case "Sensitivity" -> item.sensitivity = p.getTextContent().trim();
      case "Importance" -> item.importance = p.getTextContent().trim();
      case "Body" -> {
        String text = p.getTextContent();
        boolean html = "HTML".equals(p.getAttribute("BodyType"));
        if (append) {
          if (html) {
            item.htmlBody = (item.htmlBody == null ? "" : item.htmlBody) + text;
          } else {
            item.textBody = (item.textBody == null ? "" : item.textBody) + text;
          }
        } else if (html) {
          item.htmlBody = text;
          item.textBody = null;
        } else {
          item.textBody = text;
          item.htmlBody = null;
        }
        item.rawMime = null;
      }
      case "Attachments" -> {
        for (Element a : Dom.children(p)) {
          attachment(tenant, item, a, now);
        }
        item.rawMime = null;
      }
      case "Categories" -> {
        if (!append) {
          item.categories.clear();
        }
        for (Element s : Dom.children(p, Dom.T, "String")) {
          item.categories.add(s.getTextContent());
        }
      }
      case "InReplyTo" -> item.inReplyTo = p.getTextContent().trim();
      case "References" -> item.references = p.getTextContent().trim();
      case "InternetMessageId" -> item.internetMessageId = p.getTextContent().trim();
      case "ConversationTopic" -> item.conversationTopic = p.getTextContent();
      case "IsRead" ->
          item.isRead =
              Boolean.parseBoolean(p.getTextContent().trim())
                  || "1".equals(p.getTextContent().trim());
      case "IsReadReceiptRequested" ->
          item.isReadReceiptRequested = "true".equals(p.getTextContent().trim());
      case "IsDeliveryReceiptRequested" ->
          item.isDeliveryReceiptRequested = "true".equals(p.getTextContent().trim());
      case "From" -> item.from = firstMailbox(tenant, p);
      case "Sender" -> item.sender = firstMailbox(tenant, p);
      case "ToRecipients" -> recipients(tenant, item.to, p, append);
      case "CcRecipients" -> recipients(tenant, item.cc, p, append);
      case "BccRecipients" -> recipients(tenant, item.bcc, p, append);
      case "ReplyTo" -> recipients(tenant, item.replyTo, p, append);
      case "ExtendedProperty" -> ExtendedProps.set(item, p);
      // Contact fields
      case "DisplayName" -> contact(item).displayName = p.getTextContent();
      case "GivenName" -> contact(item).givenName = p.getTextContent();
      case "Surname" -> contact(item).surname = p.getTextContent();
      case "CompanyName" -> contact(item).companyName = p.getTextContent();
      case "JobTitle" -> contact(item).jobTitle = p.getTextContent();
      case "EmailAddresses" -> {
        for (Element e : Dom.children(p, Dom.T, "Entry")) {
          contact(item).emailAddresses.put(e.getAttribute("Key"), e.getTextContent().trim());
        }
      }
      case "PhoneNumbers" -> {
        for (Element e : Dom.children(p, Dom.T, "Entry")) {
          contact(item).phoneNumbers.put(e.getAttribute("Key"), e.getTextContent().trim());
        }
      }
      case "PhysicalAddresses" -> {
        for (Element e : Dom.children(p, Dom.T, "Entry")) {
          Map<String, String> parts = new LinkedHashMap<>();
          for (Element part : Dom.children(e)) {
            parts.put(part.getLocalName(), part.getTextContent());
          }
          contact(item).physicalAddresses.put(e.getAttribute("Key"), parts);
        }
      }
      default -> {
        // A valid EWS property the fake does not model (Flag, reminders, ...): accepted, not
        // stored.
      }
    }
  }

  private static ContactData contact(Item item) {
    if (item.contact == null) {
      item.contact = new ContactData();
    }
    return item.contact;
  }

  /**
   * Adds an attachment element ({@code t:FileAttachment} / {@code t:ItemAttachment}) to an item.
   */
  static Attachment attachment(Tenant tenant, Item item, Element a, Instant now) throws EwsError {
    Attachment att = item.newAttachment();
    att.name = Dom.tText(a, "Name");
    att.contentType = Dom.tText(a, "ContentType");
    att.contentId = Dom.tText(a, "ContentId");
    att.contentLocation = Dom.tText(a, "ContentLocation");
    att.inline = Boolean.TRUE.equals(Dom.bool(a, "IsInline"));
    att.lastModified = now;
    if ("FileAttachment".equals(a.getLocalName())) {
      String content = Dom.tText(a, "Content");
      try {
        att.content = content == null ? new byte[0] : Base64.getMimeDecoder().decode(content);
      } catch (IllegalArgumentException e) {
        item.attachments.remove(att);
        throw new EwsError("ErrorInvalidRequest", "The attachment content is not valid Base64.");
      }
      if (att.contentType == null) {
        att.contentType = guessType(att.name);
      }
    } else if ("ItemAttachment".equals(a.getLocalName())) {
      Element inner = null;
      for (Element c : Dom.children(a)) {
        if (List.of("Item", "Message", "Contact", "PostItem").contains(c.getLocalName())) {
          inner = c;
        }
      }
      Item embedded = new Item(0, null, item.mailbox);
      embedded.created = now;
      embedded.lastModified = now;
      embedded.sent = now;
      embedded.received = now;
      if (inner != null) {
        apply(tenant, embedded, inner, now);
      }
      att.item = embedded;
      if (att.name == null) {
        att.name = embedded.subject == null ? "Untitled" : embedded.subject;
      }
    } else {
      item.attachments.remove(att);
      throw new EwsError(
          "ErrorUnsupportedTypeForConversion", "Reference attachments are not supported.");
    }
    return att;
  }

  private static String guessType(String name) {
    if (name == null) {
      return "application/octet-stream";
    }
    String n = name.toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith(".txt")) {
      return "text/plain";
    }
    if (n.endsWith(".png")) {
      return "image/png";
    }
    if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (n.endsWith(".gif")) {
      return "image/gif";
    }
    if (n.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (n.endsWith(".html") || n.endsWith(".htm")) {
      return "text/html";
    }
    if (n.endsWith(".zip")) {
      return "application/x-zip-compressed";
    }
    if (n.endsWith(".eml")) {
      return "message/rfc822";
    }
    return "application/octet-stream";
  }

  private static EmailAddress firstMailbox(Tenant tenant, Element p) {
    Element mb = Dom.t(p, "Mailbox");
    return mb == null ? null : mailbox(tenant, mb);
  }

  private static void recipients(
      Tenant tenant, List<EmailAddress> target, Element p, boolean append) {
    if (!append) {
      target.clear();
    }
    for (Element mb : Dom.children(p, Dom.T, "Mailbox")) {
      target.add(mailbox(tenant, mb));
    }
  }

  /** Reads a {@code t:Mailbox}; the mailbox type is looked up in the tenant. */
  static EmailAddress mailbox(Tenant tenant, Element mb) {
    String address = Dom.tText(mb, "EmailAddress");
    String name = Dom.tText(mb, "Name");
    String type = "OneOff";
    if (address != null) {
      var m = tenant.mailbox(address);
      if (m != null) {
        type = "Mailbox";
        if (name == null) {
          name = m.displayName;
        }
        address = m.primarySmtpAddress.equalsIgnoreCase(address) ? m.primarySmtpAddress : address;
      } else if (tenant.group(address) != null) {
        type = "PublicDL";
        if (name == null) {
          name = tenant.group(address).displayName;
        }
      }
    }
    return new EmailAddress(name, address, type);
  }
}
