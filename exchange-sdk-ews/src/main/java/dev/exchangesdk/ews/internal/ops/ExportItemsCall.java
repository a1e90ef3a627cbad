package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.messages.ExportItems;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.read.Base64Content;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ExportItems for one item, its data decoded into a spool file while it arrives. The file is
 * rewritten from the start on every attempt, so the call stays repeatable: a response cut short
 * with {@code === Truncated Data ===} is retried like any transient failure.
 *
 * <p>Immutable; readers are made per response message (each attempt rewrites the spool file).
 */
final class ExportItemsCall extends EwsCall<Long, Long> {
  private final String itemId;
  private final Path spool;

  ExportItemsCall(String itemId, Path spool) {
    super("ExportItems", new ExportItems(ItemIds.of(List.of(itemId))));
    this.itemId = itemId;
    this.spool = spool;
  }

  @Override
  public boolean mayBeTruncated() {
    return true;
  }

  @Override
  public MessageReader<Long> newMessageReader() {
    return new MessageReader<>() {
      private Long written;

      @Override
      public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
        if (!"Data".equals(r.getLocalName()) || written != null) {
          XmlCursor.skip(r);
          return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(spool), 65536)) {
          written = Base64Content.decodeInto(r, out);
        } catch (IOException e) {
          throw new ExchangeException(
              "Cannot write the exported item to " + spool + ": " + e.getMessage(), e);
        }
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
          "EWS ExportItems returned no data for item " + itemId,
          context.httpStatus(),
          null,
          context.requestId(),
          null);
    }
    return written;
  }
}
