package dev.exchangesdk.compliance.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The status of a compliance search action (preview, purge, export), as {@code
 * Get-ComplianceSearchAction} reports it.
 *
 * <p>An open set: the service documents {@code Starting}, {@code InProgress} and {@code Completed}
 * (older documentation says {@code Started}); {@code Failed} ends an action too. A value the SDK
 * does not know is kept ({@link #isKnown()} false) and treated as still running. Comparison ignores
 * case. Immutable and thread-safe.
 */
public final class SearchActionStatus {
  public static final SearchActionStatus STARTING = new SearchActionStatus("Starting", false);
  public static final SearchActionStatus STARTED = new SearchActionStatus("Started", false);
  public static final SearchActionStatus IN_PROGRESS = new SearchActionStatus("InProgress", false);
  public static final SearchActionStatus COMPLETED = new SearchActionStatus("Completed", true);
  public static final SearchActionStatus FAILED = new SearchActionStatus("Failed", true);

  /** The service sent no status at all. */
  public static final SearchActionStatus UNKNOWN = new SearchActionStatus("", false);

  private static final Map<String, SearchActionStatus> KNOWN =
      index(STARTING, STARTED, IN_PROGRESS, COMPLETED, FAILED);

  private final String value;
  private final boolean terminal;

  private SearchActionStatus(String value, boolean terminal) {
    this.value = value;
    this.terminal = terminal;
  }

  /** The status for a value from the service; unknown values are kept, never rejected. */
  public static SearchActionStatus of(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    String trimmed = value.strip();
    SearchActionStatus known = KNOWN.get(trimmed.toLowerCase(Locale.ROOT));
    return known != null ? known : new SearchActionStatus(trimmed, false);
  }

  /** The value as the service sent it (empty for {@link #UNKNOWN}). */
  public String value() {
    return value;
  }

  /** Whether the SDK knows this value. */
  public boolean isKnown() {
    return KNOWN.containsKey(value.toLowerCase(Locale.ROOT));
  }

  /** Whether the action has ended: Completed or Failed. Unknown values are not terminal. */
  public boolean isTerminal() {
    return terminal;
  }

  /** Whether the action completed. */
  public boolean isSuccessful() {
    return equals(COMPLETED);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchActionStatus
        && value.equalsIgnoreCase(((SearchActionStatus) o).value);
  }

  @Override
  public int hashCode() {
    return value.toLowerCase(Locale.ROOT).hashCode();
  }

  @Override
  public String toString() {
    return value.isEmpty() ? "<none>" : value;
  }

  private static Map<String, SearchActionStatus> index(SearchActionStatus... statuses) {
    Map<String, SearchActionStatus> m = new HashMap<>();
    for (SearchActionStatus s : statuses) {
      m.put(s.value.toLowerCase(Locale.ROOT), s);
    }
    return Map.copyOf(m);
  }
}
