package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How an update of every mailbox runs: how many mailboxes at once, which to skip because an earlier
 * run already did them (the keys of {@link BulkUpdateReport#completedKeys()}), and a callback per
 * mailbox (called as each finishes, from worker threads, or the calling thread for skipped ones:
 * persist progress there to resume after a crash). Immutable and thread-safe; the builder is not.
 *
 * @param concurrency mailboxes updated at once (1-16, default 4); the client's {@code
 *     maxConcurrentRequests} still bounds requests in flight
 * @param alreadyDone keys of mailboxes to skip
 * @param onOutcome called once per mailbox with its outcome; must be thread-safe
 * @param recipientTypeDetails which mailboxes ({@code UserMailbox} by default)
 */
public record BulkUpdateOptions(
    int concurrency,
    Set<String> alreadyDone,
    Consumer<MailboxUpdateOutcome> onOutcome,
    Set<String> recipientTypeDetails) {
  public BulkUpdateOptions {
    if (concurrency < 1 || concurrency > 16) {
      throw new InvalidRequestException("concurrency must be between 1 and 16, not " + concurrency);
    }
    alreadyDone = Immutable.set(alreadyDone);
    onOutcome = onOutcome == null ? o -> {} : onOutcome;
    recipientTypeDetails =
        recipientTypeDetails == null || recipientTypeDetails.isEmpty()
            ? Set.of("UserMailbox")
            : Immutable.set(recipientTypeDetails);
  }

  /** Four at a time, every user mailbox, nothing skipped. */
  public static BulkUpdateOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BulkUpdateOptions}. Not thread-safe. */
  public static final class Builder {
    private int concurrency = 4;
    private Set<String> alreadyDone = Set.of();
    private Consumer<MailboxUpdateOutcome> onOutcome;
    private Set<String> recipientTypeDetails = Set.of();

    private Builder() {}

    public Builder concurrency(int concurrency) {
      this.concurrency = concurrency;
      return this;
    }

    /** Resume: skip these keys (from a previous report's {@code completedKeys()}). */
    public Builder alreadyDone(Collection<String> keys) {
      this.alreadyDone = Set.copyOf(keys);
      return this;
    }

    public Builder onOutcome(Consumer<MailboxUpdateOutcome> onOutcome) {
      this.onOutcome = onOutcome;
      return this;
    }

    public Builder recipientTypeDetails(String... types) {
      this.recipientTypeDetails = Set.of(types);
      return this;
    }

    public BulkUpdateOptions build() {
      return new BulkUpdateOptions(concurrency, alreadyDone, onOutcome, recipientTypeDetails);
    }
  }
}
