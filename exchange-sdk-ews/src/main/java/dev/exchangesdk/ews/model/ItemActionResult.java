package dev.exchangesdk.ews.model;

import java.util.Objects;

/**
 * What happened to one item of a write operation (pack: {@code itemId}, {@code newItemId}, {@code
 * messageId}, {@code action}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param itemId the id the caller gave
 * @param action what was done
 * @param newItemId the item's id after the operation when it changed (a move, copy, recovery or a
 *     junk move gives the item a new id; the old one no longer works), else {@code null}; also
 *     {@code null} when the server did not return it (moves into a public folder or another
 *     mailbox)
 * @param internetMessageId the item's {@code Message-ID}, when it was known, else {@code null}
 */
public record ItemActionResult(
    String itemId, ItemAction action, String newItemId, String internetMessageId) {

  public ItemActionResult {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(action, "action");
  }

  /** The id that names the item now: the new id when there is one, else the old one. */
  public String currentItemId() {
    return newItemId != null ? newItemId : itemId;
  }
}
