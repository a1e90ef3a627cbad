package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.model.SearchStatus;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Objects;

/**
 * A purge was asked for a compliance search that is not Completed, so nothing was sent: purging a
 * running search would remove only what it has found so far, and a search that ended Failed,
 * Stopped or PartiallySucceeded did not search every location. {@link #status()} is the status the
 * search had. Wait for it ({@link ComplianceClient#awaitSearch}) or start it again, then purge.
 * Immutable once thrown.
 */
public class SearchNotCompletedException extends InvalidRequestException {
  private static final long serialVersionUID = 1L;

  private final String searchName;
  private final String status;

  public SearchNotCompletedException(String searchName, SearchStatus status) {
    super(message(searchName, status));
    this.searchName = Objects.requireNonNull(searchName, "searchName");
    this.status = Objects.requireNonNull(status, "status").value();
  }

  /** The search that was to be purged. */
  public String searchName() {
    return searchName;
  }

  /** Its status when the purge was refused ({@link SearchStatus#UNKNOWN} if it had none). */
  public SearchStatus status() {
    return SearchStatus.of(status);
  }

  private static String message(String searchName, SearchStatus status) {
    String what = status.value().isEmpty() ? "has no status" : "is " + status.value();
    String next;
    if (status.equals(SearchStatus.NOT_STARTED)) {
      next = "start it (startSearch) and wait until it is Completed (awaitSearch)";
    } else if (status.isTerminal()) {
      next = "start it again (startSearch) and wait until it is Completed (awaitSearch)";
    } else {
      next = "wait until it is Completed (awaitSearch)";
    }
    return "Purge refused before sending: the compliance search '"
        + searchName
        + "' "
        + what
        + ", not Completed. The service purges only what a search has found, so purge a"
        + " completed search: "
        + next
        + ", then purge.";
  }
}
