package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.EwsErrors;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.model.ItemResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A write call on a batch of ids (DeleteItem, MoveItem, CopyItem, UpdateItem, MarkAsJunk,
 * DeleteAttachment, SendItem): one response message per id, in order, each mapped to the id it
 * returned or to the typed error for that id alone.
 *
 * <p>A transient failure of one message (ErrorServerBusy for one item) is reported for that id
 * rather than repeating the whole batch, which would apply the other items' changes twice (a moved
 * item would then come back as not found); the caller can repeat the failed ids, whose exception
 * {@link dev.exchangesdk.core.ExchangeException#isRetryable() is retryable}. Calls whose repetition
 * has the same effect (setting a flag) let the pipeline repeat them instead.
 *
 * <p>Immutable; the transport makes a fresh reader per response message, so a call may be sent from
 * any thread.
 */
final class PerIdCall extends EwsCall<ReturnedId, List<ItemResult<ReturnedId>>> {
  /** Exchange Online charges batched items one by one; keep batches near 100. */
  static final int MAX_IDS = 100;

  private final List<String> ids;
  private final String noun;
  private final Idempotency idempotency;
  private final boolean repeatable;

  /**
   * @param noun what an id names, for error messages ({@code "item"}, {@code "attachment"})
   * @param repeatable whether repeating the whole call has the same effect as making it once
   */
  PerIdCall(
      String operation,
      Object request,
      List<String> ids,
      String noun,
      Idempotency idempotency,
      boolean repeatable) {
    super(operation, request);
    if (ids.isEmpty() || ids.size() > MAX_IDS) {
      throw new IllegalArgumentException(operation + " takes 1 to " + MAX_IDS + " ids");
    }
    this.ids = List.copyOf(ids);
    this.noun = noun;
    this.idempotency = idempotency;
    this.repeatable = repeatable;
  }

  @Override
  public Idempotency idempotency() {
    return idempotency;
  }

  @Override
  public boolean retriesFailedMessages() {
    return repeatable && idempotency == Idempotency.IDEMPOTENT;
  }

  @Override
  public MessageReader<ReturnedId> newMessageReader() {
    return ReturnedId.reader();
  }

  @Override
  public List<ItemResult<ReturnedId>> result(
      List<ResponseMessage<ReturnedId>> messages, ReadContext context) {
    if (messages.size() != ids.size()) {
      throw new ResponseFormatException(
          "EWS "
              + operation()
              + " returned "
              + messages.size()
              + " results for "
              + ids.size()
              + " ids",
          context.httpStatus(),
          null,
          context.requestId(),
          null);
    }
    List<ItemResult<ReturnedId>> out = new ArrayList<>(ids.size());
    for (ResponseMessage<ReturnedId> m : messages) {
      String id = ids.get(m.index());
      out.add(
          m.isError()
              ? ItemResult.failure(id, EwsErrors.forStatus(m.status(), context, noun + " " + id))
              : ItemResult.success(id, m.payload()));
    }
    return out;
  }
}
