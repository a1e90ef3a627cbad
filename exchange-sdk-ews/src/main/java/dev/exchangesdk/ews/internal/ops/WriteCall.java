package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.EwsErrors;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A write that must succeed as a whole (CreateItem, CreateAttachment, UploadItems): the first
 * failed response message throws its typed exception; otherwise the ids the messages returned.
 *
 * <p>Immutable; readers are made per response message.
 */
final class WriteCall extends EwsCall<ReturnedId, List<ReturnedId>> {
  private final Idempotency idempotency;
  private final String subject;

  WriteCall(String operation, Object request, Idempotency idempotency, String subject) {
    super(operation, request);
    this.idempotency = idempotency;
    this.subject = subject;
  }

  @Override
  public Idempotency idempotency() {
    return idempotency;
  }

  @Override
  public MessageReader<ReturnedId> newMessageReader() {
    return ReturnedId.reader();
  }

  @Override
  public List<ReturnedId> result(List<ResponseMessage<ReturnedId>> messages, ReadContext context) {
    if (messages.isEmpty()) {
      single(messages, context, subject); // throws: a write answers with at least one message
    }
    List<ReturnedId> out = new ArrayList<>(messages.size());
    for (ResponseMessage<ReturnedId> m : messages) {
      if (m.isError()) {
        throw EwsErrors.forStatus(m.status(), context, subject);
      }
      out.add(m.payload());
    }
    return out;
  }
}
