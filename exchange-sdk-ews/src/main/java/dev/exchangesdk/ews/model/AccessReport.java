package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.ExchangeException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of a connectivity check: each step in order with its outcome, so a failure names the
 * exact step and what to change. Steps after a failure are {@link Outcome#SKIPPED}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mailbox the mailbox checked
 * @param endpoint the EWS endpoint called
 * @param checks one entry per {@link Step}, in order
 */
public record AccessReport(String mailbox, String endpoint, List<Check> checks) {

  public AccessReport {
    checks = List.copyOf(checks);
  }

  /** Whether no step failed (a folder step that was not asked for is skipped, not failed). */
  public boolean ok() {
    return failure().isEmpty();
  }

  /** The step that failed, if any. */
  public Optional<Check> failure() {
    return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).findFirst();
  }

  /** One line per step: {@code PASSED TOKEN ...}. */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("EWS access to ").append(mailbox).append(" via ").append(endpoint);
    for (Check c : checks) {
      s.append('\n').append(String.format("%-7s %-14s %s", c.outcome(), c.step(), c.detail()));
      if (c.hint() != null) {
        s.append("\n        hint: ").append(c.hint());
      }
    }
    return s.toString();
  }

  /** The steps of a connectivity check, in the order they run. */
  public enum Step {
    /** The credential returns an access token for the EWS scope. */
    TOKEN,
    /** The EWS endpoint answers over HTTPS (DNS, proxy, firewall, TLS). */
    ENDPOINT,
    /** EWS accepts the token (the app has {@code full_access_as_app} with admin consent). */
    TOKEN_ACCEPTED,
    /** EWS is enabled for the tenant and this application ({@code EWSEnabled}, allow list). */
    EWS_ENABLED,
    /**
     * The app may act on the mailbox (it exists; application access policy or RBAC allow it) and
     * read it: the root folder's {@code EffectiveRights/Read} is not false.
     */
    MAILBOX_ACCESS,
    /** The folder exists and its {@code EffectiveRights/Read} is not false. */
    FOLDER
  }

  /** How a step went. */
  public enum Outcome {
    PASSED,
    FAILED,
    /** Not run because an earlier step failed, or not asked for. */
    SKIPPED
  }

  /**
   * One step.
   *
   * @param detail what was found
   * @param hint what to change when it failed, else {@code null}
   * @param error the failure, else {@code null}
   */
  public record Check(
      Step step, Outcome outcome, String detail, String hint, ExchangeException error) {

    public Check {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(outcome, "outcome");
    }
  }
}
