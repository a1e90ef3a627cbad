package dev.exchangesdk.testkit;

/**
 * The kinds of endpoint FakeExchange serves; faults are injected per kind.
 *
 * <p>Immutable and thread-safe.
 */
public enum Endpoint {
  /** The identity platform token endpoint ({@code /{tenant}/oauth2/v2.0/token}). */
  TOKEN,
  /** EWS ({@code /EWS/Exchange.asmx}). */
  EWS,
  /** The Exchange Online admin REST endpoint ({@code /adminapi/beta/{tenant}/InvokeCommand}). */
  ADMIN,
  /** Security &amp; Compliance: the host discovery endpoint and the regional InvokeCommand. */
  COMPLIANCE
}
