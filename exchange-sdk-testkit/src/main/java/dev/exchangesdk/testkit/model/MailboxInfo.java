package dev.exchangesdk.testkit.model;

import java.util.UUID;

/**
 * A mailbox of the fake tenant.
 *
 * <p>Immutable and thread-safe.
 *
 * @param address the primary SMTP address
 * @param displayName the display name
 * @param recipientTypeDetails {@code UserMailbox} or {@code SharedMailbox}
 * @param exchangeGuid the mailbox GUID
 */
public record MailboxInfo(
    String address, String displayName, String recipientTypeDetails, UUID exchangeGuid) {}
