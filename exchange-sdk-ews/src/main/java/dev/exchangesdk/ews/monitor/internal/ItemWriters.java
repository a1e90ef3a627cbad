package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.ews.Mailbox;

/** Binds the post-action writes to a mailbox. */
final class ItemWriters {
  private ItemWriters() {}

  /**
   * The writer for {@code mailbox}, or {@code null} while the client offers no item writes (the
   * builder then offers no post-actions, so none are ever pending).
   */
  static PostActionRunner.ItemWriter of(Mailbox mailbox) {
    return null;
  }
}
