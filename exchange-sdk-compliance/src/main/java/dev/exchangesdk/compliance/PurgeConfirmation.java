package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.model.PurgePlan;

/**
 * The caller's go-ahead for a purge, asked once the search's counts are known and within the
 * limits. Without one, search-and-purge is a dry run. Implementations may show the plan to a person
 * or check it against a ticket; returning {@code false} declines (nothing is purged). It is called
 * at most once per run, on the thread running the workflow, so it need not be thread-safe.
 */
@FunctionalInterface
public interface PurgeConfirmation {

  /** Whether to purge what {@code plan} describes. */
  boolean confirm(PurgePlan plan);

  /**
   * Confirms every plan that is within the limits: the explicit "yes, purge" for unattended
   * incident response.
   */
  static PurgeConfirmation confirmed() {
    return plan -> true;
  }
}
