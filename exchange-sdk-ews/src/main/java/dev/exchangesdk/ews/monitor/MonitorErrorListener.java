package dev.exchangesdk.ews.monitor;

/**
 * Hears about mails the monitor cannot deliver, post-actions it gave up on, and failed polls.
 * Called from the thread polling the folder; may be called from several threads at once.
 *
 * <p>For {@link MonitorError.Kind#UNPARSABLE_MAIL} this is the mail's last stop: the monitor
 * records it as skipped only after this method returned normally. If it throws, the poll fails and
 * the mail is reported again on the next poll.
 */
@FunctionalInterface
public interface MonitorErrorListener {

  void onError(MonitorError error) throws Exception;
}
