package dev.exchangesdk.compliance.internal;

import dev.exchangesdk.compliance.ComplianceOperationNotAllowedException;
import dev.exchangesdk.compliance.ComplianceOperationNotAllowedException.Reason;
import dev.exchangesdk.compliance.UnsupportedAuthModeException;
import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.ExchangeException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Recognises the refusals Security &amp; Compliance introduced in 2025-2026 in a failed cmdlet call
 * and turns them into typed exceptions that say what happened and what to do instead.
 *
 * <p>Matching uses stable fragments of the service's text, never a whole sentence:
 *
 * <ul>
 *   <li>search-only session: {@code EnableSearchOnlySession} / "search-only session" (the service
 *       says "Please close the current PowerShell session and open a new session using
 *       Connect-IPPSSession with the -EnableSearchOnlySession flag. This requires using
 *       ExchangeOnlineManagement v3.9.0 or higher.");
 *   <li>app-only: "app-only", "app only", "application permission" together with "not supported",
 *       "not allowed" or "not available"; or an access refusal of a cmdlet Microsoft documents as
 *       unavailable to app-only sessions while the token is app-only;
 *   <li>Preview/Export on-premises only: a refused {@code New-ComplianceSearchAction -Preview} or
 *       {@code -Export} whose text mentions on-premises, says the parameter cannot be found, or
 *       says it is no longer supported;
 *   <li>purge limit: a refused purge whose text mentions the 10-item limit.
 * </ul>
 *
 * <p>The original exception stays attached as the cause and its text is kept in the message.
 * Stateless and thread-safe.
 */
public final class ComplianceRefusals {

  /** Cmdlets Microsoft documents as unavailable to app-only (certificate) sessions. */
  static final Set<String> NOT_FOR_APP_ONLY =
      Set.of(
          "new-compliancesearch",
          "start-compliancesearch",
          "new-compliancesearchaction",
          "get-compliancesearchaction",
          "new-compliancecase",
          "get-compliancecase",
          "get-caseholdpolicy",
          "new-caseholdpolicy",
          "set-caseholdpolicy",
          "remove-caseholdpolicy",
          "new-caseholdrule",
          "remove-caseholdrule");

  private static final String ACTION_CMDLET = "New-ComplianceSearchAction";

  private static final Pattern SEARCH_ONLY =
      Pattern.compile("(?i)searchonlysession|search[- ]only session");
  private static final Pattern APP_ONLY =
      Pattern.compile("(?i)app[- ]?only|application permission|application context");
  private static final Pattern REFUSED =
      Pattern.compile(
          "(?i)not supported|isn't supported|unsupported|not allowed|isn't allowed|not available"
              + "|isn't available|not permitted|cannot be used|can't be used");
  private static final Pattern ON_PREMISES =
      Pattern.compile(
          "(?i)on-premises|on premises|onpremises|no longer supported|retired|deprecated"
              + "|parameter cannot be found that matches parameter name '?(preview|export)");
  private static final Pattern PURGE_LIMIT =
      Pattern.compile("(?i)\\b10 items\\b|maximum of 10\\b|more than 10\\b|10[- ]item");
  private static final Pattern PURGE_PARAMETER_MISSING =
      Pattern.compile("(?i)parameter cannot be found that matches parameter name '?purge");
  private static final Pattern CMDLET_NOT_VISIBLE =
      Pattern.compile("(?i)is not recognized|not allowed to call|isn't recognized");

  private static final String DELEGATED_ALTERNATIVE =
      "Run it with delegated (user) sign-in in PowerShell instead: Connect-IPPSSession"
          + " -EnableSearchOnlySession (ExchangeOnlineManagement 3.9.0 or later), or use "
          + ComplianceOperationNotAllowedException.GRAPH_PURGE_ALTERNATIVE;

  private ComplianceRefusals() {}

  /**
   * The typed refusal for {@code e}, or {@code e} itself when it is not one of them.
   *
   * @param parameters the cmdlet's parameters (to tell a purge from a preview)
   * @param tokenKind how the caller signed in, as far as the token says; asked only when needed
   */
  public static ExchangeException refine(
      ExchangeException e,
      String cmdlet,
      Map<String, Object> parameters,
      Supplier<TokenKind> tokenKind) {
    String text = serverText(e);
    boolean action = cmdlet.equalsIgnoreCase(ACTION_CMDLET);
    boolean previewOrExport =
        action && (parameters.containsKey("Preview") || parameters.containsKey("Export"));
    boolean purge = action && parameters.containsKey("Purge");

    if (SEARCH_ONLY.matcher(text).find()) {
      return unsupportedAuth(
          e,
          cmdlet,
          Reason.SEARCH_ONLY_SESSION_REQUIRED,
          cmdlet
              + " was refused: the service requires a search-only session for compliance searches"
              + " and purges, which only the ExchangeOnlineManagement PowerShell module can open"
              + " (its wire form is undocumented).",
          DELEGATED_ALTERNATIVE);
    }
    if (APP_ONLY.matcher(text).find() && REFUSED.matcher(text).find()) {
      return appOnly(e, cmdlet);
    }
    if (previewOrExport && ON_PREMISES.matcher(text).find()) {
      String which = parameters.containsKey("Preview") ? "Preview" : "Export";
      return notAllowed(
          e,
          cmdlet,
          Reason.ON_PREMISES_ONLY,
          cmdlet
              + " -"
              + which
              + " was refused: Microsoft made Preview and Export search actions available in"
              + " on-premises Exchange only (May 2025).",
          "Read the per-location counts of the search itself (getSearch(...).successResults()),"
              + " or review and export items with Microsoft Purview eDiscovery (portal or Graph"
              + " /security/cases/ediscoveryCases).");
    }
    if (purge && PURGE_LIMIT.matcher(text).find()) {
      return notAllowed(
          e,
          cmdlet,
          Reason.PURGE_ITEM_LIMIT,
          cmdlet + " -Purge was refused: a purge action removes at most 10 items per mailbox.",
          "Narrow the search so that no mailbox has more than 10 matching items, or purge in"
              + " rounds (search again after each purge completes), or use "
              + ComplianceOperationNotAllowedException.GRAPH_PURGE_ALTERNATIVE);
    }
    boolean refusedAccess =
        e instanceof AccessDeniedException || CMDLET_NOT_VISIBLE.matcher(text).find();
    if (refusedAccess
        && NOT_FOR_APP_ONLY.contains(cmdlet.toLowerCase(Locale.ROOT))
        && tokenKind.get() == TokenKind.APP_ONLY) {
      return appOnly(e, cmdlet);
    }
    if (purge && PURGE_PARAMETER_MISSING.matcher(text).find()) {
      return missingRole(e, cmdlet, ComplianceRoles.PURGE);
    }
    if (CMDLET_NOT_VISIBLE.matcher(text).find() && !(e instanceof AccessDeniedException)) {
      // Security & Compliance hides cmdlets the caller's role groups do not grant.
      return missingRole(e, cmdlet, ComplianceRoles.forCmdlet(cmdlet));
    }
    return e;
  }

  /**
   * The exception's message without the role advice the transport appended to it, so that only the
   * service's words are matched (the advice itself mentions application permissions).
   */
  private static String serverText(ExchangeException e) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof AccessDeniedException ad && ad.missingPermission() != null) {
      text = text.replace(ad.missingPermission(), "");
    }
    return text;
  }

  private static ExchangeException appOnly(ExchangeException e, String cmdlet) {
    return unsupportedAuth(
        e,
        cmdlet,
        Reason.APP_ONLY_NOT_SUPPORTED,
        cmdlet
            + " was refused for app-only (certificate) authentication: Microsoft does not offer"
            + " compliance searches, search actions, cases and case holds to app-only sessions"
            + " (if the app should have access, also check its role group: "
            + ComplianceRoles.forCmdlet(cmdlet)
            + ").",
        DELEGATED_ALTERNATIVE);
  }

  private static ExchangeException unsupportedAuth(
      ExchangeException e, String cmdlet, Reason reason, String what, String alternative) {
    return new UnsupportedAuthModeException(
        message(e, what, alternative),
        reason,
        cmdlet,
        e.getMessage(),
        alternative,
        e.statusCode(),
        e.errorCode(),
        e.requestId(),
        e);
  }

  private static ExchangeException notAllowed(
      ExchangeException e, String cmdlet, Reason reason, String what, String alternative) {
    return new ComplianceOperationNotAllowedException(
        message(e, what, alternative),
        reason,
        cmdlet,
        e.getMessage(),
        alternative,
        e.statusCode(),
        e.errorCode(),
        e.requestId(),
        e);
  }

  /** What happened, what to do instead, and the service's own words. */
  private static String message(ExchangeException e, String what, String alternative) {
    String instead = alternative.endsWith(".") ? alternative : alternative + ".";
    return what + " " + instead + " The service said: " + e.getMessage();
  }

  private static ExchangeException missingRole(ExchangeException e, String cmdlet, String role) {
    return new AccessDeniedException(
        cmdlet
            + " is not available to this identity, which is how Security & Compliance reports a"
            + " missing role. It likely needs "
            + role
            + ". The service said: "
            + e.getMessage(),
        e.statusCode(),
        e.errorCode(),
        e.requestId(),
        role,
        e);
  }
}
