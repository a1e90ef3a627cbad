package dev.exchangesdk.ews.internal.transport;

/**
 * One response message of an EWS response, in request order: its status and what the operation's
 * {@link MessageReader} made of its payload.
 *
 * @param index position in the response (0-based; matches the position in the request)
 */
public record ResponseMessage<T>(int index, ResponseStatus status, T payload) {

  public boolean isError() {
    return status.isError();
  }
}
