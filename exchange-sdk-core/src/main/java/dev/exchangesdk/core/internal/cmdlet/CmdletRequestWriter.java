package dev.exchangesdk.core.internal.cmdlet;

import com.squareup.moshi.JsonWriter;
import dev.exchangesdk.core.InvalidRequestException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import okio.Buffer;
import okio.ByteString;

/**
 * Writes the InvokeCommand body {@code {"CmdletInput":{"CmdletName":...,"Parameters":{...}}}}.
 *
 * <p>Parameter values: {@code null} stays JSON {@code null} ($null clears a property: a writer that
 * dropped nulls would turn "stop forwarding" into a silent no-op); strings, booleans (switches are
 * {@code true}) and numbers as they are ({@link BigInteger}/{@link BigDecimal} exactly); enums by
 * {@link Enum#name()}; {@link UUID}s as text; {@link Instant}, {@link OffsetDateTime} and {@link
 * ZonedDateTime} as UTC {@code yyyy-MM-ddTHH:mm:ss.fffffffZ}; {@link Duration} as a .NET TimeSpan
 * {@code d.hh:mm:ss}; collections and object arrays as JSON arrays (one element is still an array);
 * maps as PowerShell hashtables ({@code "@odata.type":"#Exchange.GenericHashTable"} plus the
 * entries). Anything else is refused with {@link InvalidRequestException} before sending.
 */
public final class CmdletRequestWriter {
  static final String HASHTABLE_TYPE = "#Exchange.GenericHashTable";

  private CmdletRequestWriter() {}

  /** The UTF-8 JSON body for {@code request}. */
  public static ByteString body(CmdletRequest request) {
    Buffer buffer = new Buffer();
    try (JsonWriter w = JsonWriter.of(buffer)) {
      // Explicit nulls must reach the service (Set-Mailbox -ForwardingSmtpAddress $null).
      w.setSerializeNulls(true);
      w.beginObject().name("CmdletInput").beginObject();
      w.name("CmdletName").value(request.cmdletName());
      w.name("Parameters").beginObject();
      for (Map.Entry<String, Object> p : request.parameters().entrySet()) {
        w.name(p.getKey());
        writeValue(w, p.getValue(), request.cmdletName(), p.getKey());
      }
      w.endObject().endObject().endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a memory buffer cannot fail", e);
    }
    return buffer.readByteString();
  }

  private static void writeValue(JsonWriter w, Object v, String cmdlet, String param)
      throws IOException {
    if (v == null) {
      w.nullValue();
    } else if (v instanceof CharSequence s) {
      w.value(s.toString());
    } else if (v instanceof Boolean b) {
      w.value(b.booleanValue());
    } else if (v instanceof Integer
        || v instanceof Long
        || v instanceof Short
        || v instanceof Byte) {
      w.value(((Number) v).longValue());
    } else if (v instanceof BigInteger || v instanceof BigDecimal) {
      w.value((Number) v);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw unsupported(cmdlet, param, "a non-finite number");
      }
      w.value(d);
    } else if (v instanceof Enum<?> e) {
      w.value(e.name());
    } else if (v instanceof UUID u) {
      w.value(u.toString());
    } else if (v instanceof Instant i) {
      w.value(CmdletValues.formatDateTime(i));
    } else if (v instanceof OffsetDateTime o) {
      w.value(CmdletValues.formatDateTime(o.toInstant()));
    } else if (v instanceof ZonedDateTime z) {
      w.value(CmdletValues.formatDateTime(z.toInstant()));
    } else if (v instanceof Duration d) {
      w.value(CmdletValues.formatTimeSpan(d));
    } else if (v instanceof Map<?, ?> m) {
      w.beginObject();
      w.name("@odata.type").value(HASHTABLE_TYPE);
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String key)) {
          throw unsupported(cmdlet, param, "a hashtable with a non-text key");
        }
        w.name(key);
        writeValue(w, e.getValue(), cmdlet, param);
      }
      w.endObject();
    } else if (v instanceof Iterable<?> it) {
      w.beginArray();
      for (Object e : it) {
        writeValue(w, e, cmdlet, param);
      }
      w.endArray();
    } else if (v instanceof Object[] array) {
      w.beginArray();
      for (Object e : array) {
        writeValue(w, e, cmdlet, param);
      }
      w.endArray();
    } else {
      throw unsupported(cmdlet, param, "a " + v.getClass().getName());
    }
  }

  private static InvalidRequestException unsupported(String cmdlet, String param, String what) {
    return new InvalidRequestException(
        "Parameter "
            + param
            + " of "
            + cmdlet
            + " is "
            + what
            + ", which cannot be sent to a cmdlet; use text, a boolean, a number, an enum, a"
            + " date-time, a Duration, a collection or a map");
  }
}
