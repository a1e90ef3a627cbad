package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.ExchangeException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The result of updating every mailbox: one outcome per mailbox, in listing order, and whether the
 * run got through the whole list. A failed mailbox does not stop the run; a failure to list the
 * mailboxes does, and is in {@link #listingError()}. To resume, pass {@link #completedKeys()} to
 * {@link BulkUpdateOptions.Builder#alreadyDone}. Immutable and thread-safe.
 *
 * @param outcomes one per mailbox seen
 * @param listingError why listing the mailboxes stopped early, or null
 * @param interrupted whether the calling thread was interrupted before the end
 */
public record BulkUpdateReport(
    List<MailboxUpdateOutcome> outcomes, ExchangeException listingError, boolean interrupted) {
  public BulkUpdateReport {
    outcomes = Immutable.list(outcomes);
  }

  /** Whether every mailbox was listed and attempted. */
  public boolean isComplete() {
    return listingError == null && !interrupted;
  }

  public List<MailboxUpdateOutcome> failed() {
    return outcomes.stream().filter(o -> o.status() == MailboxUpdateOutcome.Status.FAILED).toList();
  }

  public long updatedCount() {
    return outcomes.stream().filter(o -> o.status() == MailboxUpdateOutcome.Status.UPDATED).count();
  }

  /** Keys of mailboxes updated now or before: pass them to the next run to skip them. */
  public Set<String> completedKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (MailboxUpdateOutcome o : outcomes) {
      if (o.status() != MailboxUpdateOutcome.Status.FAILED) {
        keys.add(o.key());
      }
    }
    return Immutable.set(keys);
  }
}
