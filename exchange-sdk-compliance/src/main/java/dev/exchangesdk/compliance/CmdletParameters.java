package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cmdlet parameters an input object's builder collects, checked as they are set and kept in the
 * order they were set. Not thread-safe; {@link #freeze()} gives the immutable result.
 */
final class CmdletParameters {
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** Sets a value as it is (text already checked, a flag). */
  CmdletParameters put(String parameter, Object value) {
    values.put(parameter, value);
    return this;
  }

  /** Sets a non-empty list of names, each checked (no blank or control characters). */
  CmdletParameters names(String parameter, String what, Collection<String> names) {
    List<String> checked = Inputs.names(what, names);
    if (checked.isEmpty()) {
      throw new InvalidRequestException("No " + what + " given for " + parameter);
    }
    values.put(parameter, checked);
    return this;
  }

  /**
   * The parameters, unmodifiable.
   *
   * @throws InvalidRequestException naming {@code what} when nothing was set and {@code
   *     requireChange} is true (an update that would change nothing)
   */
  Map<String, Object> freeze(boolean requireChange, String what) {
    if (requireChange && values.isEmpty()) {
      throw new InvalidRequestException("A " + what + " must change something");
    }
    return Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  Map<String, Object> freeze() {
    return freeze(false, "");
  }
}
