package dev.exchangesdk.compliance.model;

/** The steps of a search-and-purge, in order. Thread-safe. */
public enum WorkflowStep {
  /** {@code New-ComplianceSearch}. */
  CREATE_SEARCH,
  /** {@code Start-ComplianceSearch}. */
  START_SEARCH,
  /** Polling {@code Get-ComplianceSearch} until it finishes. */
  WAIT_FOR_SEARCH,
  /** Reading the per-mailbox counts and checking them against the caller's limits. */
  CHECK_LIMITS,
  /** Asking the caller's confirmation. */
  CONFIRM,
  /** {@code New-ComplianceSearchAction -Purge}. */
  CREATE_PURGE,
  /** Polling {@code Get-ComplianceSearchAction} until the purge finishes. */
  WAIT_FOR_PURGE
}
