package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.messages.SyncFolderItems;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.EwsFields;
import dev.exchangesdk.ews.internal.read.ItemXmlReader;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.ItemChange;
import dev.exchangesdk.ews.model.ItemChanges;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.MailItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * SyncFolderItems: the changes in one folder since a sync state ({@code null} for the first call).
 * {@code ErrorInvalidSyncStateData} surfaces as {@link
 * dev.exchangesdk.ews.InvalidSyncStateException}.
 */
final class SyncFolderItemsCall extends EwsCall<ItemChanges, ItemChanges> {
  /** The schema's bounds on {@code MaxChangesReturned}. */
  static final int MAX_CHANGES = 512;

  private final String subject;

  SyncFolderItemsCall(
      BaseFolderId folder,
      String syncState,
      int maxChanges,
      Set<ItemField> fields,
      ExchangeServerVersion version,
      String subject) {
    super(
        "SyncFolderItems",
        new SyncFolderItems(
            ResponseShape.items(EwsFields.uris(fields, version), false),
            FolderIds.of(folder),
            syncState,
            maxChanges));
    this.subject = subject;
  }

  @Override
  public MessageReader<ItemChanges> newMessageReader() {
    return new ChangesReader();
  }

  @Override
  public ItemChanges result(List<ResponseMessage<ItemChanges>> messages, ReadContext context) {
    return single(messages, context, subject);
  }

  private static final class ChangesReader implements MessageReader<ItemChanges> {
    private final List<ItemChange> changes = new ArrayList<>();
    private String syncState;
    private boolean complete;

    @Override
    public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
      switch (r.getLocalName()) {
        case "SyncState":
          syncState = XmlCursor.text(r, XmlCursor.MAX_BODY).strip();
          break;
        case "IncludesLastItemInRange":
          complete = Boolean.TRUE.equals(XmlCursor.booleanText(r));
          break;
        case "Changes":
          XmlCursor.forEachChild(r, this::change);
          break;
        default:
          XmlCursor.skip(r);
      }
    }

    private void change(XMLStreamReader r) throws XMLStreamException {
      String kind = r.getLocalName();
      ItemChange.Type type;
      switch (kind) {
        case "Create":
          type = ItemChange.Type.CREATE;
          break;
        case "Update":
          type = ItemChange.Type.UPDATE;
          break;
        case "Delete":
          type = ItemChange.Type.DELETE;
          break;
        case "ReadFlagChange":
          type = ItemChange.Type.READ_FLAG_CHANGE;
          break;
        default:
          XmlCursor.skip(r);
          return;
      }
      String[] id = new String[2];
      MailItem[] item = new MailItem[1];
      Boolean[] read = new Boolean[1];
      XmlCursor.forEachChild(
          r,
          c -> {
            switch (c.getLocalName()) {
              case "ItemId":
                id[0] = XmlCursor.attribute(c, "Id");
                id[1] = XmlCursor.attribute(c, "ChangeKey");
                XmlCursor.skip(c);
                break;
              case "IsRead":
                read[0] = XmlCursor.booleanText(c);
                break;
              default:
                // Create and Update hold one item element of any item type.
                item[0] = ItemXmlReader.read(c);
            }
          });
      if (item[0] != null) {
        id[0] = item[0].id();
        id[1] = item[0].changeKey();
      }
      changes.add(new ItemChange(type, id[0], id[1], item[0], read[0]));
    }

    @Override
    public ItemChanges result() {
      return new ItemChanges(changes, syncState, complete);
    }
  }
}
