package dev.exchangesdk.ews.model;

import java.time.Instant;
import java.util.List;

/**
 * A preview of one item found by an eDiscovery search.
 *
 * <p>Immutable and thread-safe.
 *
 * @param itemId the item's id (in its own mailbox)
 * @param mailbox the primary SMTP address of the mailbox holding it, or {@code null}
 * @param itemClass e.g. {@code IPM.Note}
 * @param subject the subject
 * @param sender the sender as the server shows it
 * @param toRecipients the {@code To} addresses
 * @param ccRecipients the {@code Cc} addresses
 * @param receivedAt when it was received
 * @param sentAt when it was sent
 * @param size its size in bytes
 * @param preview the start of its body
 * @param importance its importance
 * @param read whether it was read
 * @param hasAttachment whether it has attachments
 * @param sortValue the value to pass to {@link DiscoveryQuery.Builder#pageAfter(String)} for the
 *     next page when this is the last preview
 */
public record DiscoveryItem(
    String itemId,
    String mailbox,
    String itemClass,
    String subject,
    String sender,
    List<String> toRecipients,
    List<String> ccRecipients,
    Instant receivedAt,
    Instant sentAt,
    Long size,
    String preview,
    Importance importance,
    Boolean read,
    Boolean hasAttachment,
    String sortValue) {

  public DiscoveryItem {
    toRecipients = List.copyOf(toRecipients);
    ccRecipients = List.copyOf(ccRecipients);
  }
}
