package dev.exchangesdk.testkit.internal.http;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/**
 * JSON as plain Java trees ({@code Map}, {@code List}, {@code String}, {@code BigDecimal}, {@code
 * Boolean}, {@code null}) through Moshi's streaming reader and writer: explicit nulls are kept (a
 * cmdlet's {@code "ForwardingSmtpAddress": null} means "clear"), numbers keep every digit (inbox
 * rule identities exceed {@code long}), and object key order is preserved.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonTree {
  private JsonTree() {}

  /** Parses JSON text; throws {@link IOException} on malformed input. */
  public static Object parse(byte[] json) throws IOException {
    Buffer buffer = new Buffer().write(json);
    JsonReader reader = JsonReader.of(buffer);
    Object value = read(reader);
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new IOException("Trailing data after the JSON value");
    }
    return value;
  }

  private static Object read(JsonReader r) throws IOException {
    switch (r.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        r.beginObject();
        while (r.hasNext()) {
          String name = r.nextName();
          map.put(name, read(r));
        }
        r.endObject();
        return map;
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
          list.add(read(r));
        }
        r.endArray();
        return list;
      case STRING:
        return r.nextString();
      case NUMBER:
        return new BigDecimal(r.nextString());
      case BOOLEAN:
        return r.nextBoolean();
      case NULL:
        return r.nextNull();
      default:
        throw new IOException("Unexpected JSON token " + r.peek());
    }
  }

  /** Writes a tree as compact JSON, nulls included. */
  public static byte[] write(Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      w.setSerializeNulls(true);
      write(w, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }

  public static String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  private static void write(JsonWriter w, Object v) throws IOException {
    if (v == null) {
      w.nullValue();
    } else if (v instanceof Map<?, ?> m) {
      w.beginObject();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        w.name(String.valueOf(e.getKey()));
        write(w, e.getValue());
      }
      w.endObject();
    } else if (v instanceof Collection<?> c) {
      w.beginArray();
      for (Object o : c) {
        write(w, o);
      }
      w.endArray();
    } else if (v instanceof Boolean b) {
      w.value(b);
    } else if (v instanceof BigInteger || v instanceof BigDecimal) {
      w.value((Number) v);
    } else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
      w.value(((Number) v).longValue());
    } else if (v instanceof Number n) {
      w.value(n.doubleValue());
    } else {
      w.value(String.valueOf(v));
    }
  }
}
