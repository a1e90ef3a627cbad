package dev.exchangesdk.testkit.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One message-trace record, as {@code Get-MessageTraceV2} returns it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param messageTraceId the trace id (one per message)
 * @param messageId the Internet Message-ID
 * @param received when the service received the message
 * @param senderAddress the sender
 * @param recipientAddress one recipient
 * @param subject the subject
 * @param status {@code Delivered}, {@code Failed}, {@code Expanded}, {@code Quarantined}, {@code
 *     FilteredAsSpam}, ...
 * @param toIp the receiving server's IP for outbound mail, or {@code null}
 * @param fromIp the sending IP for inbound mail, or {@code null}
 * @param size the message size in bytes
 */
public record MessageTraceRecord(
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
