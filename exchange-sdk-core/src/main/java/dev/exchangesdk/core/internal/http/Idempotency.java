package dev.exchangesdk.core.internal.http;

/** Whether a call may be repeated after its request may have reached the server. */
public enum Idempotency {
  /** Reads, and writes whose repetition has the same effect (set a flag, move by id). */
  IDEMPOTENT,
  /**
   * Calls whose repetition would do the work twice (sending mail). Retried only when the request
   * never left the client; the request body is also made one-shot so OkHttp never replays it.
   */
  NOT_IDEMPOTENT
}
