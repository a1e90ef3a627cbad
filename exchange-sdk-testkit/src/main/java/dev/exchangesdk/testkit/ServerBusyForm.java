package dev.exchangesdk.testkit;

/**
 * The two shapes in which EWS reports {@code ErrorServerBusy}; clients must handle both.
 *
 * <p>Immutable and thread-safe.
 */
public enum ServerBusyForm {
  /** HTTP 500 with a SOAP fault whose detail carries {@code BackOffMilliseconds}. */
  SOAP_FAULT,
  /** HTTP 200 with a response message {@code ResponseCode=ErrorServerBusy} and the back-off. */
  RESPONSE_MESSAGE
}
