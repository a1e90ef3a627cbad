package dev.exchangesdk.testkit.model;

import java.time.Instant;

/**
 * One Tenant Allow/Block List entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param identity the entry id
 * @param listType {@code Sender}, {@code FileHash}, {@code Url}, {@code IP}
 * @param action {@code Allow} or {@code Block}
 * @param value the sender, hash, URL or address
 * @param expirationDate when it expires, or {@code null} for never
 * @param notes the notes, or {@code null}
 */
public record AllowBlockEntryInfo(
    String identity,
    String listType,
    String action,
    String value,
    Instant expirationDate,
    String notes) {}
