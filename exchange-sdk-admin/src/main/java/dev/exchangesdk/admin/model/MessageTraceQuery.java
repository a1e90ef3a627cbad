package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.time.Instant;
import java.util.List;

/**
 * What to trace with {@code Get-MessageTraceV2}. Any period within the last 90 days may be asked
 * for; the SDK splits it into windows of at most 10 days and follows each window's continuation, so
 * callers just iterate. Without dates, the last 48 hours are searched. Immutable and thread-safe;
 * the builder is not.
 *
 * @param start the oldest time, or null for 48 hours before {@code end}
 * @param end the newest time, or null for now
 * @param senderAddresses senders to match
 * @param recipientAddresses recipients to match
 * @param messageIds Message-ID headers to match
 * @param messageTraceId one trace id, or null
 * @param statuses e.g. {@code Delivered}, {@code Failed}, {@code Quarantined}
 * @param subject the subject to match, or null
 * @param subjectFilterType how {@code subject} matches (StartsWith when null and subject is set)
 * @param fromIp the source IP, or null
 * @param toIp the destination IP, or null
 * @param pageSize records per request (1-5000, default 1000)
 */
public record MessageTraceQuery(
    Instant start,
    Instant end,
    List<String> senderAddresses,
    List<String> recipientAddresses,
    List<String> messageIds,
    String messageTraceId,
    List<String> statuses,
    String subject,
    SubjectFilterType subjectFilterType,
    String fromIp,
    String toIp,
    int pageSize) {
  public MessageTraceQuery {
    senderAddresses = Immutable.list(senderAddresses);
    recipientAddresses = Immutable.list(recipientAddresses);
    messageIds = Immutable.list(messageIds);
    statuses = Immutable.list(statuses);
    if (pageSize < 1 || pageSize > 5000) {
      throw new InvalidRequestException("pageSize must be between 1 and 5000, not " + pageSize);
    }
    if (start != null && end != null && !start.isBefore(end)) {
      throw new InvalidRequestException(
          "The trace start " + start + " is not before its end " + end);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MessageTraceQuery}. Not thread-safe. */
  public static final class Builder {
    private Instant start;
    private Instant end;
    private List<String> senderAddresses = List.of();
    private List<String> recipientAddresses = List.of();
    private List<String> messageIds = List.of();
    private String messageTraceId;
    private List<String> statuses = List.of();
    private String subject;
    private SubjectFilterType subjectFilterType;
    private String fromIp;
    private String toIp;
    private int pageSize = 1000;

    private Builder() {}

    public Builder between(Instant start, Instant end) {
      this.start = start;
      this.end = end;
      return this;
    }

    public Builder senderAddresses(String... addresses) {
      this.senderAddresses = List.of(addresses);
      return this;
    }

    public Builder recipientAddresses(String... addresses) {
      this.recipientAddresses = List.of(addresses);
      return this;
    }

    public Builder messageIds(String... messageIds) {
      this.messageIds = List.of(messageIds);
      return this;
    }

    public Builder messageTraceId(String messageTraceId) {
      this.messageTraceId = messageTraceId;
      return this;
    }

    public Builder statuses(String... statuses) {
      this.statuses = List.of(statuses);
      return this;
    }

    public Builder subject(String subject, SubjectFilterType how) {
      this.subject = subject;
      this.subjectFilterType = how;
      return this;
    }

    public Builder fromIp(String fromIp) {
      this.fromIp = fromIp;
      return this;
    }

    public Builder toIp(String toIp) {
      this.toIp = toIp;
      return this;
    }

    public Builder pageSize(int pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    public MessageTraceQuery build() {
      return new MessageTraceQuery(
          start,
          end,
          senderAddresses,
          recipientAddresses,
          messageIds,
          messageTraceId,
          statuses,
          subject,
          subjectFilterType,
          fromIp,
          toIp,
          pageSize);
    }
  }
}
