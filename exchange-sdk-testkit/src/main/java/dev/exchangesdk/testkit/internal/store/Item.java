package dev.exchangesdk.testkit.internal.store;

import dev.exchangesdk.testkit.internal.mime.MimeWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One item in a mailbox folder (a message or a contact), or an item embedded in an item attachment.
 *
 * <p>Fields are public because the EWS and cmdlet layers read and write them directly; the class
 * keeps only the invariants that matter across layers: the versions (ChangeKey and sync state
 * depend on them) and the MIME cache. Not thread-safe: every access happens under the tenant lock.
 */
public final class Item {
  /** What kind of item this is; decides the EWS element ({@code t:Message}, {@code t:Contact}). */
  public enum Kind {
    MESSAGE,
    CONTACT
  }

  /** Unique within the tenant; part of the item id. 0 for embedded items. */
  public final long serial;

  /** The EWS item id, or {@code null} for an embedded item. */
  public final String id;

  /** The mailbox the item lives in (or whose item embeds it). */
  public final Mailbox mailbox;

  /** The folder holding the item, or {@code null} for an embedded item. */
  public Folder folder;

  public Kind kind = Kind.MESSAGE;

  /** Bumped by every change; the ChangeKey is derived from it. */
  public int version = 1;

  /**
   * Bumped by changes other than the read flag; SyncFolderItems tells Update from ReadFlagChange.
   */
  public int contentVersion = 1;

  public String itemClass = "IPM.Note";
  public String subject;
  public String textBody;
  public String htmlBody;
  public String sensitivity = "Normal";
  public String importance = "Normal";
  public final List<String> categories = new ArrayList<>();
  public boolean isRead;
  public boolean isDraft;
  public boolean isSubmitted;
  public boolean isFromMe;
  public boolean isReadReceiptRequested;
  public boolean isDeliveryReceiptRequested;
  public Instant received;
  public Instant sent;
  public Instant created;
  public Instant lastModified;
  public String lastModifiedName;
  public EmailAddress from;
  public EmailAddress sender;
  public final List<EmailAddress> to = new ArrayList<>();
  public final List<EmailAddress> cc = new ArrayList<>();
  public final List<EmailAddress> bcc = new ArrayList<>();
  public final List<EmailAddress> replyTo = new ArrayList<>();
  public EmailAddress receivedBy;

  /** {@code <id@host>}, or {@code null} for mail without a Message-ID. */
  public String internetMessageId;

  public String inReplyTo;
  public String references;
  public String conversationTopic;
  public byte[] conversationIndex;

  /** Every internet header of the message, in order (the MIME header block). */
  public final List<Header> headers = new ArrayList<>();

  public final List<Attachment> attachments = new ArrayList<>();

  /** Extended properties set by clients, keyed by {@link ExtendedProperty#key()}. */
  public final Map<String, ExtendedProperty> extendedProperties = new LinkedHashMap<>();

  public ContactData contact;

  /**
   * The MIME the item was created from (delivered raw, CreateItem MimeContent, UploadItems), kept
   * byte for byte until its content changes; {@code null} when the MIME is generated from fields.
   */
  public byte[] rawMime;

  /** For items in Recoverable Items: the serial of the folder they were deleted from. */
  public Long deletedFromFolder;

  /** Next attachment serial within this item. */
  public long nextAttachmentSerial = 1;

  private byte[] generatedMime;
  private int generatedMimeVersion = -1;

  public Item(long serial, String id, Mailbox mailbox) {
    this.serial = serial;
    this.id = id;
    this.mailbox = mailbox;
  }

  /** The ChangeKey of the current version. */
  public String changeKey() {
    return Ids.changeKey(
        "item", mailbox == null ? Tenant.PUBLIC_FOLDER_GUID : mailbox.guid, serial, version);
  }

  /** Records a change of anything but the read flag. */
  public void touchContent(Instant now) {
    version++;
    contentVersion++;
    lastModified = now;
  }

  /** Records a change of the read flag only. */
  public void touchReadFlag(Instant now) {
    version++;
    lastModified = now;
  }

  /** The item's MIME: the raw MIME it arrived with, or MIME generated from its fields. */
  public byte[] mime() {
    if (rawMime != null) {
      return rawMime;
    }
    if (generatedMime == null || generatedMimeVersion != contentVersion) {
      generatedMime = MimeWriter.write(this);
      generatedMimeVersion = contentVersion;
    }
    return generatedMime;
  }

  /** The size EWS reports: the MIME length. */
  public int size() {
    return kind == Kind.CONTACT ? 512 + (subject == null ? 0 : subject.length()) : mime().length;
  }

  public boolean hasAttachments() {
    return attachments.stream().anyMatch(a -> !a.inline) || !attachments.isEmpty() && !isHtml();
  }

  /** Whether the body is HTML (the EWS {@code Body} then defaults to HTML). */
  public boolean isHtml() {
    return htmlBody != null;
  }

  /** The value of the first header with this name, or {@code null}. */
  public String header(String name) {
    for (Header h : headers) {
      if (h.is(name)) {
        return h.value();
      }
    }
    return null;
  }

  /** Replaces every header with this name by one header, or removes them when value is null. */
  public void setHeader(String name, String value) {
    int at = -1;
    for (int i = headers.size() - 1; i >= 0; i--) {
      if (headers.get(i).is(name)) {
        headers.remove(i);
        at = i;
      }
    }
    if (value != null) {
      headers.add(at < 0 ? headers.size() : at, new Header(name, value));
    }
  }

  public Attachment attachment(long attachmentSerial) {
    for (Attachment a : attachments) {
      if (a.serial == attachmentSerial) {
        return a;
      }
    }
    return null;
  }

  /** Adds an attachment with a fresh serial and returns it. */
  public Attachment newAttachment() {
    Attachment a = new Attachment(nextAttachmentSerial++);
    attachments.add(a);
    return a;
  }

  /** All recipients: To, Cc and Bcc. */
  public List<EmailAddress> allRecipients() {
    List<EmailAddress> all = new ArrayList<>(to);
    all.addAll(cc);
    all.addAll(bcc);
    return all;
  }

  /** Display string of a recipient list, as EWS {@code DisplayTo} has it. */
  public static String display(List<EmailAddress> list) {
    StringBuilder sb = new StringBuilder();
    for (EmailAddress a : list) {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(a.name() == null || a.name().isBlank() ? a.address() : a.name());
    }
    return sb.toString();
  }

  /** A copy of this item's content that belongs to no folder (for item attachments, exports). */
  public Item copyDetached() {
    Item c = new Item(0, null, mailbox);
    copyContentTo(c);
    return c;
  }

  /** Copies every content field, attachment and header into {@code target}. */
  public void copyContentTo(Item target) {
    target.kind = kind;
    target.itemClass = itemClass;
    target.subject = subject;
    target.textBody = textBody;
    target.htmlBody = htmlBody;
    target.sensitivity = sensitivity;
    target.importance = importance;
    target.categories.addAll(categories);
    target.isRead = isRead;
    target.isDraft = isDraft;
    target.isSubmitted = isSubmitted;
    target.isFromMe = isFromMe;
    target.isReadReceiptRequested = isReadReceiptRequested;
    target.isDeliveryReceiptRequested = isDeliveryReceiptRequested;
    target.received = received;
    target.sent = sent;
    target.created = created;
    target.lastModified = lastModified;
    target.lastModifiedName = lastModifiedName;
    target.from = from;
    target.sender = sender;
    target.to.addAll(to);
    target.cc.addAll(cc);
    target.bcc.addAll(bcc);
    target.replyTo.addAll(replyTo);
    target.receivedBy = receivedBy;
    target.internetMessageId = internetMessageId;
    target.inReplyTo = inReplyTo;
    target.references = references;
    target.conversationTopic = conversationTopic;
    target.conversationIndex = conversationIndex;
    target.headers.addAll(headers);
    for (Attachment a : attachments) {
      target.attachments.add(a.copy());
    }
    target.nextAttachmentSerial = nextAttachmentSerial;
    target.extendedProperties.putAll(extendedProperties);
    target.contact = contact == null ? null : contact.copy();
    target.rawMime = rawMime;
  }

  /** Text used by searches: subject, bodies, addresses, attachment names, lower case. */
  public String searchableText() {
    StringBuilder sb = new StringBuilder();
    append(sb, subject);
    append(sb, textBody);
    append(sb, htmlBody == null ? null : htmlBody.replaceAll("<[^>]*>", " "));
    if (from != null) {
      append(sb, from.display());
    }
    for (EmailAddress a : allRecipients()) {
      append(sb, a.display());
    }
    for (Attachment a : attachments) {
      append(sb, a.name);
    }
    if (contact != null) {
      append(sb, contact.displayName);
      contact.emailAddresses.values().forEach(v -> append(sb, v));
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  private static void append(StringBuilder sb, String s) {
    if (s != null) {
      sb.append(s).append('\n');
    }
  }

  @Override
  public String toString() {
    return "Item{" + serial + ", " + subject + '}';
  }
}
