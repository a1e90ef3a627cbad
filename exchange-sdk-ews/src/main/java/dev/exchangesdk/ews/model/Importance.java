package dev.exchangesdk.ews.model;

/**
 * The importance the sender set.
 *
 * <p>Immutable and thread-safe.
 */
public enum Importance {
  LOW,
  NORMAL,
  HIGH;

  /** {@code Low}/{@code Normal}/{@code High} ignoring case, or {@code null} for anything else. */
  public static Importance parse(String s) {
    if (s == null) {
      return null;
    }
    switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "low":
        return LOW;
      case "normal":
        return NORMAL;
      case "high":
        return HIGH;
      default:
        return null;
    }
  }
}
