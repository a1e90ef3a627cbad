package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.MessageTraceDetail;
import dev.exchangesdk.admin.model.MessageTraceEntry;
import dev.exchangesdk.admin.model.MessageTraceQuery;
import dev.exchangesdk.admin.model.SubjectFilterType;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import dev.exchangesdk.core.internal.cmdlet.CmdletPage;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs {@code Get-MessageTraceV2} over any period of the last 90 days as one lazy listing.
 *
 * <p>The cmdlet answers at most 10 days per query and has no pages: a full answer ({@code
 * ResultSize} records) is continued by repeating the query with {@code StartingRecipientAddress} =
 * the last record's recipient and {@code EndDate} = its received time. The period is walked in
 * 10-day windows from the newest, so records come newest first; a record received exactly at a
 * window boundary is returned once, by the older window. Every HTTP request (OData next-links
 * included) first takes a slot of the client's 100-per-5-minutes limiter.
 *
 * <p>The continuation token is {@code windowEnd|pageEnd|startingRecipient}.
 */
public final class MessageTraceSearch {
  static final Duration MAX_WINDOW = Duration.ofDays(10);
  static final Duration LOOK_BACK = Duration.ofDays(90);
  static final Duration DEFAULT_PERIOD = Duration.ofHours(48);
  private static final String CMDLET = "Get-MessageTraceV2";

  private final AdminContext ctx;

  public MessageTraceSearch(AdminContext ctx) {
    this.ctx = ctx;
  }

  public PagedIterable<MessageTraceEntry> search(MessageTraceQuery q) {
    Instant now = ctx.clock().instant();
    Instant end = q.end() != null ? q.end() : now;
    Instant start = q.start() != null ? q.start() : end.minus(DEFAULT_PERIOD);
    Instant oldest = now.minus(LOOK_BACK);
    if (start.isBefore(oldest)) {
      throw new InvalidRequestException(
          CMDLET
              + " only searches the last 90 days: the start "
              + start
              + " is before "
              + oldest
              + ". Use a historical search (Start-HistoricalSearch) for older mail.");
    }
    if (!start.isBefore(end)) {
      throw new InvalidRequestException(
          "The trace start " + start + " is not before its end " + end);
    }
    return PagedIterable.of(token -> fetch(q, start, Cursor.decode(token, end)));
  }

  private Page<MessageTraceEntry> fetch(MessageTraceQuery q, Instant start, Cursor cursor) {
    Instant windowStart = later(start, cursor.windowEnd().minus(MAX_WINDOW));
    boolean oldestWindow = !windowStart.isAfter(start);
    Instant pageEnd = cursor.pageEnd() != null ? cursor.pageEnd() : cursor.windowEnd();
    CmdletRequest request = request(q, windowStart, pageEnd, cursor.startingRecipient());
    List<MessageTraceEntry> answer = new ArrayList<>();
    List<CmdletWarning> warnings = new ArrayList<>();
    for (CmdletObject o : allPages(request, warnings)) {
      answer.add(entry(o));
    }
    // EndDate is inclusive (the documented continuation depends on it), so records received
    // exactly at a window's start come again as the end of the next, older window: they are
    // left to that window, never returned twice.
    List<MessageTraceEntry> entries = new ArrayList<>(answer.size());
    for (MessageTraceEntry e : answer) {
      if (oldestWindow || e.received() == null || e.received().isAfter(windowStart)) {
        entries.add(e);
      }
    }
    Cursor next = null;
    if (answer.size() >= q.pageSize()) {
      MessageTraceEntry last = answer.get(answer.size() - 1);
      if (last.received() == null || last.recipientAddress() == null) {
        throw new ResponseFormatException(
            CMDLET
                + " returned a full page whose last record has no readable Received time or"
                + " RecipientAddress, so the trace cannot be continued",
            null);
      }
      next = new Cursor(cursor.windowEnd(), last.received(), last.recipientAddress());
    } else if (!oldestWindow) {
      next = new Cursor(windowStart, null, null);
    }
    return new Page<>(entries, next == null ? null : next.encode(), warnings);
  }

  /**
   * One query's records, following OData next-links, each request rate-limited; the warnings of
   * every response are added to {@code warnings}.
   */
  private List<CmdletObject> allPages(CmdletRequest request, List<CmdletWarning> warnings) {
    List<CmdletObject> objects = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ctx.messageTraceLimiter().acquire(CMDLET);
    CmdletPage page = ctx.transport().invoke(request);
    objects.addAll(page.cmdletObjects());
    warnings.addAll(page.warnings());
    while (page.nextLink() != null) {
      if (!seen.add(page.nextLink())) {
        throw new ResponseFormatException(
            CMDLET + " returned the same @odata.nextLink twice; stopping", null);
      }
      ctx.messageTraceLimiter().acquire(CMDLET);
      page = ctx.transport().invokeNext(request, page.nextLink());
      objects.addAll(page.cmdletObjects());
      warnings.addAll(page.warnings());
    }
    return objects;
  }

  private static CmdletRequest request(
      MessageTraceQuery q, Instant start, Instant end, String startingRecipient) {
    SubjectFilterType how =
        q.subject() == null
            ? null
            : q.subjectFilterType() != null ? q.subjectFilterType() : SubjectFilterType.STARTS_WITH;
    return CmdletRequest.builder(CMDLET)
        .param("StartDate", start)
        .param("EndDate", end)
        .paramIfSet("StartingRecipientAddress", startingRecipient)
        .listIfSet("SenderAddress", q.senderAddresses())
        .listIfSet("RecipientAddress", q.recipientAddresses())
        .listIfSet("MessageId", q.messageIds())
        .paramIfSet("MessageTraceId", q.messageTraceId())
        .listIfSet("Status", q.statuses())
        .paramIfSet("Subject", q.subject())
        .paramIfSet("SubjectFilterType", how == null ? null : how.wireName())
        .paramIfSet("FromIP", q.fromIp())
        .paramIfSet("ToIP", q.toIp())
        .param("ResultSize", q.pageSize())
        .build();
  }

  /** {@code Get-MessageTraceDetailV2} for one message and recipient. */
  public List<MessageTraceDetail> details(String messageTraceId, String recipientAddress) {
    CmdletRequest request =
        CmdletRequest.builder("Get-MessageTraceDetailV2")
            .param("MessageTraceId", messageTraceId)
            .param("RecipientAddress", recipientAddress)
            .build();
    List<MessageTraceDetail> details = new ArrayList<>();
    for (CmdletObject o : allPages(request, new ArrayList<>())) {
      details.add(
          new MessageTraceDetail(
              o.string("MessageId"),
              o.instant("Date"),
              o.string("Event"),
              o.string("Action"),
              o.string("Detail"),
              o.string("Data"),
              o.string("MessageTraceId"),
              o.asMap()));
    }
    return Immutable.list(details);
  }

  static MessageTraceEntry entry(CmdletObject o) {
    return new MessageTraceEntry(
        o.string("MessageId"),
        o.instant("Received"),
        o.string("SenderAddress"),
        o.string("RecipientAddress"),
        o.string("Subject"),
        o.string("Status"),
        o.string("ToIP"),
        o.string("FromIP"),
        o.longValue("Size"),
        o.string("MessageTraceId"),
        o.asMap());
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /** Where the walk stands: the current window's end, and the continuation inside it. */
  record Cursor(Instant windowEnd, Instant pageEnd, String startingRecipient) {
    String encode() {
      return windowEnd
          + "|"
          + (pageEnd == null ? "" : pageEnd.toString())
          + "|"
          + (startingRecipient == null
              ? ""
              : URLEncoder.encode(startingRecipient, StandardCharsets.UTF_8));
    }

    static Cursor decode(String token, Instant end) {
      if (token == null) {
        return new Cursor(end, null, null);
      }
      String[] parts = token.split("\\|", -1);
      try {
        return new Cursor(
            Instant.parse(parts[0]),
            parts[1].isEmpty() ? null : Instant.parse(parts[1]),
            parts[2].isEmpty() ? null : URLDecoder.decode(parts[2], StandardCharsets.UTF_8));
      } catch (RuntimeException e) {
        throw new InvalidRequestException("Not a message trace continuation token: " + token);
      }
    }
  }
}
