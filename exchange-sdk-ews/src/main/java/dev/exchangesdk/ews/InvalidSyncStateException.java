package dev.exchangesdk.ews;

import dev.exchangesdk.core.InvalidRequestException;

/**
 * The server no longer accepts the sync state of an incremental synchronization ({@code
 * ErrorInvalidSyncStateData}): the state is corrupt, too old, or belongs to another folder. Start
 * over with a full synchronization (no sync state) and reconcile what was already seen.
 */
public class InvalidSyncStateException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  public InvalidSyncStateException(
      String message, int statusCode, String errorCode, String requestId) {
    super(message, statusCode, errorCode, requestId, null);
  }
}
