package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.core.ExchangeException;

/** A {@link CheckpointStore} could not read or write a checkpoint. */
public class CheckpointException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  public CheckpointException(String message, Throwable cause) {
    super(message, 0, null, null, cause);
  }

  public CheckpointException(String message) {
    this(message, null);
  }
}
