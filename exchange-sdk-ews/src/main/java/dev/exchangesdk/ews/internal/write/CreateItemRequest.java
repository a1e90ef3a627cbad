package dev.exchangesdk.ews.internal.write;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/**
 * {@code m:CreateItem} for outgoing mail, written while it is sent: a new message (sent at once, or
 * saved as a draft), a reply draft, or a MIME upload into a folder.
 *
 * <p>Immutable; thread-safe when its content sources are (stream attachments can be written once).
 */
public final class CreateItemRequest implements StreamedRequest {
  /** What goes inside {@code m:Items}. */
  @FunctionalInterface
  interface ItemWriter {
    void write(XmlOut x) throws XMLStreamException, IOException;
  }

  private final String disposition;
  private final TargetFolder savedItemFolder;
  private final ItemWriter item;
  private final String description;

  private CreateItemRequest(
      String disposition, TargetFolder savedItemFolder, ItemWriter item, String description) {
    this.disposition = disposition;
    this.savedItemFolder = savedItemFolder;
    this.item = item;
    this.description = description;
  }

  /**
   * A new message sent at once ({@code SendAndSaveCopy} into Sent Items, or {@code SendOnly}), with
   * its attachments.
   */
  public static CreateItemRequest send(MailContent content) {
    boolean save = content.message().saveCopy();
    return new CreateItemRequest(
        save ? "SendAndSaveCopy" : "SendOnly",
        save ? TargetFolder.wellKnown("sentitems") : null,
        x -> MessageXml.message(x, content, true),
        "a new message");
  }

  /** A new message saved in Drafts without its attachments, to be completed and sent. */
  public static CreateItemRequest draft(MailContent content) {
    return new CreateItemRequest(
        "SaveOnly",
        TargetFolder.wellKnown("drafts"),
        x -> MessageXml.message(x, content, false),
        "a draft");
  }

  /**
   * A reply: sent at once when nothing needs adding, else saved in Drafts.
   *
   * @param replyAll {@code ReplyAllToItem} rather than {@code ReplyToItem}
   */
  public static CreateItemRequest reply(
      MailContent content,
      boolean replyAll,
      String subject,
      String itemId,
      String changeKey,
      boolean sendNow) {
    boolean save = content.message().saveCopy();
    String disposition = !sendNow ? "SaveOnly" : save ? "SendAndSaveCopy" : "SendOnly";
    TargetFolder folder =
        !sendNow
            ? TargetFolder.wellKnown("drafts")
            : save ? TargetFolder.wellKnown("sentitems") : null;
    String element = replyAll ? "ReplyAllToItem" : "ReplyToItem";
    return new CreateItemRequest(
        disposition,
        folder,
        x -> MessageXml.reply(x, element, content, subject, itemId, changeKey),
        "a reply");
  }

  /**
   * A message made from MIME in a folder (not a draft: its flags say read or unread), for moving an
   * item to another mailbox when ExportItems is not available.
   */
  public static CreateItemRequest mimeUpload(
      ContentSource mime, TargetFolder folder, boolean read) {
    return new CreateItemRequest(
        "SaveOnly",
        folder,
        x -> {
          x.t("Message");
          x.t("MimeContent").attribute("CharacterSet", "UTF-8");
          x.base64(mime);
          x.end();
          MessageXml.messageFlags(x, read);
          x.end();
        },
        "a MIME upload");
  }

  @Override
  public String elementName() {
    return "CreateItem";
  }

  @Override
  public void write(XmlOut x) throws XMLStreamException, IOException {
    x.m("CreateItem").attribute("MessageDisposition", disposition);
    if (savedItemFolder != null) {
      x.m("SavedItemFolderId");
      savedItemFolder.write(x);
      x.end();
    }
    x.m("Items");
    item.write(x);
    x.end();
    x.end();
  }

  @Override
  public String toString() {
    return "CreateItem(" + disposition + ", " + description + ")";
  }
}
