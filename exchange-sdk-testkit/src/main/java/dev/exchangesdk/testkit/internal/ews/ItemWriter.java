package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.mime.HtmlText;
import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Header;
import dev.exchangesdk.testkit.internal.store.Ids;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * Writes items ({@code t:Message}, {@code t:Contact}) with exactly the properties a shape asks for,
 * in the element order of {@code types.xsd}, with Exchange Online's defaults for the {@code
 * Default} and {@code AllProperties} shapes. FindItem and SyncFolderItems cannot return bodies,
 * MIME, attachments or recipient lists, as on the real service.
 *
 * <p>Stateless and thread-safe; called under the tenant lock.
 */
final class ItemWriter {
  /** Where an item is being written; decides defaults and what is allowed. */
  enum Context {
    FIND,
    GET,
    EMBEDDED
  }

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

  /** Message properties in schema order (ItemType, then MessageType). */
  enum P {
    MIME("item:MimeContent"),
    ITEM_ID("item:ItemId"),
    PARENT_FOLDER_ID("item:ParentFolderId"),
    ITEM_CLASS("item:ItemClass"),
    SUBJECT("item:Subject"),
    SENSITIVITY("item:Sensitivity"),
    BODY("item:Body"),
    ATTACHMENTS("item:Attachments"),
    RECEIVED("item:DateTimeReceived"),
    SIZE("item:Size"),
    CATEGORIES("item:Categories"),
    IMPORTANCE("item:Importance"),
    IN_REPLY_TO("item:InReplyTo"),
    IS_SUBMITTED("item:IsSubmitted"),
    IS_DRAFT("item:IsDraft"),
    IS_FROM_ME("item:IsFromMe"),
    IS_RESEND("item:IsResend"),
    IS_UNMODIFIED("item:IsUnmodified"),
    HEADERS("item:InternetMessageHeaders"),
    SENT("item:DateTimeSent"),
    CREATED("item:DateTimeCreated"),
    RESPONSE_OBJECTS("item:ResponseObjects"),
    REMINDER_IS_SET("item:ReminderIsSet"),
    DISPLAY_CC("item:DisplayCc"),
    DISPLAY_TO("item:DisplayTo"),
    DISPLAY_BCC("item:DisplayBcc"),
    HAS_ATTACHMENTS("item:HasAttachments"),
    EXTENDED(null),
    CULTURE("item:Culture"),
    EFFECTIVE_RIGHTS("item:EffectiveRights"),
    LAST_MODIFIED_NAME("item:LastModifiedName"),
    LAST_MODIFIED("item:LastModifiedTime"),
    IS_ASSOCIATED("item:IsAssociated"),
    WEB_READ("item:WebClientReadFormQueryString"),
    CONVERSATION_ID("item:ConversationId"),
    UNIQUE_BODY("item:UniqueBody"),
    PREVIEW("item:Preview"),
    TEXT_BODY("item:TextBody"),
    // MessageType
    SENDER("message:Sender"),
    TO("message:ToRecipients"),
    CC("message:CcRecipients"),
    BCC("message:BccRecipients"),
    READ_RECEIPT("message:IsReadReceiptRequested"),
    DELIVERY_RECEIPT("message:IsDeliveryReceiptRequested"),
    CONVERSATION_INDEX("message:ConversationIndex"),
    CONVERSATION_TOPIC("message:ConversationTopic"),
    FROM("message:From"),
    MESSAGE_ID("message:InternetMessageId"),
    IS_READ("message:IsRead"),
    RESPONSE_REQUESTED("message:IsResponseRequested"),
    REFERENCES("message:References"),
    REPLY_TO("message:ReplyTo"),
    RECEIVED_BY("message:ReceivedBy"),
    RECEIVED_REPRESENTING("message:ReceivedRepresenting");

    final String uri;

    P(String uri) {
      this.uri = uri;
    }

    static P of(String uri) {
      for (P p : values()) {
        if (uri.equals(p.uri)) {
          return p;
        }
      }
      return null;
    }
  }

  /** Properties FindItem and SyncFolderItems refuse (ErrorInvalidPropertyRequest). */
  private static final Set<P> NOT_IN_FIND =
      EnumSet.of(
          P.MIME,
          P.BODY,
          P.ATTACHMENTS,
          P.HEADERS,
          P.TO,
          P.CC,
          P.BCC,
          P.UNIQUE_BODY,
          P.TEXT_BODY,
          P.REPLY_TO,
          P.RESPONSE_OBJECTS);

  private static final Set<P> FIND_DEFAULT =
      EnumSet.of(
          P.ITEM_ID,
          P.PARENT_FOLDER_ID,
          P.ITEM_CLASS,
          P.SUBJECT,
          P.SENSITIVITY,
          P.RECEIVED,
          P.SIZE,
          P.IMPORTANCE,
          P.SENT,
          P.CREATED,
          P.DISPLAY_CC,
          P.DISPLAY_TO,
          P.HAS_ATTACHMENTS,
          P.FROM,
          P.IS_READ);

  private static final Set<P> FIND_ALL =
      EnumSet.of(
          P.ITEM_ID,
          P.PARENT_FOLDER_ID,
          P.ITEM_CLASS,
          P.SUBJECT,
          P.SENSITIVITY,
          P.RECEIVED,
          P.SIZE,
          P.CATEGORIES,
          P.IMPORTANCE,
          P.IN_REPLY_TO,
          P.IS_SUBMITTED,
          P.IS_DRAFT,
          P.IS_FROM_ME,
          P.IS_RESEND,
          P.IS_UNMODIFIED,
          P.SENT,
          P.CREATED,
          P.DISPLAY_CC,
          P.DISPLAY_TO,
          P.HAS_ATTACHMENTS,
          P.CULTURE,
          P.EFFECTIVE_RIGHTS,
          P.LAST_MODIFIED_NAME,
          P.LAST_MODIFIED,
          P.IS_ASSOCIATED,
          P.WEB_READ,
          P.CONVERSATION_ID,
          P.SENDER,
          P.READ_RECEIPT,
          P.CONVERSATION_INDEX,
          P.CONVERSATION_TOPIC,
          P.FROM,
          P.MESSAGE_ID,
          P.IS_READ,
          P.REFERENCES);

  private static final Set<P> GET_DEFAULT =
      EnumSet.of(
          P.ITEM_ID,
          P.SUBJECT,
          P.SENSITIVITY,
          P.BODY,
          P.ATTACHMENTS,
          P.SIZE,
          P.SENT,
          P.CREATED,
          P.RESPONSE_OBJECTS,
          P.HAS_ATTACHMENTS,
          P.TO,
          P.CC,
          P.READ_RECEIPT,
          P.DELIVERY_RECEIPT,
          P.FROM,
          P.IS_READ);

  private static final Set<P> GET_ALL = allForGet();

  private static Set<P> allForGet() {
    Set<P> s = EnumSet.copyOf(FIND_ALL);
    s.addAll(
        EnumSet.of(
            P.BODY,
            P.ATTACHMENTS,
            P.RESPONSE_OBJECTS,
            P.REMINDER_IS_SET,
            P.TO,
            P.CC,
            P.BCC,
            P.DELIVERY_RECEIPT,
            P.RESPONSE_REQUESTED,
            P.REPLY_TO,
            P.RECEIVED_BY,
            P.RECEIVED_REPRESENTING,
            P.DISPLAY_BCC));
    return s;
  }

  private ItemWriter() {}

  /**
   * Checks that a shape is valid in a context before any output is written (EWS rejects the whole
   * request in that case).
   */
  static void validate(ItemShape shape, Context ctx) throws EwsError {
    for (String uri : shape.fieldUris) {
      P p = P.of(uri);
      if (p == null) {
        if (uri.startsWith("contacts:") || uri.startsWith("folder:")) {
          continue; // contact properties are handled per item kind; folder ones are ignored
        }
        throw EwsError.invalidProperty(uri);
      }
      if (ctx == Context.FIND && NOT_IN_FIND.contains(p)) {
        throw EwsError.invalidProperty(uri);
      }
    }
    if (ctx == Context.FIND && shape.includeMime) {
      throw EwsError.invalidProperty("item:MimeContent");
    }
    if (!shape.indexedUris.isEmpty()) {
      Element e = shape.indexedUris.get(0);
      throw EwsError.invalidProperty(e.getAttribute("FieldURI"));
    }
  }

  /** Writes {@code <t:Message>} or {@code <t:Contact>} for an item in a folder. */
  static void write(XmlWriter w, Item item, ItemShape shape, Context ctx) {
    write(w, item, shape, ctx, a -> Tenant.attachmentId(item, a));
  }

  /**
   * Writes an item; {@code attachmentIds} names its attachments (an embedded item's attachments get
   * ids nested in the outer attachment's).
   */
  static void write(
      XmlWriter w,
      Item item,
      ItemShape shape,
      Context ctx,
      Function<Attachment, String> attachmentIds) {
    write(w, item, shape, ctx, attachmentIds, false);
  }

  /**
   * Writes an item for GetItem with the character reference {@code &#x1A;} (not allowed in XML 1.0)
   * at the start of every body it writes, as Exchange sends mail with control characters: the
   * response is no longer well-formed. A shape without a body writes the item as usual.
   */
  static void writeWithInvalidCharacterInBody(XmlWriter w, Item item, ItemShape shape) {
    write(w, item, shape, Context.GET, a -> Tenant.attachmentId(item, a), true);
  }

  private static void write(
      XmlWriter w,
      Item item,
      ItemShape shape,
      Context ctx,
      Function<Attachment, String> attachmentIds,
      boolean invalidCharacterInBody) {
    if (item.kind == Item.Kind.CONTACT) {
      ContactWriter.write(w, item, shape, ctx);
      return;
    }
    Set<P> props = select(shape, ctx);
    w.start("t:Message");
    for (P p : P.values()) {
      if (props.contains(p) || (p == P.EXTENDED && !shape.extendedUris.isEmpty())) {
        writeProp(w, p, item, shape, attachmentIds, invalidCharacterInBody);
      }
    }
    w.end();
  }

  private static Set<P> select(ItemShape shape, Context ctx) {
    Set<P> props = EnumSet.noneOf(P.class);
    switch (shape.base) {
      case ID_ONLY -> props.add(P.ITEM_ID);
      case DEFAULT -> props.addAll(ctx == Context.FIND ? FIND_DEFAULT : GET_DEFAULT);
      case ALL_PROPERTIES -> props.addAll(ctx == Context.FIND ? FIND_ALL : GET_ALL);
    }
    for (String uri : shape.fieldUris) {
      P p = P.of(uri);
      if (p != null) {
        props.add(p);
      }
    }
    if (shape.includeMime && ctx != Context.FIND) {
      props.add(P.MIME);
    }
    if (ctx == Context.EMBEDDED) {
      props.remove(P.ITEM_ID);
      props.remove(P.PARENT_FOLDER_ID);
      props.add(P.HEADERS);
    }
    return props;
  }

  private static void writeProp(
      XmlWriter w,
      P p,
      Item item,
      ItemShape shape,
      Function<Attachment, String> attachmentIds,
      boolean invalidCharacterInBody) {
    switch (p) {
      case MIME ->
          w.start("t:MimeContent")
              .attr("CharacterSet", "UTF-8")
              .raw(Base64.getEncoder().encodeToString(item.mime()))
              .end();
      case ITEM_ID -> itemId(w, "t:ItemId", item);
      case PARENT_FOLDER_ID -> {
        if (item.folder != null) {
          w.start("t:ParentFolderId")
              .attr("Id", item.folder.id)
              .attr("ChangeKey", item.folder.changeKey())
              .end();
        }
      }
      case ITEM_CLASS -> w.element("t:ItemClass", item.itemClass);
      case SUBJECT -> {
        if (item.subject != null) {
          w.element("t:Subject", item.subject);
        }
      }
      case SENSITIVITY -> w.element("t:Sensitivity", item.sensitivity);
      case BODY, UNIQUE_BODY ->
          body(
              w,
              p == P.BODY ? "t:Body" : "t:UniqueBody",
              item,
              shape.bodyType,
              invalidCharacterInBody);
      case TEXT_BODY -> body(w, "t:TextBody", item, "Text", invalidCharacterInBody);
      case ATTACHMENTS -> attachments(w, item, attachmentIds);
      case RECEIVED -> date(w, "t:DateTimeReceived", item.received);
      case SIZE -> w.element("t:Size", item.size());
      case CATEGORIES -> {
        if (!item.categories.isEmpty()) {
          w.start("t:Categories");
          item.categories.forEach(c -> w.element("t:String", c));
          w.end();
        }
      }
      case IMPORTANCE -> w.element("t:Importance", item.importance);
      case IN_REPLY_TO -> w.element("t:InReplyTo", item.inReplyTo);
      case IS_SUBMITTED -> w.element("t:IsSubmitted", item.isSubmitted);
      case IS_DRAFT -> w.element("t:IsDraft", item.isDraft);
      case IS_FROM_ME -> w.element("t:IsFromMe", item.isFromMe);
      case IS_RESEND -> w.element("t:IsResend", false);
      case IS_UNMODIFIED -> w.element("t:IsUnmodified", item.version == 1);
      case HEADERS -> {
        if (!item.headers.isEmpty()) {
          w.start("t:InternetMessageHeaders");
          for (Header h : item.headers) {
            w.start("t:InternetMessageHeader").attr("HeaderName", h.name()).text(h.value()).end();
          }
          w.end();
        }
      }
      case SENT -> date(w, "t:DateTimeSent", item.sent);
      case CREATED -> date(w, "t:DateTimeCreated", item.created);
      case RESPONSE_OBJECTS -> {
        w.start("t:ResponseObjects");
        if (!item.isDraft) {
          w.empty("t:ReplyToItem").empty("t:ReplyAllToItem");
        }
        w.empty("t:ForwardItem");
        w.end();
      }
      case REMINDER_IS_SET -> w.element("t:ReminderIsSet", false);
      case DISPLAY_CC -> w.element("t:DisplayCc", Item.display(item.cc));
      case DISPLAY_TO -> w.element("t:DisplayTo", Item.display(item.to));
      case DISPLAY_BCC -> w.element("t:DisplayBcc", Item.display(item.bcc));
      case HAS_ATTACHMENTS -> w.element("t:HasAttachments", item.hasAttachments());
      case EXTENDED -> extended(w, item, shape.extendedUris);
      case CULTURE -> w.element("t:Culture", "en-US");
      case EFFECTIVE_RIGHTS -> effectiveRights(w, false);
      case LAST_MODIFIED_NAME ->
          w.element(
              "t:LastModifiedName",
              item.lastModifiedName != null
                  ? item.lastModifiedName
                  : item.mailbox == null ? "Public Folders" : item.mailbox.displayName);
      case LAST_MODIFIED -> date(w, "t:LastModifiedTime", item.lastModified);
      case IS_ASSOCIATED -> w.element("t:IsAssociated", false);
      case WEB_READ -> {
        if (item.id != null) {
          w.element(
              "t:WebClientReadFormQueryString",
              "https://outlook.office365.com/owa/?ItemID="
                  + item.id
                  + "&exvsurl=1&viewmodel=ReadMessageItem");
        }
      }
      case CONVERSATION_ID -> w.start("t:ConversationId").attr("Id", conversationId(item)).end();
      case PREVIEW -> {
        String text = item.textBody != null ? item.textBody : HtmlText.toText(item.htmlBody);
        if (text != null) {
          String flat = text.replaceAll("\\s+", " ").strip();
          w.element("t:Preview", flat.length() > 255 ? flat.substring(0, 255) : flat);
        }
      }
      case SENDER -> single(w, "t:Sender", item.sender);
      case TO -> list(w, "t:ToRecipients", item.to);
      case CC -> list(w, "t:CcRecipients", item.cc);
      case BCC -> list(w, "t:BccRecipients", item.bcc);
      case READ_RECEIPT -> w.element("t:IsReadReceiptRequested", item.isReadReceiptRequested);
      case DELIVERY_RECEIPT ->
          w.element("t:IsDeliveryReceiptRequested", item.isDeliveryReceiptRequested);
      case CONVERSATION_INDEX ->
          w.element(
              "t:ConversationIndex", Base64.getEncoder().encodeToString(conversationIndex(item)));
      case CONVERSATION_TOPIC ->
          w.element(
              "t:ConversationTopic",
              item.conversationTopic != null
                  ? item.conversationTopic
                  : item.subject == null ? "" : item.subject);
      case FROM -> single(w, "t:From", item.from);
      case MESSAGE_ID -> w.element("t:InternetMessageId", item.internetMessageId);
      case IS_READ -> w.element("t:IsRead", item.isRead);
      case RESPONSE_REQUESTED -> w.element("t:IsResponseRequested", false);
      case REFERENCES -> w.element("t:References", item.references);
      case REPLY_TO -> list(w, "t:ReplyTo", item.replyTo);
      case RECEIVED_BY -> single(w, "t:ReceivedBy", item.receivedBy);
      case RECEIVED_REPRESENTING -> single(w, "t:ReceivedRepresenting", item.receivedBy);
    }
  }

  static void itemId(XmlWriter w, String element, Item item) {
    w.start(element).attr("Id", item.id).attr("ChangeKey", item.changeKey()).end();
  }

  static void date(XmlWriter w, String element, Instant t) {
    if (t != null) {
      w.element(element, UTC.format(t));
    }
  }

  static String formatDate(Instant t) {
    return UTC.format(t);
  }

  private static void body(
      XmlWriter w, String element, Item item, String requested, boolean invalidCharacter) {
    boolean html =
        switch (requested) {
          case "HTML" -> true;
          case "Text" -> false;
          default -> item.htmlBody != null;
        };
    String content;
    if (html) {
      content =
          item.htmlBody != null
              ? item.htmlBody
              : HtmlText.toHtml(item.textBody == null ? "" : item.textBody);
    } else {
      content = item.textBody != null ? item.textBody : HtmlText.toText(item.htmlBody);
    }
    w.start(element).attr("BodyType", html ? "HTML" : "Text").attr("IsTruncated", "false");
    if (invalidCharacter) {
      w.raw("&#x1A;");
    }
    w.text(content == null ? "" : content);
    w.end();
  }

  /** Attachment metadata inside an item (no content). */
  private static void attachments(XmlWriter w, Item item, Function<Attachment, String> ids) {
    if (item.attachments.isEmpty()) {
      return;
    }
    w.start("t:Attachments");
    for (Attachment a : item.attachments) {
      attachmentHead(w, ids.apply(a), a);
      w.end();
    }
    w.end();
  }

  /**
   * Starts {@code t:FileAttachment} or {@code t:ItemAttachment} and writes its metadata; the caller
   * adds content (file bytes, the embedded item) and closes the element.
   */
  static void attachmentHead(XmlWriter w, String id, Attachment a) {
    w.start(a.isFile() ? "t:FileAttachment" : "t:ItemAttachment");
    if (id != null) {
      w.start("t:AttachmentId").attr("Id", id).end();
    }
    w.element("t:Name", a.name);
    w.element("t:ContentType", a.contentType);
    w.element("t:ContentId", a.contentId);
    w.element("t:ContentLocation", a.contentLocation);
    w.element("t:Size", a.size());
    if (a.lastModified != null) {
      w.element("t:LastModifiedTime", LOCAL.format(a.lastModified));
    }
    w.element("t:IsInline", a.inline);
    if (a.isFile()) {
      w.element("t:IsContactPhoto", false);
    }
  }

  private static void single(XmlWriter w, String element, EmailAddress a) {
    if (a == null) {
      return;
    }
    w.start(element);
    mailbox(w, a);
    w.end();
  }

  private static void list(XmlWriter w, String element, List<EmailAddress> list) {
    if (list.isEmpty()) {
      return;
    }
    w.start(element);
    for (EmailAddress a : list) {
      mailbox(w, a);
    }
    w.end();
  }

  /** A {@code t:Mailbox} element. */
  static void mailbox(XmlWriter w, EmailAddress a) {
    w.start("t:Mailbox");
    w.element("t:Name", a.name() == null ? a.address() : a.name());
    w.element("t:EmailAddress", a.address());
    w.element("t:RoutingType", "SMTP");
    w.element("t:MailboxType", a.mailboxType() == null ? "OneOff" : a.mailboxType());
    w.end();
  }

  static void effectiveRights(XmlWriter w, boolean folder) {
    w.start("t:EffectiveRights");
    w.element("t:CreateAssociated", folder);
    w.element("t:CreateContents", folder);
    w.element("t:CreateHierarchy", folder);
    w.element("t:Delete", true);
    w.element("t:Modify", true);
    w.element("t:Read", true);
    if (!folder) {
      w.element("t:ViewPrivateItems", true);
    }
    w.end();
  }

  private static String conversationId(Item item) {
    String topic =
        item.conversationTopic != null
            ? item.conversationTopic
            : item.subject == null ? "" : item.subject;
    UUID owner = item.mailbox == null ? Tenant.PUBLIC_FOLDER_GUID : item.mailbox.guid;
    long h = topic.toLowerCase(Locale.ROOT).hashCode() & 0xffffffffL;
    return Ids.encode(Ids.Kind.CONVERSATION, owner, h, 0);
  }

  private static byte[] conversationIndex(Item item) {
    if (item.conversationIndex != null) {
      return item.conversationIndex;
    }
    byte[] b = new byte[22];
    b[0] = 1;
    long t = item.sent == null ? 0 : item.sent.getEpochSecond();
    for (int i = 1; i < 6; i++) {
      b[i] = (byte) (t >>> (8 * (6 - i)));
    }
    String topic =
        item.conversationTopic != null
            ? item.conversationTopic
            : item.subject == null ? "" : item.subject;
    UUID g =
        UUID.nameUUIDFromBytes(
            topic.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    java.nio.ByteBuffer.wrap(b, 6, 16)
        .putLong(g.getMostSignificantBits())
        .putLong(g.getLeastSignificantBits());
    return b;
  }

  private static void extended(XmlWriter w, Item item, List<Element> uris) {
    for (Element uri : uris) {
      List<String> values = ExtendedProps.read(item, uri);
      if (values == null) {
        continue;
      }
      w.start("t:ExtendedProperty");
      ExtendedProps.writeUri(w, uri);
      if (ExtendedProps.isArray(uri)) {
        w.start("t:Values");
        values.forEach(v -> w.element("t:Value", v));
        w.end();
      } else {
        w.element("t:Value", values.get(0));
      }
      w.end();
    }
  }
}
