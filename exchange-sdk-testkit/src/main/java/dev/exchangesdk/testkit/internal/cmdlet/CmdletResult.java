package dev.exchangesdk.testkit.internal.cmdlet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a cmdlet produced: its output objects (property name to value, values possibly {@link
 * Typed}), warnings ({@code @adminapi.warnings}) and non-fatal errors ({@code @adminapi.errors}).
 *
 * <p>Not thread-safe: built by one cmdlet run.
 */
public final class CmdletResult {
  public final List<Map<String, Object>> objects = new ArrayList<>();
  public final List<String> warnings = new ArrayList<>();
  public final List<String> errors = new ArrayList<>();

  public static CmdletResult of(List<Map<String, Object>> objects) {
    CmdletResult r = new CmdletResult();
    r.objects.addAll(objects);
    return r;
  }

  public static CmdletResult empty() {
    return new CmdletResult();
  }

  public CmdletResult warn(String warning) {
    warnings.add(warning);
    return this;
  }
}
