package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.Map;

/**
 * One message to one recipient, as {@code Get-MessageTraceV2} reports it. Immutable and
 * thread-safe.
 *
 * @param messageId the Message-ID header
 * @param received when the service received it (UTC)
 * @param senderAddress the sender
 * @param recipientAddress the recipient
 * @param subject the subject
 * @param status e.g. {@code Delivered}, {@code Failed}, {@code Quarantined}
 * @param toIp the destination IP, or null
 * @param fromIp the source IP, or null
 * @param size the size in bytes
 * @param messageTraceId the trace id (with the recipient, the key of the trace details)
 * @param raw every property the service returned
 */
public record MessageTraceEntry(
    String messageId,
    Instant received,
    String senderAddress,
    String recipientAddress,
    String subject,
    String status,
    String toIp,
    String fromIp,
    Long size,
    String messageTraceId,
    Map<String, Object> raw) {
  public MessageTraceEntry {
    raw = Immutable.map(raw);
  }
}
