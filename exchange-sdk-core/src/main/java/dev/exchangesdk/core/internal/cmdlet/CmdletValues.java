package dev.exchangesdk.core.internal.cmdlet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value formats of the cmdlet REST API: what the SDK sends (UTC date-times with seven fraction
 * digits, .NET TimeSpans, {@code Unlimited}) and how it reads what comes back (dates with offsets,
 * sizes such as {@code 99 GB (106,300,440,576 bytes)}, TimeSpans).
 */
public final class CmdletValues {
  /** The value PowerShell's {@code Unlimited<T>} parameters take for "no limit". */
  public static final String UNLIMITED = "Unlimited";

  private static final DateTimeFormatter WIRE_DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  // What PowerShell prints with the en-US culture (Accept-Language: en-US): 5/14/2020 6:45:31 PM.
  private static final DateTimeFormatter US_DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("M/d/uuuu h:mm[:ss] a")
          .toFormatter(Locale.US);

  private static final DateTimeFormatter LOCAL_ISO =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .appendLiteral('T')
          .appendPattern("HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  private static final Pattern JSON_DATE = Pattern.compile("/Date\\((-?\\d+)([+-]\\d{4})?\\)/");
  private static final Pattern SIZE_BYTES = Pattern.compile("\\(([\\d,. \\u00a0]+) bytes\\)");
  private static final Pattern TIME_SPAN =
      Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?");

  // .NET ticks (100 ns) from 0001-01-01 to 1970-01-01.
  private static final long TICKS_AT_EPOCH = 621_355_968_000_000_000L;
  private static final long SMALLEST_TICK_VALUE = 100_000_000_000_000_000L;

  private CmdletValues() {}

  /** {@code 2024-05-22T16:52:26.3650000Z}: the form every DateTime parameter is sent in. */
  public static String formatDateTime(Instant instant) {
    return WIRE_DATE_TIME.format(instant);
  }

  /**
   * The .NET TimeSpan form {@code [-][d.]hh:mm:ss[.fffffff]} of a duration, e.g. {@code
   * 90.00:00:00} for 90 days.
   */
  public static String formatTimeSpan(Duration duration) {
    boolean negative = duration.isNegative();
    Duration d = duration.abs();
    StringBuilder s = new StringBuilder();
    if (negative) {
      s.append('-');
    }
    if (d.toDays() > 0) {
      s.append(d.toDays()).append('.');
    }
    s.append(
        String.format(
            Locale.ROOT, "%02d:%02d:%02d", d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart()));
    if (d.toNanosPart() != 0) {
      s.append('.').append(String.format(Locale.ROOT, "%07d", d.toNanosPart() / 100));
    }
    return s.toString();
  }

  /**
   * Reads a date-time as the service writes it: ISO-8601 with an offset or {@code Z} ({@code
   * 2022-09-21T08:07:47.0000000+00:00}), ISO without an offset (taken as UTC), {@code
   * /Date(1653238346000)/}, .NET ticks or epoch milliseconds as a number, or the en-US form {@code
   * 5/14/2020 6:45:31 PM} (taken as UTC). Returns {@code null} for null, blank or unreadable
   * values: callers keep the raw text.
   */
  public static Instant parseDateTime(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n) {
      return fromNumber(n);
    }
    String s = value.toString().strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException notOffset) {
      // try the other forms
    }
    try {
      return LocalDateTime.parse(s, LOCAL_ISO).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notLocal) {
      // try the other forms
    }
    Matcher m = JSON_DATE.matcher(s);
    if (m.matches()) {
      return Instant.ofEpochMilli(Long.parseLong(m.group(1)));
    }
    try {
      return LocalDateTime.parse(s, US_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException notUs) {
      return null;
    }
  }

  private static Instant fromNumber(Number n) {
    long v;
    if (n instanceof BigInteger || n instanceof BigDecimal) {
      try {
        v = new BigDecimal(n.toString()).longValueExact();
      } catch (ArithmeticException e) {
        return null;
      }
    } else {
      v = n.longValue();
    }
    // Some routes return DateTime as Int64: .NET ticks are ~6e17 for current dates, epoch ms ~2e12.
    if (v >= SMALLEST_TICK_VALUE) {
      long sinceEpoch = v - TICKS_AT_EPOCH;
      return Instant.ofEpochSecond(
          Math.floorDiv(sinceEpoch, 10_000_000L), Math.floorMod(sinceEpoch, 10_000_000L) * 100);
    }
    return Instant.ofEpochMilli(v);
  }

  /** Reads a .NET TimeSpan ({@code 90.00:00:00}, {@code 00:00:00}); {@code null} if not one. */
  public static Duration parseTimeSpan(Object value) {
    if (value == null) {
      return null;
    }
    Matcher m = TIME_SPAN.matcher(value.toString().strip());
    if (!m.matches()) {
      return null;
    }
    Duration d =
        Duration.ofDays(m.group(2) == null ? 0 : Long.parseLong(m.group(2)))
            .plusHours(Long.parseLong(m.group(3)))
            .plusMinutes(Long.parseLong(m.group(4)))
            .plusSeconds(Long.parseLong(m.group(5)));
    if (m.group(6) != null) {
      String fraction = (m.group(6) + "000000000").substring(0, 9);
      d = d.plusNanos(Long.parseLong(fraction));
    }
    return m.group(1) != null ? d.negated() : d;
  }

  /** Whether the value is the service's {@code Unlimited}. */
  public static boolean isUnlimited(Object value) {
    return value != null && UNLIMITED.equalsIgnoreCase(value.toString().strip());
  }

  /**
   * The byte count of a size as the service prints it: {@code 99 GB (106,300,440,576 bytes)} gives
   * 106300440576, a bare number is taken as bytes. Empty for {@code Unlimited} (check {@link
   * #isUnlimited}), null or unreadable values.
   */
  public static OptionalLong parseByteCount(Object value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    if (value instanceof Long || value instanceof Integer) {
      return OptionalLong.of(((Number) value).longValue());
    }
    String s = value.toString().strip();
    Matcher m = SIZE_BYTES.matcher(s);
    String digits = m.find() ? m.group(1) : s;
    // Group separators differ by culture (',' in en-US, '.' or a space elsewhere); bytes are whole.
    String plain = digits.replaceAll("[,. \\u00a0]", "");
    if (plain.isEmpty() || !plain.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(plain));
    } catch (NumberFormatException tooLarge) {
      return OptionalLong.empty();
    }
  }
}
