package dev.exchangesdk.ews.monitor;

/**
 * Receives each new mail of a monitored folder. Implementations may be called from several threads
 * at once (one per mailbox folder being polled), never concurrently for the same folder.
 *
 * <p>Returning normally means "handled": the monitor then records the mail in its checkpoint and
 * will not deliver it again (except in the one documented crash window, see {@link MailEvent}).
 * Throwing means "not handled": nothing is recorded, the poll of that folder stops, the folder
 * backs off, and the same mail is delivered again on a later poll, with the same {@link
 * MailEvent#idempotencyKey()}.
 */
@FunctionalInterface
public interface MailHandler {

  /**
   * Handles one mail. The event's attachment content (in memory or in spooled temporary files) is
   * only valid until this method returns: copy what must outlive the call.
   */
  void handle(MailEvent event) throws Exception;
}
