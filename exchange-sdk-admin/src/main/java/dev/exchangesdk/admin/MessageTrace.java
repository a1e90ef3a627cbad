package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.MessageTraceSearch;
import dev.exchangesdk.admin.model.MessageTraceDetail;
import dev.exchangesdk.admin.model.MessageTraceEntry;
import dev.exchangesdk.admin.model.MessageTraceQuery;
import dev.exchangesdk.core.PagedIterable;
import java.util.List;
import java.util.Objects;

/**
 * Message trace through {@code Get-MessageTraceV2} (the older Get-MessageTrace was retired in
 * September 2025). From {@link ExchangeAdminClient#messageTrace()}; thread-safe.
 *
 * <p>The service allows 100 trace requests per 5 minutes per tenant; this client keeps within that
 * by waiting before a request that would exceed it (on the client's {@code Clock} and {@code
 * Sleeper}). Several clients or processes on one tenant share the service's budget but not this
 * limiter.
 */
public final class MessageTrace {
  private final MessageTraceSearch search;

  MessageTrace(AdminContext ctx) {
    this.search = new MessageTraceSearch(ctx);
  }

  /**
   * Traces messages over any period of the last 90 days, newest first, fetched lazily: the period
   * is split into 10-day windows and each window's continuation ({@code StartingRecipientAddress} +
   * {@code EndDate}) is followed for you.
   *
   * @throws dev.exchangesdk.core.InvalidRequestException when the start is more than 90 days ago or
   *     not before the end
   */
  public PagedIterable<MessageTraceEntry> search(MessageTraceQuery query) {
    return search.search(Objects.requireNonNull(query, "query"));
  }

  /** The events of one message for one recipient ({@code Get-MessageTraceDetailV2}). */
  public List<MessageTraceDetail> details(String messageTraceId, String recipientAddress) {
    Mailboxes.requireIdentity(messageTraceId, "messageTraceId");
    Mailboxes.requireIdentity(recipientAddress, "recipientAddress");
    return search.details(messageTraceId, recipientAddress);
  }
}
