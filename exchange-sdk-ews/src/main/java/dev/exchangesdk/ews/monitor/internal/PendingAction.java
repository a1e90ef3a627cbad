package dev.exchangesdk.ews.monitor.internal;

/**
 * A post-action (mark as read, move) owed to a handled mail, kept in the checkpoint until it is
 * applied, so an interrupted or failed action is retried on the next poll and the mail is never
 * delivered again because of it.
 *
 * @param itemId the mail's id when it was handled
 * @param changeKey its change key then, or {@code null}
 * @param markRead whether to mark it read
 * @param moveTo the folder to move it to ({@code FolderRef} text), or {@code null}
 * @param attempts failed attempts so far
 */
public record PendingAction(
    String itemId, String changeKey, boolean markRead, String moveTo, int attempts) {

  PendingAction failedOnce() {
    return new PendingAction(itemId, changeKey, markRead, moveTo, attempts + 1);
  }

  PendingAction withoutMarkRead() {
    return new PendingAction(itemId, changeKey, false, moveTo, attempts);
  }
}
