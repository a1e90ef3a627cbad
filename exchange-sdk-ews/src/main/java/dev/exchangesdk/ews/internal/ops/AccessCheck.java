package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.ews.EwsDisabledException;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.AccessReport;
import dev.exchangesdk.ews.model.AccessReport.Check;
import dev.exchangesdk.ews.model.AccessReport.Outcome;
import dev.exchangesdk.ews.model.AccessReport.Step;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.WellKnownFolder;
import java.util.ArrayList;
import java.util.List;

/**
 * The connectivity check behind {@code EwsClient.verifyAccess}: a token, one GetFolder of the
 * mailbox root with its effective rights (whose failure tells which of endpoint, token, EWS policy
 * and mailbox access is wrong, and whose {@code EffectiveRights/Read} must not be false), then the
 * folder asked for, with the same read check. Never throws for a failed step: it reports it.
 *
 * <p>Stateless and thread-safe.
 */
public final class AccessCheck {
  static final String ENDPOINT_HINT =
      "check the endpoint URL (on premises it ends in /EWS/Exchange.asmx), DNS, the proxy, the"
          + " firewall (outbound HTTPS) and TLS trust";
  static final String TOKEN_HINT =
      "check the tenant, the application id and the certificate or secret registered for the app";
  static final String PERMISSION_HINT =
      "grant the application permission full_access_as_app (Office 365 Exchange Online) with admin"
          + " consent, and request the token for your cloud's EWS scope";
  static final String EWS_HINT =
      "an administrator runs Set-OrganizationConfig -EWSEnabled $true and, with"
          + " EWSAppAccessPolicy EnforceAllowList, adds the app id to EWSAllowedAppIDs (per"
          + " mailbox: Set-CASMailbox -EwsEnabled $true)";
  static final String MAILBOX_HINT =
      "check that the mailbox exists in this organization and that the app's application access"
          + " policy (New-ApplicationAccessPolicy) or RBAC for Applications scope includes it";
  static final String READ_HINT =
      "EWS serves the mailbox but denies reading it: with application access grant"
          + " full_access_as_app (or an RBAC for Applications role that reads mail) for a scope"
          + " that includes the mailbox; with delegated access grant FullAccess"
          + " (Add-MailboxPermission)";
  static final String FOLDER_READ_HINT =
      "the mailbox user's permissions on the folder refuse reading it: grant at least Reviewer"
          + " (Add-MailboxFolderPermission) or use an identity with full access";
  static final String FOLDER_HINT =
      "paths are walked by display name from Top of Information Store and names are localized;"
          + " well-known names (inbox, sentitems, deleteditems ...) work in every language";

  private AccessCheck() {}

  public static AccessReport run(
      TokenCredential credential,
      List<String> scopes,
      EwsTransport transport,
      String endpoint,
      MailboxContext mailbox,
      FolderRef folder) {
    List<Check> checks = new ArrayList<>();
    try {
      AccessToken token = credential.getToken(scopes);
      checks.add(pass(Step.TOKEN, "token for " + scopes + " valid until " + token.expiresAt()));
    } catch (ExchangeException e) {
      String hint =
          e instanceof AuthenticationException ? ((AuthenticationException) e).hint() : null;
      checks.add(fail(Step.TOKEN, e, hint != null ? hint : TOKEN_HINT));
      return skipRest(mailbox, endpoint, checks);
    }
    FolderOperations folders = new FolderOperations(transport, mailbox);
    try {
      // A GetFolder can succeed for an identity that may not read the mailbox's items (it sees
      // the folder, not its content), so the root's EffectiveRights/Read decides the step.
      FolderListReader.Listed root =
          folders.getWithReadRight(FolderRef.wellKnown(WellKnownFolder.MSG_FOLDER_ROOT));
      checks.add(pass(Step.ENDPOINT, endpoint + " answered"));
      checks.add(pass(Step.TOKEN_ACCEPTED, "EWS accepted the token"));
      checks.add(pass(Step.EWS_ENABLED, "EWS served the request"));
      String name = "'" + root.folder().displayName() + "' of " + mailbox.address();
      if (Boolean.FALSE.equals(root.canRead())) {
        checks.add(fail(Step.MAILBOX_ACCESS, noReadRight(name), READ_HINT));
        return skipRest(mailbox, endpoint, checks);
      }
      checks.add(pass(Step.MAILBOX_ACCESS, "read " + name + rightsNote(root)));
    } catch (ExchangeException e) {
      classify(e, endpoint, checks);
      return skipRest(mailbox, endpoint, checks);
    }
    if (folder == null) {
      checks.add(new Check(Step.FOLDER, Outcome.SKIPPED, "no folder asked for", null, null));
    } else {
      try {
        FolderListReader.Listed listed = folders.getWithReadRight(folder);
        MailFolder f = listed.folder();
        if (Boolean.FALSE.equals(listed.canRead())) {
          checks.add(
              fail(
                  Step.FOLDER,
                  noReadRight("folder '" + f.displayName() + "' of " + mailbox.address()),
                  FOLDER_READ_HINT));
          return new AccessReport(mailbox.address(), endpoint, checks);
        }
        checks.add(
            pass(
                Step.FOLDER,
                "found '"
                    + f.displayName()
                    + "'"
                    + (f.totalCount() != null ? " with " + f.totalCount() + " items" : "")
                    + rightsNote(listed)));
      } catch (ExchangeException e) {
        checks.add(
            fail(
                Step.FOLDER,
                e,
                e instanceof AccessDeniedException
                    ? "the mailbox user's permissions on the folder refuse it"
                    : FOLDER_HINT));
      }
    }
    return new AccessReport(mailbox.address(), endpoint, checks);
  }

  /** The failure of a folder EWS served whose {@code EffectiveRights/Read} is false. */
  private static AccessDeniedException noReadRight(String what) {
    return new AccessDeniedException(
        "EWS returned "
            + what
            + " but its effective rights deny reading it (EffectiveRights/Read"
            + " is false)",
        200,
        "NoReadRight",
        null,
        "read access to the mailbox (full_access_as_app, or FullAccess for a delegate)",
        null);
  }

  /** Says when the server left the rights out, so a pass is not read as a checked read right. */
  private static String rightsNote(FolderListReader.Listed f) {
    return f.canRead() == null ? " (the server did not report its effective rights)" : "";
  }

  /** Which step the failure of the first EWS call belongs to. */
  private static void classify(ExchangeException e, String endpoint, List<Check> checks) {
    if (e instanceof TransportException) {
      checks.add(fail(Step.ENDPOINT, e, ENDPOINT_HINT));
      return;
    }
    if (e.errorCode() == null
        && !(e instanceof AuthenticationException)
        && !(e instanceof AccessDeniedException)) {
      // An HTTP error without an EWS code: whatever answered is not (this) EWS endpoint.
      checks.add(fail(Step.ENDPOINT, e, ENDPOINT_HINT));
      return;
    }
    checks.add(pass(Step.ENDPOINT, endpoint + " answered"));
    if (e instanceof AuthenticationException) {
      checks.add(fail(Step.TOKEN_ACCEPTED, e, PERMISSION_HINT));
      return;
    }
    checks.add(pass(Step.TOKEN_ACCEPTED, "EWS accepted the token"));
    if (e instanceof EwsDisabledException) {
      checks.add(fail(Step.EWS_ENABLED, e, EWS_HINT));
      return;
    }
    checks.add(pass(Step.EWS_ENABLED, "EWS served the request"));
    String hint =
        e instanceof AccessDeniedException || e instanceof NotFoundException
            ? MAILBOX_HINT
            : e.isRetryable()
                ? "the server is busy or the mailbox is moving; try again later"
                : MAILBOX_HINT;
    checks.add(fail(Step.MAILBOX_ACCESS, e, hint));
  }

  private static AccessReport skipRest(
      MailboxContext mailbox, String endpoint, List<Check> checks) {
    Step[] steps = Step.values();
    for (int i = checks.size(); i < steps.length; i++) {
      checks.add(
          new Check(steps[i], Outcome.SKIPPED, "not run: an earlier step failed", null, null));
    }
    return new AccessReport(mailbox.address(), endpoint, checks);
  }

  private static Check pass(Step step, String detail) {
    return new Check(step, Outcome.PASSED, detail, null, null);
  }

  private static Check fail(Step step, ExchangeException e, String hint) {
    return new Check(step, Outcome.FAILED, e.getMessage(), hint, e);
  }
}
