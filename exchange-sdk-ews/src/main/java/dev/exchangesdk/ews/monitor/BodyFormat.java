package dev.exchangesdk.ews.monitor;

/**
 * Which body a mail event presents as its main text (the pack's {@code Email/format}). Immutable
 * and thread-safe.
 */
public enum BodyFormat {
  /** The mail has a plain-text body. */
  TEXT,
  /** The mail has only an HTML body. */
  HTML
}
