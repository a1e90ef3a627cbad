package dev.exchangesdk.ews;

import dev.exchangesdk.core.AccessDeniedException;

/**
 * EWS refused the call as a whole (HTTP 403): in Exchange Online, EWS is disabled for the tenant,
 * or this application is not in the tenant's list of applications allowed to use it.
 *
 * <p>The message says what an administrator sets: {@code Set-OrganizationConfig -EWSEnabled $true}
 * and the application id in {@code EWSAllowedAppIDs} (with {@code EWSAppAccessPolicy}
 * EnforceAllowList), or for one mailbox {@code Set-CASMailbox -EwsEnabled $true}. Microsoft phases
 * EWS out of Exchange Online from 2026-10-01 and switches it off for good on 2027-04-01; Microsoft
 * Graph is the way forward there. Exchange Server on premises keeps EWS.
 */
public class EwsDisabledException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  public EwsDisabledException(String message, int statusCode, String requestId) {
    super(
        message,
        statusCode,
        "EwsDisabled",
        requestId,
        "EWSEnabled=$true for the organization and the app id in EWSAllowedAppIDs",
        null);
  }
}
