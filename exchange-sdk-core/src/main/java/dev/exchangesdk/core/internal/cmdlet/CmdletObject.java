package dev.exchangesdk.core.internal.cmdlet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Typed, forgiving access to one output object of a cmdlet, for the mappers that build model
 * records. Getters return {@code null} (or an empty list) when the property is absent or null, and
 * accept the shapes the service actually sends: booleans as {@code true} or {@code "True"}, numbers
 * as numbers or text, a single value where a list was expected.
 *
 * <p>Immutable and thread-safe.
 */
public final class CmdletObject {
  private final Map<String, Object> properties;

  public CmdletObject(Map<String, Object> properties) {
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  /** Every property, unmodifiable, in the order the service sent them. */
  public Map<String, Object> asMap() {
    return properties;
  }

  public boolean has(String name) {
    return properties.containsKey(name);
  }

  public Object get(String name) {
    return properties.get(name);
  }

  /** The value as text ({@code null} stays null); lists are not flattened. */
  public String string(String name) {
    Object v = properties.get(name);
    return v == null ? null : v.toString();
  }

  /** {@code true}/{@code false}, also from the text {@code "True"}/{@code "False"}. */
  public Boolean bool(String name) {
    Object v = properties.get(name);
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s) {
      String t = s.strip().toLowerCase(Locale.ROOT);
      if (t.equals("true")) {
        return Boolean.TRUE;
      }
      if (t.equals("false")) {
        return Boolean.FALSE;
      }
    }
    return null;
  }

  /** {@link #bool} with a default for absent values. */
  public boolean bool(String name, boolean absent) {
    Boolean b = bool(name);
    return b != null ? b : absent;
  }

  /** A whole number that fits a {@code long}, from a number or its text. */
  public Long longValue(String name) {
    BigInteger b = bigInteger(name);
    if (b == null || b.bitLength() > 63) {
      return null;
    }
    return b.longValue();
  }

  /** A whole number that fits an {@code int}. */
  public Integer intValue(String name) {
    Long l = longValue(name);
    return l == null || l != l.intValue() ? null : l.intValue();
  }

  /** A whole number of any size (an unsigned 64-bit rule identity), from a number or its text. */
  public BigInteger bigInteger(String name) {
    Object v = properties.get(name);
    if (v instanceof Long l) {
      return BigInteger.valueOf(l);
    }
    if (v instanceof BigInteger b) {
      return b;
    }
    if (v instanceof Integer i) {
      return BigInteger.valueOf(i);
    }
    try {
      if (v instanceof BigDecimal d) {
        return d.toBigIntegerExact();
      }
      if (v instanceof String s && !s.isBlank()) {
        return new BigInteger(s.strip());
      }
    } catch (ArithmeticException | NumberFormatException notWhole) {
      return null;
    }
    return null;
  }

  /** A date-time in any form {@link CmdletValues#parseDateTime} reads. */
  public Instant instant(String name) {
    return CmdletValues.parseDateTime(properties.get(name));
  }

  /** A .NET TimeSpan such as {@code 90.00:00:00}. */
  public Duration timeSpan(String name) {
    return CmdletValues.parseTimeSpan(properties.get(name));
  }

  /** A list of texts; a single value becomes a one-element list, null an empty list. */
  public List<String> strings(String name) {
    Object v = properties.get(name);
    if (v == null) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      List<String> out = new ArrayList<>(l.size());
      for (Object o : l) {
        if (o != null) {
          out.add(o.toString());
        }
      }
      return Collections.unmodifiableList(out);
    }
    String s = v.toString();
    return s.isEmpty() ? List.of() : List.of(s);
  }

  /** A nested object, or {@code null}. */
  public CmdletObject object(String name) {
    Object v = properties.get(name);
    if (v instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m;
      return new CmdletObject(map);
    }
    return null;
  }

  @Override
  public String toString() {
    return "CmdletObject" + properties.keySet();
  }
}
