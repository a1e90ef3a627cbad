package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.messages.GetItem;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.EwsFields;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.EwsErrors;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** GetItem for a batch of ids (at most {@link #MAX_IDS}); one outcome per id, in order. */
final class GetItemCall extends EwsCall<ItemListReader.Items, List<ItemResult<MailItem>>> {
  /** Exchange Online charges batched items one by one; keep batches near 100. */
  static final int MAX_IDS = 100;

  private final List<String> ids;

  GetItemCall(List<String> ids, Set<ItemField> fields, ExchangeServerVersion version) {
    super(
        "GetItem",
        new GetItem(ResponseShape.items(EwsFields.uris(fields, version), false), ItemIds.of(ids)));
    if (ids.isEmpty() || ids.size() > MAX_IDS) {
      throw new IllegalArgumentException("GetItem takes 1 to " + MAX_IDS + " ids");
    }
    this.ids = List.copyOf(ids);
  }

  @Override
  public MessageReader<ItemListReader.Items> newMessageReader() {
    return new ItemListReader();
  }

  @Override
  public List<ItemResult<MailItem>> result(
      List<ResponseMessage<ItemListReader.Items>> messages, ReadContext context) {
    if (messages.size() != ids.size()) {
      throw new ResponseFormatException(
          "EWS GetItem returned " + messages.size() + " results for " + ids.size() + " ids",
          context.httpStatus(),
          null,
          context.requestId(),
          null);
    }
    List<ItemResult<MailItem>> out = new ArrayList<>(ids.size());
    for (ResponseMessage<ItemListReader.Items> m : messages) {
      String id = ids.get(m.index());
      List<MailItem> items = m.payload().items();
      if (m.isError()) {
        out.add(ItemResult.failure(id, EwsErrors.forStatus(m.status(), context, "item " + id)));
      } else if (items.isEmpty()) {
        throw new ResponseFormatException(
            "EWS GetItem succeeded for item " + id + " but returned no item", null);
      } else {
        out.add(ItemResult.success(id, items.get(0)));
      }
    }
    return out;
  }
}
