package dev.exchangesdk.testkit.internal.cmdlet;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code Parameters} of one cmdlet call, with PowerShell's conversions: names are
 * case-insensitive, a JSON {@code null} is an explicit "clear", switches are {@code true}, arrays
 * may arrive as a single value, hashtables ({@code {"Add":[...],"Remove":[...]}}) edit multi-valued
 * properties, dates are parsed in the formats the module sends. A value of the wrong type is a
 * {@code ParameterTransformationException}, as on the real service.
 *
 * <p>Not thread-safe: one per call.
 */
public final class Params {
  private final Map<String, Object> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, String> spelled = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  /** A multi-valued edit: values to add and values to remove. */
  public record AddRemove(List<String> add, List<String> remove) {}

  public Params(Map<String, Object> raw) {
    raw.forEach(
        (k, v) -> {
          values.put(k, v);
          spelled.put(k, k);
        });
  }

  /** Parameter names as the caller spelled them. */
  public Collection<String> names() {
    return spelled.values();
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** Whether the parameter was given as an explicit JSON null. */
  public boolean isNull(String name) {
    return values.containsKey(name) && values.get(name) == null;
  }

  public Object raw(String name) {
    return values.get(name);
  }

  /** A string value; numbers and booleans are converted as PowerShell would. */
  public String string(String name) throws CmdletException {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof List<?> l && l.size() == 1 && !(l.get(0) instanceof Map)) {
      return String.valueOf(l.get(0));
    }
    throw CmdletException.transformation(
        name, shown(v), "System.String", "Specified method is not supported.");
  }

  /** A required string; missing or empty is the PowerShell "argument is null or empty" error. */
  public String requiredString(String name) throws CmdletException {
    String s = string(name);
    if (s == null || s.isBlank()) {
      throw CmdletException.invalid(
          "System.Management.Automation.ParameterBindingValidationException",
          "Cannot validate argument on parameter '"
              + name
              + "'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.");
    }
    return s;
  }

  /** A list of strings; a single value becomes a one-element list. */
  public List<String> strings(String name) throws CmdletException {
    Object v = values.get(name);
    List<String> out = new ArrayList<>();
    if (v == null) {
      return out;
    }
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map) {
          throw CmdletException.transformation(
              name,
              "System.Collections.Hashtable",
              "System.String[]",
              "Specified method is not supported.");
        }
        out.add(o instanceof BigDecimal d ? d.toPlainString() : String.valueOf(o));
      }
      return out;
    }
    if (v instanceof Map) {
      throw CmdletException.transformation(
          name,
          "System.Collections.Hashtable",
          "System.String[]",
          "Specified method is not supported.");
    }
    out.add(v instanceof BigDecimal d ? d.toPlainString() : String.valueOf(v));
    return out;
  }

  /** A boolean or switch; {@code "True"}/{@code "False"} strings are accepted like PowerShell. */
  public Boolean bool(String name) throws CmdletException {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(s);
    }
    if (v instanceof BigDecimal d) {
      return d.signum() != 0;
    }
    throw CmdletException.transformation(
        name, shown(v), "System.Boolean", "String was not recognized as a valid Boolean.");
  }

  /** Whether a switch is on (present and true). */
  public boolean isSet(String name) throws CmdletException {
    return Boolean.TRUE.equals(bool(name));
  }

  public Integer integer(String name) throws CmdletException {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    try {
      if (v instanceof BigDecimal d) {
        return d.intValueExact();
      }
      if (v instanceof String s) {
        return Integer.parseInt(s.trim());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // falls through to the transformation error
    }
    throw CmdletException.transformation(
        name, shown(v), "System.Int32", "Input string was not in a correct format.");
  }

  /**
   * A result size: a number, or {@code "Unlimited"} ({@code Integer.MAX_VALUE}); {@code dflt} when
   * absent.
   */
  public int resultSize(String name, int dflt) throws CmdletException {
    Object v = values.get(name);
    if (v == null) {
      return dflt;
    }
    if (v instanceof String s && s.equalsIgnoreCase("Unlimited")) {
      return Integer.MAX_VALUE;
    }
    Integer n = integer(name);
    if (n < 1) {
      throw CmdletException.invalid(
          "System.Management.Automation.ParameterBindingValidationException",
          "Cannot validate argument on parameter '"
              + name
              + "'. The argument \""
              + n
              + "\" is not valid.");
    }
    return n;
  }

  /** A date-time; values without offset are UTC (the SDK always sends UTC). */
  public Instant date(String name) throws CmdletException {
    Object v = values.get(name);
    if (v == null) {
      return null;
    }
    String s = v instanceof String str ? str.trim() : String.valueOf(v);
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        try {
          return java.time.LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e3) {
          throw CmdletException.transformation(
              name, s, "System.DateTime", "String was not recognized as a valid DateTime.");
        }
      }
    }
  }

  /**
   * An enum value matched case-insensitively against the allowed names; returns the canonical name.
   */
  public String enumValue(String name, String type, List<String> allowed) throws CmdletException {
    String s = string(name);
    if (s == null) {
      return null;
    }
    for (String a : allowed) {
      if (a.equalsIgnoreCase(s.trim())) {
        return a;
      }
    }
    throw CmdletException.transformation(
        name,
        s,
        type,
        "Unable to match the identifier name "
            + s
            + " to a valid enumerator name. Specify one of the following enumerator names and try again: "
            + String.join(", ", allowed));
  }

  /** Several enum values. */
  public List<String> enumValues(String name, String type, List<String> allowed)
      throws CmdletException {
    List<String> out = new ArrayList<>();
    for (String s : strings(name)) {
      String match = null;
      for (String a : allowed) {
        if (a.equalsIgnoreCase(s.trim())) {
          match = a;
        }
      }
      if (match == null) {
        throw CmdletException.transformation(
            name,
            s,
            type + "[]",
            "Unable to match the identifier name "
                + s
                + " to a valid enumerator name. Specify one of the following enumerator names and try again: "
                + String.join(", ", allowed));
      }
      out.add(match);
    }
    return out;
  }

  /**
   * A multi-valued property edit: a hashtable with {@code Add}/{@code Remove} keys (the
   * {@code @odata.type} annotation is optional), or a plain list that replaces the values (returned
   * as {@code null} add/remove with {@link #replacement}).
   */
  public AddRemove hashtable(String name) throws CmdletException {
    Object v = values.get(name);
    if (!(v instanceof Map<?, ?> m)) {
      return null;
    }
    Map<String, Object> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    m.forEach((k, val) -> ci.put(String.valueOf(k), val));
    for (String k : ci.keySet()) {
      if (!k.equalsIgnoreCase("Add") && !k.equalsIgnoreCase("Remove") && !k.startsWith("@")) {
        throw CmdletException.transformation(
            name,
            "System.Collections.Hashtable",
            "Microsoft.Exchange.Data.MultiValuedProperty`1[System.String]",
            "The hash table key '" + k + "' isn't valid. The valid keys are Add and Remove.");
      }
    }
    return new AddRemove(toStrings(ci.get("Add")), toStrings(ci.get("Remove")));
  }

  /** The replacement list when a multi-valued parameter was given as a plain value or list. */
  public List<String> replacement(String name) throws CmdletException {
    Object v = values.get(name);
    return v instanceof Map ? null : strings(name);
  }

  private static List<String> toStrings(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        out.add(String.valueOf(o));
      }
    } else if (v != null) {
      out.add(String.valueOf(v));
    }
    return out;
  }

  /** Every parameter as a name (as spelled in the cmdlet definition) to value map. */
  public Map<String, Object> asMap() {
    return new LinkedHashMap<>(values);
  }

  private static String shown(Object v) {
    if (v instanceof Map) {
      return "System.Collections.Hashtable";
    }
    if (v instanceof List<?>) {
      return "System.Object[]";
    }
    return String.valueOf(v);
  }
}
