package dev.exchangesdk.admin.model;

import dev.exchangesdk.core.ExchangeException;

/**
 * The outcome of {@code checkConnectivity()}: whether the client can get a token, reach the admin
 * endpoint and run a harmless read cmdlet, and if not, which step failed and what is likely
 * missing. Immutable and thread-safe.
 *
 * @param failedStep the step that failed, or null when all passed
 * @param message what happened, in a sentence
 * @param missingPermission the permission or role likely missing, or null
 * @param error the underlying failure, or null
 */
public record ConnectivityCheck(
    Step failedStep, String message, String missingPermission, ExchangeException error) {

  /** The steps, in the order they run. */
  public enum Step {
    /** Getting an access token from Entra ID (credential, certificate, tenant, app id). */
    TOKEN,
    /** Reaching the admin endpoint and reading its answer (network, proxy, TLS, URL). */
    ENDPOINT,
    /** Being allowed in (token audience, Exchange.ManageAsApp, the Entra role). */
    AUTHORIZATION,
    /** Running the read cmdlet ({@code Get-Mailbox -ResultSize 1}). */
    CMDLET
  }

  /** Whether every step passed. */
  public boolean ok() {
    return failedStep == null;
  }
}
