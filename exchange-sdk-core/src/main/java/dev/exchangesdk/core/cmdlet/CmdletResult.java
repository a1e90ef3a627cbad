package dev.exchangesdk.core.cmdlet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a cmdlet run through the generic escape hatch returned: its output objects as a JSON-like
 * tree, and the warnings it wrote.
 *
 * <p>Each object is a map from property name to value, in the order the service sent them, with the
 * OData annotations ({@code X@odata.type} ...) and the PowerShell remoting properties ({@code
 * PSComputerName}, {@code PSShowComputerName}, {@code RunspaceId}) removed. Values are {@code
 * null}, {@link String}, {@link Boolean}, {@link Long} (whole numbers that fit), {@link
 * java.math.BigInteger} (larger whole numbers, e.g. an inbox rule's unsigned 64-bit {@code
 * RuleIdentity}), {@link java.math.BigDecimal} (other numbers, exactly as sent), {@code
 * List<Object>} or {@code Map<String, Object>}. Dates and sizes stay in the service's text form
 * ({@code 2022-09-21T08:07:47.0000000+00:00}, {@code 99 GB (106,300,440,576 bytes)}).
 *
 * <p>Immutable and thread-safe: every list and map is unmodifiable.
 *
 * @param objects the output objects, from every page
 * @param warnings the warnings the cmdlet wrote, in order
 */
public record CmdletResult(List<Map<String, Object>> objects, List<CmdletWarning> warnings) {
  public CmdletResult {
    Objects.requireNonNull(objects, "objects");
    List<Map<String, Object>> frozen = new ArrayList<>(objects.size());
    for (Map<String, Object> o : objects) {
      frozen.add(freezeMap(Objects.requireNonNull(o, "object")));
    }
    objects = Collections.unmodifiableList(frozen);
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /** Whether the cmdlet wrote any warning. */
  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  // Deep, null-tolerant copies: Map.copyOf and List.copyOf reject the nulls cmdlets return.
  private static Map<String, Object> freezeMap(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), freeze(v)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object freeze(Object value) {
    if (value instanceof Map<?, ?> m) {
      return freezeMap(m);
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(v -> copy.add(freeze(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
