package dev.exchangesdk.core.internal.http;

import dev.exchangesdk.core.ExchangeException;
import java.io.IOException;

/**
 * Carries an SDK exception through OkHttp's interceptor chain, which only lets {@link IOException}s
 * pass; {@link HttpPipeline} unwraps it.
 */
public final class ExchangeIOException extends IOException {
  private static final long serialVersionUID = 1L;

  private final ExchangeException exception;

  public ExchangeIOException(ExchangeException exception) {
    super(exception.getMessage(), exception);
    this.exception = exception;
  }

  public ExchangeException exception() {
    return exception;
  }
}
