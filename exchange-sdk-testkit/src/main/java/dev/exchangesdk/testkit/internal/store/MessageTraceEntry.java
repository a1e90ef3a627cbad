package dev.exchangesdk.testkit.internal.store;

import java.time.Instant;
import java.util.UUID;

/**
 * One message-trace record (one message to one recipient), as {@code Get-MessageTraceV2} returns
 * it.
 *
 * <p>Immutable and thread-safe.
 */
public record MessageTraceEntry(
    UUID messageTraceId,
    String messageId,
    Instant received,
    String senderAddress,
    String recipientAddress,
    String subject,
    String status,
    String toIp,
    String fromIp,
    int size) {}
