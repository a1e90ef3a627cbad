package dev.exchangesdk.ews.internal.write;

import dev.exchangesdk.ews.model.OutgoingAttachment;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * {@code m:CreateAttachment}: file attachments added to a saved item, content streamed.
 *
 * <p>Immutable; thread-safe when its attachments are (stream attachments can be written once).
 */
public final class CreateAttachmentRequest implements StreamedRequest {
  private final String itemId;
  private final String changeKey;
  private final List<OutgoingAttachment> attachments;

  public CreateAttachmentRequest(
      String itemId, String changeKey, List<OutgoingAttachment> attachments) {
    if (attachments.isEmpty()) {
      throw new IllegalArgumentException("CreateAttachment needs at least one attachment");
    }
    this.itemId = itemId;
    this.changeKey = changeKey;
    this.attachments = List.copyOf(attachments);
  }

  @Override
  public String elementName() {
    return "CreateAttachment";
  }

  @Override
  public void write(XmlOut x) throws XMLStreamException, IOException {
    x.m("CreateAttachment");
    x.mEmpty("ParentItemId").attribute("Id", itemId).attribute("ChangeKey", changeKey);
    x.m("Attachments");
    for (OutgoingAttachment a : attachments) {
      MessageXml.fileAttachment(x, a);
    }
    x.end();
    x.end();
  }

  @Override
  public String toString() {
    return "CreateAttachment(" + attachments.size() + " attachments)";
  }
}
