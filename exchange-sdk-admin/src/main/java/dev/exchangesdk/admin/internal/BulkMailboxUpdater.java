package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.BulkUpdateOptions;
import dev.exchangesdk.admin.model.BulkUpdateReport;
import dev.exchangesdk.admin.model.Mailbox;
import dev.exchangesdk.admin.model.MailboxUpdateOutcome;
import dev.exchangesdk.admin.model.MailboxUpdateOutcome.Status;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import dev.exchangesdk.core.internal.cmdlet.CmdletTransport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one write to every mailbox of a listing ({@code Get-Mailbox -RecipientTypeDetails ...
 * -ResultSize Unlimited}, read lazily) with bounded concurrency, isolating failures per mailbox and
 * skipping mailboxes an earlier run completed. Mailboxes are targeted by primary SMTP address (also
 * the routing anchor), never by display name, which can be ambiguous.
 */
public final class BulkMailboxUpdater {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.admin");
  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final CmdletTransport transport;

  public BulkMailboxUpdater(CmdletTransport transport) {
    this.transport = transport;
  }

  /**
   * Runs {@code write} for every listed mailbox.
   *
   * @param write builds the request for one mailbox from its target identity
   */
  public BulkUpdateReport run(BulkUpdateOptions options, Function<String, CmdletRequest> write) {
    CmdletRequest listing =
        CmdletRequest.builder("Get-Mailbox")
            .param("RecipientTypeDetails", List.copyOf(options.recipientTypeDetails()))
            .resultSize(0)
            .select(List.of("ExternalDirectoryObjectId", "PrimarySmtpAddress", "Identity", "Guid"))
            .build();
    Map<Integer, MailboxUpdateOutcome> outcomes = new ConcurrentSkipListMap<>();
    Semaphore slots = new Semaphore(options.concurrency() * 2);
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), threads());
    ExchangeException listingError = null;
    boolean interrupted = false;
    int index = 0;
    try {
      for (Mailbox m : transport.list(listing, DirectoryMappers::mailbox)) {
        int position = index++;
        String key = key(m);
        String target = target(m);
        if (options.alreadyDone().contains(key)) {
          record(
              outcomes,
              position,
              new MailboxUpdateOutcome(key, target, Status.SKIPPED, List.of(), null),
              options);
          continue;
        }
        slots.acquire();
        pool.execute(
            () -> {
              try {
                record(outcomes, position, update(key, target, write), options);
              } finally {
                slots.release();
              }
            });
      }
    } catch (ExchangeException e) {
      listingError = e;
    } catch (InterruptedException e) {
      interrupted = true;
    } finally {
      interrupted |= drain(pool);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return new BulkUpdateReport(new ArrayList<>(outcomes.values()), listingError, interrupted);
  }

  private MailboxUpdateOutcome update(
      String key, String target, Function<String, CmdletRequest> write) {
    try {
      AdminResult<Void> r = Cmdlets.write(transport, write.apply(target));
      return new MailboxUpdateOutcome(key, target, Status.UPDATED, r.warnings(), null);
    } catch (ExchangeException e) {
      return new MailboxUpdateOutcome(key, target, Status.FAILED, List.of(), e);
    }
  }

  private static void record(
      Map<Integer, MailboxUpdateOutcome> outcomes,
      int position,
      MailboxUpdateOutcome outcome,
      BulkUpdateOptions options) {
    outcomes.put(position, outcome);
    try {
      options.onOutcome().accept(outcome);
    } catch (RuntimeException e) {
      // A worker thread has no caller to hand this to; the outcome itself is kept.
      LOG.warn("The bulk update's outcome callback failed for {}", outcome.mailbox(), e);
    }
  }

  /** Waits for the running updates; true if interrupted meanwhile. */
  private static boolean drain(ExecutorService pool) {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.debug("Waiting for running mailbox updates to finish");
      }
      return false;
    } catch (InterruptedException e) {
      pool.shutdownNow();
      return true;
    }
  }

  static String key(Mailbox m) {
    return firstNonBlank(m.externalDirectoryObjectId(), m.primarySmtpAddress(), m.identity());
  }

  static String target(Mailbox m) {
    return firstNonBlank(m.primarySmtpAddress(), m.externalDirectoryObjectId(), m.identity());
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return "";
  }

  private static ThreadFactory threads() {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "exchange-sdk-bulk-" + pool + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
