package dev.exchangesdk.ews.internal.transport;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.internal.http.Idempotency;
import java.util.List;
import java.util.Objects;

/**
 * One EWS operation call: the request element to send and how its response messages become the
 * result. Subclass it per operation (see {@code docs/DEVELOPING.md}, "EWS").
 *
 * @param <T> what one response message's payload is read into
 * @param <R> the result of the whole call
 */
public abstract class EwsCall<T, R> {
  private final String operation;
  private final Object request;

  /**
   * @param operation the EWS operation name, for logs and errors ({@code "GetItem"})
   * @param request the JAXB request element (a class in {@code internal.bind.messages})
   */
  protected EwsCall(String operation, Object request) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.request = Objects.requireNonNull(request, "request");
  }

  public final String operation() {
    return operation;
  }

  public final Object request() {
    return request;
  }

  /**
   * {@link Idempotency#NOT_IDEMPOTENT} for calls that must not run twice (sending mail): they are
   * retried only when the request never left the client.
   */
  public Idempotency idempotency() {
    return Idempotency.IDEMPOTENT;
  }

  /**
   * Whether a response message failing with a transient code ({@code ErrorServerBusy}, {@code
   * ErrorInternalServerTransientError} ...) makes the whole call be repeated. True by default;
   * calls whose other messages must not be repeated turn it off and report the failure per item.
   */
  public boolean retriesFailedMessages() {
    return idempotency() == Idempotency.IDEMPOTENT;
  }

  /**
   * Whether the server may cut the response short and mark it with {@code === Truncated Data ===}
   * (ExportItems): such a response is then retried as transient instead of reported as malformed.
   */
  public boolean mayBeTruncated() {
    return false;
  }

  /** A fresh reader for the payload of one response message. */
  public abstract MessageReader<T> newMessageReader();

  /** The call's result from all its response messages, in request order. */
  public abstract R result(List<ResponseMessage<T>> messages, ReadContext context);

  /**
   * The payload of the only message, or the exception for its failure. For calls that send one id
   * and want a typed exception rather than a per-item outcome.
   */
  protected static <T> T single(
      List<ResponseMessage<T>> messages, ReadContext context, String subject) {
    if (messages.size() != 1) {
      throw new ResponseFormatException(
          "EWS "
              + context.operation()
              + " returned "
              + messages.size()
              + " response messages for one request",
          context.httpStatus(),
          null,
          context.requestId(),
          null);
    }
    ResponseMessage<T> m = messages.get(0);
    if (m.isError()) {
      throw EwsErrors.forStatus(m.status(), context, subject);
    }
    return m.payload();
  }
}
