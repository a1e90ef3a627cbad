package dev.exchangesdk.compliance.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The status of a compliance search, as the service reports it ({@code Get-ComplianceSearch} {@code
 * Status}).
 *
 * <p>The service's set of values is open: Microsoft documents {@code NotStarted}, {@code Starting},
 * {@code InProgress} and {@code Completed}, and its job model also knows {@code Stopping}, {@code
 * Stopped}, {@code Failed}, {@code PartiallySucceeded} and {@code Succeeded}. A value the SDK does
 * not know is kept as it came ({@link #isKnown()} is false) and treated as still running, so a new
 * service value never breaks a wait. Comparison ignores case. Immutable and thread-safe.
 */
public final class SearchStatus {
  public static final SearchStatus NOT_STARTED = new SearchStatus("NotStarted", Kind.IDLE);
  public static final SearchStatus STARTING = new SearchStatus("Starting", Kind.RUNNING);
  public static final SearchStatus IN_PROGRESS = new SearchStatus("InProgress", Kind.RUNNING);
  public static final SearchStatus STOPPING = new SearchStatus("Stopping", Kind.RUNNING);
  public static final SearchStatus COMPLETED = new SearchStatus("Completed", Kind.SUCCEEDED);

  /** The job model's name for a finished search; the cmdlet usually shows {@code Completed}. */
  public static final SearchStatus SUCCEEDED = new SearchStatus("Succeeded", Kind.SUCCEEDED);

  public static final SearchStatus PARTIALLY_SUCCEEDED =
      new SearchStatus("PartiallySucceeded", Kind.FINISHED_WITH_ERRORS);
  public static final SearchStatus FAILED = new SearchStatus("Failed", Kind.FINISHED_WITH_ERRORS);
  public static final SearchStatus STOPPED = new SearchStatus("Stopped", Kind.FINISHED_WITH_ERRORS);

  /** The service sent no status at all. */
  public static final SearchStatus UNKNOWN = new SearchStatus("", Kind.UNKNOWN);

  private static final Map<String, SearchStatus> KNOWN =
      index(
          NOT_STARTED,
          STARTING,
          IN_PROGRESS,
          STOPPING,
          COMPLETED,
          SUCCEEDED,
          PARTIALLY_SUCCEEDED,
          FAILED,
          STOPPED);

  private enum Kind {
    IDLE,
    RUNNING,
    SUCCEEDED,
    FINISHED_WITH_ERRORS,
    UNKNOWN
  }

  private final String value;
  private final Kind kind;

  private SearchStatus(String value, Kind kind) {
    this.value = value;
    this.kind = kind;
  }

  /** The status for a value from the service; unknown values are kept, never rejected. */
  public static SearchStatus of(String value) {
    if (value == null || value.isBlank()) {
      return UNKNOWN;
    }
    String trimmed = value.strip();
    SearchStatus known = KNOWN.get(trimmed.toLowerCase(Locale.ROOT));
    return known != null ? known : new SearchStatus(trimmed, Kind.UNKNOWN);
  }

  /** The value as the service sent it (empty for {@link #UNKNOWN}). */
  public String value() {
    return value;
  }

  /** Whether the SDK knows this value. */
  public boolean isKnown() {
    return kind != Kind.UNKNOWN;
  }

  /**
   * Whether the search has finished and will not change without a new start: Completed, Succeeded,
   * PartiallySucceeded, Failed or Stopped. NotStarted is not terminal (a wait started right after
   * Start-ComplianceSearch may still see it); unknown values are not terminal.
   */
  public boolean isTerminal() {
    return kind == Kind.SUCCEEDED || kind == Kind.FINISHED_WITH_ERRORS;
  }

  /** Whether the search finished and all its locations were searched (Completed or Succeeded). */
  public boolean isSuccessful() {
    return kind == Kind.SUCCEEDED;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchStatus && value.equalsIgnoreCase(((SearchStatus) o).value);
  }

  @Override
  public int hashCode() {
    return value.toLowerCase(Locale.ROOT).hashCode();
  }

  @Override
  public String toString() {
    return value.isEmpty() ? "<none>" : value;
  }

  private static Map<String, SearchStatus> index(SearchStatus... statuses) {
    Map<String, SearchStatus> m = new HashMap<>();
    for (SearchStatus s : statuses) {
      m.put(s.value.toLowerCase(Locale.ROOT), s);
    }
    return Map.copyOf(m);
  }
}
