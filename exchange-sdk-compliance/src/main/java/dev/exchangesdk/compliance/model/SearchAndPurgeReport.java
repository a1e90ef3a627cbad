package dev.exchangesdk.compliance.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search-and-purge did, step by step, and what it left behind: the search and purge action
 * that exist now, the last state seen of each, the counts per mailbox and the purge results.
 * Immutable and thread-safe.
 *
 * @param searchName the search's name (resume with it)
 * @param purgeActionName the purge action's name, {@code {searchName}_Purge}
 * @param outcome how the workflow ended
 * @param steps every step in order, with its status
 * @param searchExists whether the search exists on the service now
 * @param purgeActionExists whether the purge action exists on the service now
 * @param search the last state of the search seen
 * @param plan the counts the purge decision was based on, once they were read
 * @param purgeAction the last state of the purge action seen
 * @param notes warnings for people (the 10-items-per-mailbox limit, unreadable results ...)
 */
public record SearchAndPurgeReport(
    String searchName,
    String purgeActionName,
    Outcome outcome,
    List<StepOutcome> steps,
    boolean searchExists,
    boolean purgeActionExists,
    Optional<ComplianceSearch> search,
    Optional<PurgePlan> plan,
    Optional<SearchAction> purgeAction,
    List<String> notes) {

  /** How a search-and-purge ended. */
  public enum Outcome {
    /** The search ran and its counts are in the report; no confirmation was given, so no purge. */
    DRY_RUN,
    /** The search found nothing; nothing to purge. */
    NOTHING_FOUND,
    /** The counts exceed the caller's limits; nothing purged. */
    LIMIT_EXCEEDED,
    /** The caller's confirmation declined; nothing purged. */
    DECLINED,
    /** The purge action completed. */
    PURGED,
    /** The search was still running when the wait timed out; resume later. */
    SEARCH_NOT_FINISHED,
    /** The purge action was still running when the wait timed out; resume later. */
    PURGE_NOT_FINISHED,
    /** A step failed; see {@link #failedStep()}. */
    FAILED
  }

  public SearchAndPurgeReport {
    Objects.requireNonNull(searchName, "searchName");
    Objects.requireNonNull(purgeActionName, "purgeActionName");
    Objects.requireNonNull(outcome, "outcome");
    steps = List.copyOf(steps);
    Objects.requireNonNull(search, "search");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(purgeAction, "purgeAction");
    notes = List.copyOf(notes);
  }

  /** The step that failed, when one did. */
  public Optional<StepOutcome> failedStep() {
    return steps.stream().filter(s -> s.status() == StepOutcome.Status.FAILED).findFirst();
  }

  /** The outcome of one step, when it was reached. */
  public Optional<StepOutcome> step(WorkflowStep step) {
    return steps.stream().filter(s -> s.step() == step).findFirst();
  }

  /** The purge action's results, once it exists. */
  public Optional<PurgeResults> purgeResults() {
    return purgeAction.map(SearchAction::purgeResults);
  }

  /**
   * Whether {@code resumeSearchAndPurge} with the same search name can continue: the search exists
   * and no purge has completed yet.
   */
  public boolean isResumable() {
    return searchExists && outcome != Outcome.PURGED && outcome != Outcome.NOTHING_FOUND;
  }

  @Override
  public String toString() {
    return "SearchAndPurgeReport{search="
        + searchName
        + ", outcome="
        + outcome
        + ", steps="
        + steps
        + '}';
  }
}
