package dev.exchangesdk.core;

/**
 * No usable response arrived: the connection failed, was reset, or timed out. {@link
 * #requestMayHaveReachedServer()} says whether the request had started to be written, which decides
 * whether a call that is not safe to repeat may be retried.
 */
public class TransportException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  private final boolean requestMayHaveReachedServer;

  public TransportException(
      String message, String requestId, boolean requestMayHaveReachedServer, Throwable cause) {
    super(message, 0, null, requestId, cause);
    this.requestMayHaveReachedServer = requestMayHaveReachedServer;
  }

  @Override
  public boolean isRetryable() {
    return true;
  }

  @Override
  public boolean requestMayHaveReachedServer() {
    return requestMayHaveReachedServer;
  }
}
