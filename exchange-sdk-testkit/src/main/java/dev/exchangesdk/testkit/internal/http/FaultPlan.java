package dev.exchangesdk.testkit.internal.http;

import dev.exchangesdk.testkit.Endpoint;
import dev.exchangesdk.testkit.MailboxUnavailable;
import dev.exchangesdk.testkit.ServerBusyForm;
import dev.exchangesdk.testkit.TokenFailure;
import dev.exchangesdk.testkit.UnreadableItem;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The faults tests asked for, per endpoint kind: a queue of counted faults consumed one per request
 * in the order they were added, a standing latency, and the EWS-disabled switch; per mailbox: a
 * queue of counted unavailability answers; per item: how GetItem fails to give it.
 *
 * <p>Thread-safe: all methods are synchronized.
 */
public final class FaultPlan {
  /** What to do to one request. */
  public enum Kind {
    THROTTLE,
    UNAVAILABLE,
    DROP,
    LATENCY,
    TOKEN_FAILURE
  }

  /** One fault; the fields that do not apply to its kind are null. */
  public record Fault(Kind kind, Duration duration, ServerBusyForm form, TokenFailure failure) {}

  private static final class Entry {
    final Fault fault;
    int remaining;

    Entry(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final Map<Endpoint, Deque<Entry>> queues = new EnumMap<>(Endpoint.class);
  private final Map<Endpoint, Duration> standingLatency = new EnumMap<>(Endpoint.class);
  private final Map<UUID, Deque<MailboxEntry>> mailboxQueues = new HashMap<>();
  private final Map<Long, UnreadableItem> unreadableItems = new HashMap<>();
  private boolean ewsDisabled;

  private static final class MailboxEntry {
    final MailboxUnavailable reason;
    int remaining;

    MailboxEntry(MailboxUnavailable reason, int remaining) {
      this.reason = reason;
      this.remaining = remaining;
    }
  }

  public synchronized void add(Endpoint endpoint, Fault fault, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    queues.computeIfAbsent(endpoint, e -> new ArrayDeque<>()).add(new Entry(fault, times));
  }

  /** The next counted fault for a request to {@code endpoint}, or {@code null}; consumes it. */
  public synchronized Fault next(Endpoint endpoint) {
    Deque<Entry> q = queues.get(endpoint);
    if (q == null || q.isEmpty()) {
      return null;
    }
    Entry e = q.peekFirst();
    if (--e.remaining == 0) {
      q.pollFirst();
    }
    return e.fault;
  }

  /** How many counted faults are still queued for {@code endpoint}. */
  public synchronized int pending(Endpoint endpoint) {
    Deque<Entry> q = queues.get(endpoint);
    int n = 0;
    if (q != null) {
      for (Entry e : q) {
        n += e.remaining;
      }
    }
    return n;
  }

  public synchronized void setLatency(Endpoint endpoint, Duration latency) {
    if (latency == null || latency.isZero()) {
      standingLatency.remove(endpoint);
    } else {
      standingLatency.put(endpoint, latency);
    }
  }

  public synchronized Duration latency(Endpoint endpoint) {
    return standingLatency.getOrDefault(endpoint, Duration.ZERO);
  }

  public synchronized void setEwsDisabled(boolean disabled) {
    this.ewsDisabled = disabled;
  }

  public synchronized boolean ewsDisabled() {
    return ewsDisabled;
  }

  /** Queues {@code times} unavailability answers for EWS calls acting on a mailbox. */
  public synchronized void addMailboxUnavailable(
      UUID mailbox, MailboxUnavailable reason, int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    mailboxQueues
        .computeIfAbsent(mailbox, m -> new ArrayDeque<>())
        .add(new MailboxEntry(reason, times));
  }

  /** The next unavailability answer for a call acting on {@code mailbox}, or null; consumes it. */
  public synchronized MailboxUnavailable nextMailboxUnavailable(UUID mailbox) {
    Deque<MailboxEntry> q = mailboxQueues.get(mailbox);
    if (q == null || q.isEmpty()) {
      return null;
    }
    MailboxEntry e = q.peekFirst();
    if (--e.remaining == 0) {
      q.pollFirst();
    }
    return e.reason;
  }

  /** How many unavailability answers are still queued for {@code mailbox}. */
  public synchronized int pendingMailboxUnavailable(UUID mailbox) {
    Deque<MailboxEntry> q = mailboxQueues.get(mailbox);
    int n = 0;
    if (q != null) {
      for (MailboxEntry e : q) {
        n += e.remaining;
      }
    }
    return n;
  }

  /** Makes GetItem fail to give the item with this serial, in this way. */
  public synchronized void setUnreadable(long itemSerial, UnreadableItem how) {
    unreadableItems.put(itemSerial, how);
  }

  /** How GetItem fails to give the item with this serial, or null when it reads normally. */
  public synchronized UnreadableItem unreadable(long itemSerial) {
    return unreadableItems.isEmpty() ? null : unreadableItems.get(itemSerial);
  }

  public synchronized void clear() {
    queues.clear();
    standingLatency.clear();
    mailboxQueues.clear();
    unreadableItems.clear();
    ewsDisabled = false;
  }
}
