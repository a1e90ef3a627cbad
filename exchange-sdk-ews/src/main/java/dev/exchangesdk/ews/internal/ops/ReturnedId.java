package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The id a write operation's response message returns, if any: the new item of a move or copy
 * ({@code m:Items/t:Message/t:ItemId}; the documented examples spell it {@code t:ItemID}), a junk
 * move ({@code m:MovedItemId}), an upload ({@code m:ItemId}), the parent of a deleted or created
 * attachment ({@code m:RootItemId}, {@code t:AttachmentId/@RootItemId}) or a new folder ({@code
 * m:Folders/t:Folder/t:FolderId}).
 *
 * <p>Immutable; its reader is not thread-safe (one per response message).
 *
 * @param id the id, or {@code null} when the message carried none
 * @param changeKey its version, or {@code null}
 */
record ReturnedId(String id, String changeKey) {
  static final ReturnedId NONE = new ReturnedId(null, null);

  /** Reads the first id of any of those shapes from one response message. */
  static MessageReader<ReturnedId> reader() {
    return new MessageReader<>() {
      private ReturnedId found = NONE;

      @Override
      public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
        String name = r.getLocalName().toLowerCase(Locale.ROOT);
        switch (name) {
          case "itemid":
          case "moveditemid":
          case "folderid":
            take(XmlCursor.attribute(r, "Id"), XmlCursor.attribute(r, "ChangeKey"));
            XmlCursor.skip(r);
            break;
          case "rootitemid":
            take(XmlCursor.attribute(r, "RootItemId"), XmlCursor.attribute(r, "RootItemChangeKey"));
            XmlCursor.skip(r);
            break;
          case "items":
          case "folders":
          case "attachments":
          case "message":
          case "folder":
            // containers (and any item or folder element inside them): look inside
            XmlCursor.forEachChild(r, c -> element(c, ctx));
            break;
          default:
            if (r.getNamespaceURI() != null
                && r.getNamespaceURI().endsWith("/types")
                && found.id() == null) {
              // t:Message, t:CalendarItem, t:FileAttachment ...: the id is a child
              XmlCursor.forEachChild(r, c -> element(c, ctx));
            } else {
              XmlCursor.skip(r);
            }
        }
      }

      private void take(String id, String changeKey) {
        if (found.id() == null && id != null && !id.isBlank()) {
          found = new ReturnedId(id, changeKey);
        }
      }

      @Override
      public ReturnedId result() {
        return found;
      }
    };
  }
}
