package dev.exchangesdk.ews.monitor;

/**
 * A problem the monitor reports to the {@link MonitorErrorListener}. Immutable and thread-safe.
 *
 * @param kind what kind of problem
 * @param folder the folder concerned
 * @param itemId the mail concerned, or {@code null}
 * @param error the cause
 */
public record MonitorError(Kind kind, MonitoredFolder folder, String itemId, Throwable error) {

  /** The kinds of problem. */
  public enum Kind {
    /**
     * A mail could not be read and, with {@code skipUnparsable}, is being passed over: the monitor
     * advances past it only once the listener returned normally.
     */
    UNPARSABLE_MAIL,
    /** A mark-as-read or move failed too often and was given up; the mail stays where it is. */
    POST_ACTION_FAILED,
    /** A poll failed; see {@link PollReport#error()}. */
    POLL_FAILED
  }

  @Override
  public String toString() {
    return "MonitorError{"
        + kind
        + ", "
        + folder
        + (itemId != null ? ", item " + itemId : "")
        + ", "
        + error
        + '}';
  }
}
