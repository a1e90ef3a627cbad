package dev.exchangesdk.core.internal.cmdlet;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.BufferedSource;

/**
 * Reads an InvokeCommand JSON body into plain Java values: the output objects of {@code value}
 * (annotations and PowerShell remoting properties dropped), {@code @odata.nextLink}, {@code
 * @adminapi.warnings}, {@code @adminapi.errors} and an {@code error} object if present.
 *
 * <p>Whole numbers become {@link Long} when they fit and {@link BigInteger} otherwise (an inbox
 * rule's {@code RuleIdentity} is an unsigned 64-bit value); other numbers {@link BigDecimal},
 * exactly as written. Every map and list is unmodifiable.
 */
public final class CmdletResponseReader {
  /** Properties the PowerShell remoting layer adds to every object; they describe no data. */
  static final Set<String> REMOTING_PROPERTIES =
      Set.of("PSComputerName", "PSShowComputerName", "RunspaceId");

  /** What one response body holds. */
  public record Body(
      List<Map<String, Object>> objects,
      String nextLink,
      List<String> warnings,
      List<Object> errors,
      Map<String, Object> error) {}

  private CmdletResponseReader() {}

  /** Reads a body whose first non-blank character is known to be '{'. */
  public static Body read(BufferedSource source) throws IOException {
    JsonReader r = JsonReader.of(source);
    List<Map<String, Object>> objects = new ArrayList<>();
    Map<String, Object> loose = new LinkedHashMap<>();
    String nextLink = null;
    List<String> warnings = new ArrayList<>();
    List<Object> errors = new ArrayList<>();
    Map<String, Object> error = null;
    r.beginObject();
    while (r.hasNext()) {
      String name = r.nextName();
      switch (name) {
        case "value" -> readObjects(r, objects, loose);
        case "@odata.nextLink" ->
            nextLink = r.peek() == JsonReader.Token.NULL ? r.<String>nextNull() : r.nextString();
        case "@adminapi.warnings" -> {
          Object w = readValue(r, true);
          if (w instanceof List<?> list) {
            list.stream().filter(x -> x != null).forEach(x -> warnings.add(x.toString()));
          } else if (w != null) {
            warnings.add(w.toString());
          }
        }
        case "@adminapi.errors" -> {
          Object e = readValue(r, true);
          if (e instanceof List<?> list) {
            list.stream().filter(x -> x != null).forEach(errors::add);
          } else if (e != null) {
            errors.add(e);
          }
        }
        case "error" -> {
          Object e = readValue(r, true);
          if (e instanceof Map<?, ?>) {
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) e;
            error = m;
          }
        }
        default -> {
          if (name.indexOf('@') >= 0 || REMOTING_PROPERTIES.contains(name)) {
            r.skipValue();
          } else {
            loose.put(name, readValue(r, true));
          }
        }
      }
    }
    r.endObject();
    if (objects.isEmpty() && !loose.isEmpty()) {
      // A single object sent without the "value" collection wrapper.
      objects.add(Collections.unmodifiableMap(loose));
    }
    return new Body(
        Collections.unmodifiableList(objects),
        nextLink,
        List.copyOf(warnings),
        Collections.unmodifiableList(errors),
        error);
  }

  private static void readObjects(
      JsonReader r, List<Map<String, Object>> into, Map<String, Object> loose) throws IOException {
    if (r.peek() != JsonReader.Token.BEGIN_ARRAY) {
      // "value" holding a scalar: keep it rather than lose it.
      loose.put("value", readValue(r, true));
      return;
    }
    r.beginArray();
    while (r.hasNext()) {
      Object o = readValue(r, true);
      if (o instanceof Map<?, ?>) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) o;
        into.add(m);
      } else {
        // Cmdlets that output bare strings or numbers.
        into.add(Collections.singletonMap("value", o));
      }
    }
    r.endArray();
  }

  /** Reads any JSON value; in objects, annotation and remoting keys are dropped. */
  static Object readValue(JsonReader r, boolean dropAnnotations) throws IOException {
    switch (r.peek()) {
      case BEGIN_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
          String key = r.nextName();
          if (dropAnnotations && (key.indexOf('@') >= 0 || REMOTING_PROPERTIES.contains(key))) {
            r.skipValue();
          } else {
            m.put(key, readValue(r, dropAnnotations));
          }
        }
        r.endObject();
        return Collections.unmodifiableMap(m);
      }
      case BEGIN_ARRAY -> {
        List<Object> l = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
          l.add(readValue(r, dropAnnotations));
        }
        r.endArray();
        return Collections.unmodifiableList(l);
      }
      case STRING -> {
        return r.nextString();
      }
      case NUMBER -> {
        return number(r.nextString());
      }
      case BOOLEAN -> {
        return r.nextBoolean();
      }
      case NULL -> {
        return r.nextNull();
      }
      default -> throw new IOException("Unexpected JSON token " + r.peek() + " at " + r.getPath());
    }
  }

  /** The exact value of a JSON number literal. */
  static Object number(String literal) {
    if (literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
      try {
        return Long.parseLong(literal);
      } catch (NumberFormatException beyondLong) {
        return new BigInteger(literal);
      }
    }
    return new BigDecimal(literal);
  }
}
