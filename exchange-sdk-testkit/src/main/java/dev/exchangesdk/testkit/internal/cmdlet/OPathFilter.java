package dev.exchangesdk.testkit.internal.cmdlet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The OPATH subset of the {@code -Filter} parameter: {@code Property -eq|-ne|-like|-notlike
 * 'value'} (also with {@code "value"} and {@code $true}/{@code $false}/{@code $null}), combined
 * with {@code -and}, {@code -or}, {@code -not} and parentheses, evaluated against a cmdlet's output
 * object. Comparison is case-insensitive; {@code -like} takes {@code *} wildcards; a multi-valued
 * property matches when any value does.
 *
 * <p>Immutable after parsing; thread-safe.
 */
final class OPathFilter {
  private final Predicate<Map<String, Object>> predicate;

  private OPathFilter(Predicate<Map<String, Object>> predicate) {
    this.predicate = predicate;
  }

  static OPathFilter parse(String text) throws CmdletException {
    Parser p = new Parser(tokens(text));
    Predicate<Map<String, Object>> pred = p.or();
    if (p.pos != p.tokens.size()) {
      throw invalid(text);
    }
    return new OPathFilter(pred);
  }

  boolean matches(Map<String, Object> object) {
    return predicate.test(object);
  }

  private static CmdletException invalid(String text) {
    return CmdletException.invalid(
        "Microsoft.Exchange.Management.Tasks.ADFilterException",
        "Cannot bind parameter 'Filter' to the target. Exception setting \"Filter\": \"Invalid filter syntax. For a description of the filter parameter syntax see the command help.\n\""
            + text
            + "\" at position 1.\"");
  }

  private static List<String> tokens(String s) throws CmdletException {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '\'' || c == '"') {
        int end = s.indexOf(c, i + 1);
        if (end < 0) {
          throw invalid(s);
        }
        out.add("'" + s.substring(i + 1, end));
        i = end + 1;
      } else {
        int j = i;
        while (j < s.length()
            && !Character.isWhitespace(s.charAt(j))
            && s.charAt(j) != '('
            && s.charAt(j) != ')') {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      }
    }
    return out;
  }

  private static final class Parser {
    final List<String> tokens;
    int pos;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    String peek() {
      return pos < tokens.size() ? tokens.get(pos).toLowerCase(Locale.ROOT) : null;
    }

    Predicate<Map<String, Object>> or() throws CmdletException {
      Predicate<Map<String, Object>> left = and();
      while ("-or".equals(peek())) {
        pos++;
        left = left.or(and());
      }
      return left;
    }

    Predicate<Map<String, Object>> and() throws CmdletException {
      Predicate<Map<String, Object>> left = unary();
      while ("-and".equals(peek())) {
        pos++;
        left = left.and(unary());
      }
      return left;
    }

    Predicate<Map<String, Object>> unary() throws CmdletException {
      if ("-not".equals(peek())) {
        pos++;
        return unary().negate();
      }
      if ("(".equals(peek())) {
        pos++;
        Predicate<Map<String, Object>> inner = or();
        if (!")".equals(peek())) {
          throw invalid(String.join(" ", tokens));
        }
        pos++;
        return inner;
      }
      if (pos + 2 >= tokens.size()) {
        throw invalid(String.join(" ", tokens));
      }
      String property = tokens.get(pos);
      String op = tokens.get(pos + 1).toLowerCase(Locale.ROOT);
      String rawValue = tokens.get(pos + 2);
      pos += 3;
      String value;
      if (rawValue.startsWith("'")) {
        value = rawValue.substring(1);
      } else if (rawValue.equalsIgnoreCase("$true")) {
        value = "true";
      } else if (rawValue.equalsIgnoreCase("$false")) {
        value = "false";
      } else if (rawValue.equalsIgnoreCase("$null")) {
        value = null;
      } else {
        value = rawValue;
      }
      Pattern like =
          value == null
              ? null
              : Pattern.compile(
                  ("\\Q" + value + "\\E").replace("*", "\\E.*\\Q"), Pattern.CASE_INSENSITIVE);
      return switch (op) {
        case "-eq" ->
            o ->
                any(
                    o,
                    property,
                    v -> value == null ? v == null : v != null && v.equalsIgnoreCase(value));
        case "-ne" ->
            o ->
                !any(
                    o,
                    property,
                    v -> value == null ? v == null : v != null && v.equalsIgnoreCase(value));
        case "-like" ->
            o -> any(o, property, v -> v != null && like != null && like.matcher(v).matches());
        case "-notlike" ->
            o -> !any(o, property, v -> v != null && like != null && like.matcher(v).matches());
        default -> throw invalid(String.join(" ", tokens));
      };
    }
  }

  private static boolean any(Map<String, Object> o, String property, Predicate<String> test) {
    Object v = null;
    for (Map.Entry<String, Object> e : o.entrySet()) {
      if (e.getKey().equalsIgnoreCase(property)) {
        v = e.getValue();
      }
    }
    if (v instanceof Typed t) {
      v = t.value();
    }
    if (v instanceof Collection<?> c) {
      for (Object one : c) {
        if (test.test(String.valueOf(one))) {
          return true;
        }
      }
      return false;
    }
    return test.test(v == null ? null : String.valueOf(v));
  }
}
