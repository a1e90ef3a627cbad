package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.InvalidRequestException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The item properties a caller can ask for; each fills the {@link MailItem} component of the same
 * meaning. {@link #packName()} is the field name the XSOAR pack uses ({@code selected-fields}).
 *
 * <p>The id, change key and item class always come back. Recipients, headers, bodies and
 * attachments cannot be listed in bulk by EWS: asking for them makes a listing fetch each page's
 * items in batches (more calls, still paged).
 *
 * <p>Immutable and thread-safe.
 */
public enum ItemField {
  ID("itemId"),
  PARENT_FOLDER_ID("parentFolderId"),
  ITEM_CLASS("itemClass"),
  SUBJECT("subject"),
  MESSAGE_ID("messageId"),
  CONVERSATION_ID("conversationId"),
  FROM("author"),
  SENDER("sender"),
  TO("toRecipients"),
  CC("ccRecipients"),
  BCC("bccRecipients"),
  REPLY_TO("replyTo"),
  RECEIVED_BY("receivedBy"),
  RECEIVED_AT("datetimeReceived"),
  SENT_AT("datetimeSent"),
  CREATED_AT("datetimeCreated"),
  LAST_MODIFIED_AT("lastModifiedTime"),
  SIZE("size"),
  READ("isRead"),
  IMPORTANCE("importance"),
  HAS_ATTACHMENTS("hasAttachments"),
  CATEGORIES("categories"),
  HEADERS("headers"),
  TEXT_BODY("textBody"),
  HTML_BODY("body"),
  ATTACHMENTS("attachments"),
  IN_REPLY_TO("inReplyTo"),
  REFERENCES("references");

  private static final Set<ItemField> SUMMARY =
      Collections.unmodifiableSet(
          EnumSet.of(
              ID,
              PARENT_FOLDER_ID,
              ITEM_CLASS,
              SUBJECT,
              MESSAGE_ID,
              CONVERSATION_ID,
              FROM,
              SENDER,
              RECEIVED_BY,
              RECEIVED_AT,
              SENT_AT,
              CREATED_AT,
              LAST_MODIFIED_AT,
              SIZE,
              READ,
              IMPORTANCE,
              HAS_ATTACHMENTS,
              CATEGORIES));

  private final String packName;

  ItemField(String packName) {
    this.packName = packName;
  }

  /** The pack's name for the field, e.g. {@code datetimeReceived}. */
  public String packName() {
    return packName;
  }

  /** Every field. */
  public static Set<ItemField> all() {
    return Collections.unmodifiableSet(EnumSet.allOf(ItemField.class));
  }

  /**
   * The fields a folder listing returns cheaply: everything but recipients lists, headers, bodies
   * and attachments.
   */
  public static Set<ItemField> summary() {
    return SUMMARY;
  }

  /**
   * A field by its pack name ({@code datetimeReceived}, {@code author}, {@code body} ...) or
   * constant name ({@code RECEIVED_AT}), ignoring case. The pack's {@code FileAttachments} and
   * {@code ItemAttachments} both mean {@link #ATTACHMENTS}.
   *
   * @throws InvalidRequestException for an unknown name, listing the valid ones
   */
  public static ItemField fromName(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (ItemField f : values()) {
      if (f.packName.toLowerCase(Locale.ROOT).equals(n)
          || f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    switch (n) {
      case "fileattachments":
      case "itemattachments":
        return ATTACHMENTS;
      case "from":
        return FROM;
      case "html":
        return HTML_BODY;
      case "text":
        return TEXT_BODY;
      default:
        throw new InvalidRequestException(
            "Invalid field name '" + name + "'; valid names are " + validNames());
    }
  }

  /**
   * The fields named, as the pack's {@code selected-fields} takes them: {@code all} (or nothing)
   * means every field.
   *
   * @throws InvalidRequestException naming the first unknown field
   */
  public static Set<ItemField> fromNames(Collection<String> names) {
    if (names == null || names.isEmpty()) {
      return all();
    }
    EnumSet<ItemField> out = EnumSet.noneOf(ItemField.class);
    for (String n : names) {
      if (n != null && n.strip().equalsIgnoreCase("all")) {
        return all();
      }
      out.add(fromName(n));
    }
    return Collections.unmodifiableSet(out);
  }

  private static String validNames() {
    List<String> names = new ArrayList<>();
    for (ItemField f : values()) {
      names.add(f.packName);
    }
    return String.join(", ", names);
  }
}
