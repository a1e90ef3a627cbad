package dev.exchangesdk.compliance.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, null-tolerant unmodifiable copies of the raw property maps the models carry. Stateless. */
final class RawProperties {
  private RawProperties() {}

  static Map<String, Object> freeze(Map<String, Object> map) {
    if (map == null) {
      return Map.of();
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, freezeValue(v)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object freezeValue(Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> copy = new LinkedHashMap<>();
      m.forEach((k, v) -> copy.put(String.valueOf(k), freezeValue(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      l.forEach(v -> copy.add(freezeValue(v)));
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
