package dev.exchangesdk.ews.model;

/**
 * One keyed value of a contact: an e-mail address ({@code EmailAddress1}..{@code 3}) or a phone
 * number ({@code BusinessPhone}, {@code MobilePhone} ...).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the slot, e.g. {@code EmailAddress1} or {@code MobilePhone}
 * @param value the value as stored (directory addresses may carry a prefix such as {@code SMTP:})
 */
public record ContactEntry(String key, String value) {}
