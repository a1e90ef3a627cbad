package dev.exchangesdk.ews.model;

import java.util.List;

/**
 * What an eDiscovery search found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param resultType statistics or previews
 * @param itemCount the items that matched in all mailboxes
 * @param size their total size in bytes
 * @param keywordHits per keyword of the query: items and size (statistics)
 * @param items the previews of this page (previews)
 * @param failedMailboxes mailboxes the search could not cover, with the reason; the others count
 */
public record DiscoveryResult(
    DiscoveryQuery.ResultType resultType,
    long itemCount,
    long size,
    List<KeywordHit> keywordHits,
    List<DiscoveryItem> items,
    List<FailedMailbox> failedMailboxes) {

  public DiscoveryResult {
    keywordHits = List.copyOf(keywordHits);
    items = List.copyOf(items);
    failedMailboxes = List.copyOf(failedMailboxes);
  }

  /** The statistics of one keyword. */
  public record KeywordHit(String keyword, long itemHits, long size) {}

  /**
   * A mailbox the search could not cover.
   *
   * @param mailbox its reference id or address, as the server names it
   * @param errorCode the server's numeric code
   * @param message the server's explanation
   * @param archive whether it is the archive that failed
   */
  public record FailedMailbox(String mailbox, int errorCode, String message, boolean archive) {}
}
