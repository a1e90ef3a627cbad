package dev.exchangesdk.compliance.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What one step of a search-and-purge did. Immutable and thread-safe.
 *
 * @param step the step
 * @param status how it ended
 * @param detail one or two sentences for people (counts, statuses, the reason for a skip)
 * @param error the exception that failed it, when it failed with one
 */
public record StepOutcome(
    WorkflowStep step, Status status, String detail, Optional<RuntimeException> error) {

  /** How a step ended. */
  public enum Status {
    /** It ran and succeeded. */
    DONE,
    /** It was not needed (the object already existed, a dry run, nothing to purge ...). */
    SKIPPED,
    /** It stopped the workflow on purpose: a limit was exceeded or the purge was declined. */
    STOPPED,
    /** The wait ended before the work finished; resume later. */
    TIMED_OUT,
    /** It failed; see {@link StepOutcome#error()}. */
    FAILED
  }

  public StepOutcome {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(error, "error");
  }

  @Override
  public String toString() {
    return step + " " + status + ": " + detail;
  }
}
