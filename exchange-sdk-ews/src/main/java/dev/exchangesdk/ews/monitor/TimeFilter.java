package dev.exchangesdk.ews.monitor;

import java.util.Locale;

/**
 * Which time of a mail the monitor's time rules use (the pack's {@code time filter}): the
 * first-fetch window, the high-water mark, and the order of the query feed.
 *
 * <p>Immutable and thread-safe.
 */
public enum TimeFilter {
  /**
   * {@code DateTimeReceived} (the pack's {@code received-time}, default): each mail is delivered
   * once, when it appears in the folder (new mail, or mail moved in).
   */
  RECEIVED_TIME("received-time"),
  /**
   * {@code LastModifiedTime} (the pack's {@code modified-time}): a mail is delivered again each
   * time it changes (its ChangeKey changes), read-flag changes excepted; every version has its own
   * idempotency key.
   */
  MODIFIED_TIME("modified-time");

  private final String packName;

  TimeFilter(String packName) {
    this.packName = packName;
  }

  /** The pack's name: {@code received-time} or {@code modified-time}. */
  public String packName() {
    return packName;
  }

  /**
   * The filter named as the pack names it ({@code received-time}, {@code modified-time}) or by
   * constant name, ignoring case. Like the pack, anything else means {@link #RECEIVED_TIME}.
   */
  public static TimeFilter fromPackName(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    return n.equals("modified-time") ? MODIFIED_TIME : RECEIVED_TIME;
  }
}
