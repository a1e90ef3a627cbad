package dev.exchangesdk.testkit.internal.cmdlet;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * A property value with the OData annotations the admin API puts next to it ({@code X@data.type},
 * {@code X@odata.type}), e.g. GUIDs, date-times, sized integers.
 *
 * <p>Immutable and thread-safe.
 */
public record Typed(Object value, String dataType, String odataType) {
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'+00:00'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSS'Z'").withZone(ZoneOffset.UTC);

  public static Typed guid(UUID g) {
    return new Typed(g == null ? null : g.toString(), "System.Guid", "#Guid");
  }

  /** A date-time in the service's format, {@code 2022-09-21T08:07:47.0000000+00:00}. */
  public static Typed dateTime(Instant t) {
    return new Typed(t == null ? null : LOCAL.format(t), "System.DateTime", null);
  }

  /** A UTC date-time, {@code 2024-04-10T08:56:22.0000000Z} (the *UTC properties). */
  public static Typed dateTimeUtc(Instant t) {
    return new Typed(t == null ? null : UTC.format(t), "System.DateTime", null);
  }

  public static Typed int16(int v) {
    return new Typed((long) v, "System.Int16", "#Int16");
  }

  public static Typed int32(int v) {
    return new Typed((long) v, "System.Int32", null);
  }

  public static Typed int64(long v) {
    return new Typed(v, "System.Int64", "#Int64");
  }

  /** An unsigned 64-bit number, written as a bare JSON number even beyond {@code long}. */
  public static Typed uint64(java.math.BigInteger v) {
    return new Typed(v, "System.UInt64", "#Decimal");
  }

  public static String format(Instant t) {
    return LOCAL.format(t);
  }
}
