package dev.exchangesdk.examples.support;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads durations as people type them: {@code 30s}, {@code 10m}, {@code 48h}, {@code 7d}, or
 * ISO-8601.
 */
public final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)");

  @Override
  public Duration convert(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(v);
    if (m.matches()) {
      double n = Double.parseDouble(m.group(1));
      long millis =
          switch (m.group(2)) {
            case "ms" -> (long) n;
            case "s" -> (long) (n * 1_000);
            case "m" -> (long) (n * 60_000);
            case "h" -> (long) (n * 3_600_000);
            default -> (long) (n * 86_400_000);
          };
      return Duration.ofMillis(millis);
    }
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a duration: use 30s, 10m, 48h, 7d or ISO-8601 (PT10M)");
    }
  }
}
