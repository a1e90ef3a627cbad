package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.ExchangeException;
import java.util.List;

/**
 * What a search found in one mailbox of a multi-mailbox search, or why it failed there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mailbox the mailbox address
 * @param items the items found (empty on failure)
 * @param error the failure for this mailbox, or {@code null}
 */
public record MailboxSearchResult(String mailbox, List<MailItem> items, ExchangeException error) {

  public MailboxSearchResult {
    items = List.copyOf(items);
  }

  public boolean isSuccess() {
    return error == null;
  }
}
