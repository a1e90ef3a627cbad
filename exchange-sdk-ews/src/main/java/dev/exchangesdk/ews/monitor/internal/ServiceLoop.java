package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.monitor.PollReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The managed service: polls each folder when it is due, at most {@code concurrency} at once on the
 * worker pool. A folder whose last poll left mail pending is due again at once (a backlog drains
 * without waiting for the interval); a failed folder backs off exponentially; a throttled one waits
 * at least what the server asked. Thread-safe.
 */
public final class ServiceLoop {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews.monitor");
  private static final long MAX_WAIT_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final List<FolderPoller> pollers;
  private final ExecutorService workers;
  private final Duration interval;
  private final Duration maxBackoff;
  private final Clock clock;
  private final BooleanSupplier stopping;
  private final Instant[] due;
  private final boolean[] busy;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Thread thread;
  private volatile boolean stop;
  private volatile Throwable fatal;

  public ServiceLoop(
      List<FolderPoller> pollers,
      ExecutorService workers,
      Duration interval,
      Duration maxBackoff,
      Clock clock,
      BooleanSupplier stopping) {
    this.pollers = List.copyOf(pollers);
    this.workers = workers;
    this.interval = interval;
    this.maxBackoff = maxBackoff;
    this.clock = clock;
    this.stopping = stopping;
    this.due = new Instant[pollers.size()];
    this.busy = new boolean[pollers.size()];
    Instant now = clock.instant();
    for (int i = 0; i < due.length; i++) {
      due[i] = now;
    }
    this.thread = new Thread(this::loop, "mailbox-monitor-scheduler");
    thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /** Stops scheduling and waits for the scheduler thread (running polls finish on their own). */
  public void stop(Duration timeout) throws InterruptedException {
    stop = true;
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    thread.join(Math.max(1, timeout.toMillis()));
  }

  /** An error that stopped the service (a poll threw an {@link Error}), or {@code null}. */
  public Throwable fatal() {
    return fatal;
  }

  private void loop() {
    lock.lock();
    try {
      while (!stop && !stopping.getAsBoolean()) {
        Instant now = clock.instant();
        Instant next = null;
        for (int i = 0; i < due.length; i++) {
          if (busy[i]) {
            continue;
          }
          if (!due[i].isAfter(now)) {
            busy[i] = true;
            int index = i;
            try {
              workers.execute(() -> run(index));
            } catch (RejectedExecutionException e) {
              busy[i] = false;
              return;
            }
          } else if (next == null || due[i].isBefore(next)) {
            next = due[i];
          }
        }
        long waitNanos =
            next == null ? MAX_WAIT_NANOS : Math.min(MAX_WAIT_NANOS, nanosUntil(now, next));
        if (waitNanos > 0) {
          changed.awaitNanos(waitNanos);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  private void run(int i) {
    FolderPoller poller = pollers.get(i);
    Instant next = clock.instant().plus(interval);
    try {
      PollReport report = poller.poll(() -> stop || stopping.getAsBoolean());
      next = nextPoll(report, poller.status());
    } catch (RuntimeException e) {
      LOG.error("Polling {} failed unexpectedly", poller.folder(), e);
    } catch (Error e) {
      fatal = e;
      stop = true;
      LOG.error("Polling {} stopped the monitor service", poller.folder(), e);
      throw e;
    } finally {
      poller.status().nextPollAt(next);
      lock.lock();
      try {
        busy[i] = false;
        due[i] = next;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private Instant nextPoll(PollReport r, StatusTracker status) {
    Instant now = clock.instant();
    switch (r.outcome()) {
      case COMPLETED:
        return r.morePending() ? now : now.plus(interval);
      case DEFERRED:
        Duration wait = interval;
        if (r.error() instanceof ExchangeException) {
          Duration asked = ((ExchangeException) r.error()).retryAfter().orElse(Duration.ZERO);
          if (asked.compareTo(wait) > 0) {
            wait = asked;
          }
        }
        return now.plus(wait);
      case FAILED:
        int failures = Math.max(1, status.consecutiveFailures());
        Duration backoff = interval.multipliedBy(1L << Math.min(20, failures - 1));
        return now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff);
      default:
        return now.plus(interval);
    }
  }

  private static long nanosUntil(Instant now, Instant then) {
    Duration d = Duration.between(now, then);
    return d.isNegative() ? 0 : d.toNanos();
  }
}
