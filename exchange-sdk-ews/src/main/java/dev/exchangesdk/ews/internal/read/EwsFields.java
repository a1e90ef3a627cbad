package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.model.ItemField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which EWS property paths ({@code FieldURI}) bring each {@link ItemField}. */
public final class EwsFields {
  private static final Map<ItemField, String> URIS = new EnumMap<>(ItemField.class);

  /** Fields FindItem and SyncFolderItems cannot return: they need GetItem. */
  private static final Set<ItemField> DETAIL =
      EnumSet.of(
          ItemField.TO,
          ItemField.CC,
          ItemField.BCC,
          ItemField.REPLY_TO,
          ItemField.HEADERS,
          ItemField.TEXT_BODY,
          ItemField.HTML_BODY,
          ItemField.ATTACHMENTS);

  static {
    URIS.put(ItemField.PARENT_FOLDER_ID, "item:ParentFolderId");
    URIS.put(ItemField.ITEM_CLASS, "item:ItemClass");
    URIS.put(ItemField.SUBJECT, "item:Subject");
    URIS.put(ItemField.MESSAGE_ID, "message:InternetMessageId");
    URIS.put(ItemField.CONVERSATION_ID, "item:ConversationId");
    URIS.put(ItemField.FROM, "message:From");
    URIS.put(ItemField.SENDER, "message:Sender");
    URIS.put(ItemField.TO, "message:ToRecipients");
    URIS.put(ItemField.CC, "message:CcRecipients");
    URIS.put(ItemField.BCC, "message:BccRecipients");
    URIS.put(ItemField.REPLY_TO, "message:ReplyTo");
    URIS.put(ItemField.RECEIVED_BY, "message:ReceivedBy");
    URIS.put(ItemField.RECEIVED_AT, "item:DateTimeReceived");
    URIS.put(ItemField.SENT_AT, "item:DateTimeSent");
    URIS.put(ItemField.CREATED_AT, "item:DateTimeCreated");
    URIS.put(ItemField.LAST_MODIFIED_AT, "item:LastModifiedTime");
    URIS.put(ItemField.SIZE, "item:Size");
    URIS.put(ItemField.READ, "message:IsRead");
    URIS.put(ItemField.IMPORTANCE, "item:Importance");
    URIS.put(ItemField.HAS_ATTACHMENTS, "item:HasAttachments");
    URIS.put(ItemField.CATEGORIES, "item:Categories");
    URIS.put(ItemField.HEADERS, "item:InternetMessageHeaders");
    URIS.put(ItemField.TEXT_BODY, "item:TextBody");
    URIS.put(ItemField.HTML_BODY, "item:Body");
    URIS.put(ItemField.ATTACHMENTS, "item:Attachments");
    URIS.put(ItemField.IN_REPLY_TO, "item:InReplyTo");
    URIS.put(ItemField.REFERENCES, "message:References");
  }

  private EwsFields() {}

  /** The field URIs for {@code fields}, item class always included, in a stable order. */
  public static List<String> uris(Set<ItemField> fields, ExchangeServerVersion version) {
    List<String> out = new ArrayList<>();
    for (ItemField f : ItemField.values()) {
      boolean wanted = fields.contains(f) || f == ItemField.ITEM_CLASS;
      if (!wanted || !URIS.containsKey(f)) {
        continue;
      }
      if (f == ItemField.TEXT_BODY && !version.atLeast(ExchangeServerVersion.EXCHANGE_2013)) {
        continue; // item:TextBody arrived with Exchange 2013
      }
      out.add(URIS.get(f));
    }
    return out;
  }

  /** The field URI of a sortable or filterable field. */
  public static String uri(ItemField field) {
    String u = URIS.get(field);
    if (u == null) {
      throw new IllegalArgumentException("No EWS property for " + field);
    }
    return u;
  }

  /** The subset of {@code fields} that only GetItem returns. */
  public static Set<ItemField> detailFields(Set<ItemField> fields) {
    EnumSet<ItemField> d = EnumSet.noneOf(ItemField.class);
    for (ItemField f : fields) {
      if (DETAIL.contains(f)) {
        d.add(f);
      }
    }
    return d;
  }

  /** {@code fields} without the ones only GetItem returns. */
  public static Set<ItemField> listableFields(Set<ItemField> fields) {
    EnumSet<ItemField> l = EnumSet.noneOf(ItemField.class);
    for (ItemField f : fields) {
      if (!DETAIL.contains(f)) {
        l.add(f);
      }
    }
    return l;
  }
}
