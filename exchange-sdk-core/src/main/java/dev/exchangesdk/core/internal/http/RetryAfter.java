package dev.exchangesdk.core.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads the {@code Retry-After} header: whole or fractional seconds, or an HTTP date. */
public final class RetryAfter {
  private static final Duration MAX = Duration.ofHours(1);

  private RetryAfter() {}

  /**
   * The wait the header asks for, or {@code null} when absent or unreadable. Dates in the past give
   * zero; absurd values are capped at an hour.
   */
  public static Duration parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      double seconds = Double.parseDouble(v);
      if (Double.isNaN(seconds) || seconds < 0) {
        return null;
      }
      return cap(Duration.ofNanos((long) Math.min(seconds * 1e9, MAX.toNanos())));
    } catch (NumberFormatException notANumber) {
      // fall through to the HTTP-date form
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return d.isNegative() ? Duration.ZERO : cap(d);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration cap(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX : d;
  }
}
