package dev.exchangesdk.testkit.internal.http;

import dev.exchangesdk.testkit.Endpoint;
import dev.exchangesdk.testkit.ServerBusyForm;
import dev.exchangesdk.testkit.TokenFailure;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * The faults tests asked for, per endpoint kind: a queue of counted faults consumed one per request
 * in the order they were added, a standing latency, and the EWS-disabled switch.
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
  private boolean ewsDisabled;

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

  public synchronized void clear() {
    queues.clear();
    standingLatency.clear();
    ewsDisabled = false;
  }
}
