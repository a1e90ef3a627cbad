package dev.exchangesdk.ews.internal.write;

import java.io.IOException;
import javax.xml.stream.XMLStreamException;

/**
 * {@code m:UploadItems}: one item from an ExportItems stream, created new in a folder; the data is
 * read from its source (a spooled file) while the request is written.
 *
 * <p>Immutable; thread-safe when its data source is.
 */
public final class UploadItemsRequest implements StreamedRequest {
  private final String folderId;
  private final ContentSource data;

  public UploadItemsRequest(String folderId, ContentSource data) {
    this.folderId = folderId;
    this.data = data;
  }

  @Override
  public String elementName() {
    return "UploadItems";
  }

  @Override
  public void write(XmlOut x) throws XMLStreamException, IOException {
    x.m("UploadItems");
    x.m("Items");
    x.t("Item").attribute("CreateAction", "CreateNew");
    x.tEmpty("ParentFolderId").attribute("Id", folderId);
    x.t("Data");
    x.base64(data);
    x.end();
    x.end();
    x.end();
    x.end();
  }

  @Override
  public String toString() {
    return "UploadItems(CreateNew)";
  }
}
