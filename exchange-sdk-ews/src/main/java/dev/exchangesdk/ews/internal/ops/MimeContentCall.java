package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.messages.GetItem;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.Base64Content;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** GetItem with MIME content for one item, the MIME decoded into a stream while it arrives. */
final class MimeContentCall extends EwsCall<Long, Long> {
  private final String itemId;
  private final OutputStream out;

  MimeContentCall(String itemId, OutputStream out) {
    super(
        "GetItem", new GetItem(ResponseShape.items(List.of(), true), ItemIds.of(List.of(itemId))));
    this.itemId = itemId;
    this.out = out;
  }

  @Override
  public MessageReader<Long> newMessageReader() {
    return new MessageReader<>() {
      private Long written;

      @Override
      public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
        if (!"Items".equals(r.getLocalName())) {
          XmlCursor.skip(r);
          return;
        }
        XmlCursor.forEachChild(
            r,
            item ->
                XmlCursor.forEachChild(
                    item,
                    c -> {
                      if (written == null && "MimeContent".equals(c.getLocalName())) {
                        written = Base64Content.copy(c, out, ctx);
                      } else {
                        XmlCursor.skip(c);
                      }
                    }));
      }

      @Override
      public Long result() {
        return written;
      }
    };
  }

  @Override
  public Long result(List<ResponseMessage<Long>> messages, ReadContext context) {
    Long written = single(messages, context, "item " + itemId);
    if (written == null) {
      throw new ResponseFormatException(
          "EWS GetItem returned no MIME content for item " + itemId, null);
    }
    return written;
  }
}
