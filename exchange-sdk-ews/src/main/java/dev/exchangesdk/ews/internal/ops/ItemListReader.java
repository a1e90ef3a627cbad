package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.read.ItemXmlReader;
import dev.exchangesdk.ews.internal.read.RootFolderInfo;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.MailItem;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the items of a FindItem ({@code m:RootFolder/t:Items}) or GetItem ({@code m:Items})
 * response message.
 */
final class ItemListReader implements MessageReader<ItemListReader.Items> {
  /** The items of one message and, for FindItem, the paging attributes. */
  record Items(List<MailItem> items, RootFolderInfo page) {}

  private final List<MailItem> items = new ArrayList<>();
  private RootFolderInfo page;

  @Override
  public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
    switch (r.getLocalName()) {
      case "RootFolder":
        page = RootFolderInfo.of(r);
        XmlCursor.forEachChild(r, c -> element(c, ctx));
        break;
      case "Items":
        XmlCursor.forEachChild(r, item -> items.add(ItemXmlReader.read(item)));
        break;
      default:
        XmlCursor.skip(r);
    }
  }

  @Override
  public Items result() {
    return new Items(items, page);
  }
}
