package dev.exchangesdk.admin.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Defensive, null-tolerant copies for the model records: {@code List.copyOf} and {@code Map.copyOf}
 * reject the nulls cmdlets return, and lose the service's property order.
 */
public final class Immutable {
  private Immutable() {}

  /** An unmodifiable copy without null elements; {@code null} gives an empty list. */
  public static <T> List<T> list(Collection<? extends T> values) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values.size());
    for (T v : values) {
      if (v != null) {
        copy.add(v);
      }
    }
    return Collections.unmodifiableList(copy);
  }

  /** An unmodifiable, order-keeping copy without null elements. */
  public static <T> Set<T> set(Collection<? extends T> values) {
    if (values == null || values.isEmpty()) {
      return Set.of();
    }
    Set<T> copy = new LinkedHashSet<>();
    for (T v : values) {
      if (v != null) {
        copy.add(v);
      }
    }
    return Collections.unmodifiableSet(copy);
  }

  /**
   * An unmodifiable, order-keeping copy that keeps null values; {@code null} gives an empty map.
   */
  public static Map<String, Object> map(Map<String, ?> values) {
    if (values == null || values.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
