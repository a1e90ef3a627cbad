package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.Map;

/**
 * One event in a message's journey ({@code Get-MessageTraceDetailV2}). Immutable and thread-safe.
 *
 * @param messageId the Message-ID header
 * @param date when the event happened
 * @param event e.g. {@code Receive}, {@code Deliver}, {@code Spam}
 * @param action the action taken, if any
 * @param detail a description
 * @param data the event's data (XML text)
 * @param messageTraceId the trace id
 * @param raw every property the service returned
 */
public record MessageTraceDetail(
    String messageId,
    Instant date,
    String event,
    String action,
    String detail,
    String data,
    String messageTraceId,
    Map<String, Object> raw) {
  public MessageTraceDetail {
    raw = Immutable.map(raw);
  }
}
