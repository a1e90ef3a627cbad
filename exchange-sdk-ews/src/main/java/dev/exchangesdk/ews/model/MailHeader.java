package dev.exchangesdk.ews.model;

/**
 * One internet message header, as received (names keep their case; repeated names such as {@code
 * Received} appear once per occurrence, in order).
 *
 * <p>Immutable and thread-safe.
 */
public record MailHeader(String name, String value) {}
