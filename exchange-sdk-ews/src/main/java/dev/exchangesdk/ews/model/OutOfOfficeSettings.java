package dev.exchangesdk.ews.model;

import java.time.Instant;
import java.util.Locale;

/**
 * A mailbox's automatic replies (pack {@code ews-get-out-of-office}: {@code state}, {@code
 * externalAudience}, {@code start}, {@code end}, {@code internalReply}, {@code externalReply},
 * {@code mailbox}). The pack's replies were always null (it read misspelled elements); here they
 * are the reply texts as stored (usually HTML).
 *
 * <p>Immutable and thread-safe.
 *
 * @param mailbox the mailbox
 * @param state whether automatic replies are off, on, or on for the scheduled period; {@code null}
 *     when missing or a value newer than this SDK (then {@link #activeAt} is false)
 * @param externalAudience who outside the organization gets the external reply, or {@code null}
 *     when missing or a value newer than this SDK
 * @param start when a scheduled period starts, or {@code null}
 * @param end when a scheduled period ends, or {@code null}
 * @param internalReply the reply to senders inside the organization, or {@code null}
 * @param externalReply the reply to senders outside it, or {@code null}
 * @param allowedExternalAudience the widest external audience the administrator allows, or {@code
 *     null}
 */
public record OutOfOfficeSettings(
    String mailbox,
    State state,
    Audience externalAudience,
    Instant start,
    Instant end,
    String internalReply,
    String externalReply,
    Audience allowedExternalAudience) {

  /** Whether automatic replies are sent. */
  public enum State {
    DISABLED,
    ENABLED,
    /** Sent between {@link #start()} and {@link #end()}. */
    SCHEDULED;

    /** {@code Disabled}/{@code Enabled}/{@code Scheduled}, or {@code null}. */
    public static State parse(String s) {
      return parseEnum(State.class, s);
    }
  }

  /** Which external senders get a reply. */
  public enum Audience {
    NONE,
    /** Senders in the mailbox's contacts. */
    KNOWN,
    ALL;

    /** {@code None}/{@code Known}/{@code All}, or {@code null}. */
    public static Audience parse(String s) {
      return parseEnum(Audience.class, s);
    }
  }

  /** Whether a reply is being sent now, judged by the settings alone. */
  public boolean activeAt(Instant now) {
    if (state == State.ENABLED) {
      return true;
    }
    return state == State.SCHEDULED
        && (start == null || !now.isBefore(start))
        && (end == null || now.isBefore(end));
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String s) {
    if (s == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(s.strip().toUpperCase(Locale.ROOT))) {
        return e;
      }
    }
    return null;
  }
}
