package dev.exchangesdk.compliance;

import dev.exchangesdk.core.AccessDeniedException;
import java.util.Objects;

/**
 * Security &amp; Compliance refused an operation that it no longer offers in this form, as opposed
 * to a permission the caller could simply be granted: purge and preview restrictions introduced in
 * 2025-2026. {@link #reason()} says which restriction applied, {@link #alternative()} what to do
 * instead, and {@link #serverMessage()} keeps the service's own text.
 *
 * <p>The supported route for app-only search-and-purge is Microsoft Graph eDiscovery ({@link
 * #GRAPH_PURGE_ALTERNATIVE}). Immutable once thrown, like every SDK exception.
 */
public class ComplianceOperationNotAllowedException extends AccessDeniedException {
  private static final long serialVersionUID = 1L;

  /** The Graph eDiscovery purge route, the documented replacement for app-only purges. */
  public static final String GRAPH_PURGE_ALTERNATIVE =
      "Microsoft Graph eDiscovery: create a case and a search, then POST"
          + " https://graph.microsoft.com/v1.0/security/cases/ediscoveryCases/{caseId}/searches/{searchId}/purgeData"
          + " (application permission eDiscovery.ReadWrite.All; up to 100 items per location)";

  /** Which of the service's restrictions refused the operation. */
  public enum Reason {
    /**
     * Searches and purges need a "search-only session" (ExchangeOnlineManagement 3.9.0+, {@code
     * Connect-IPPSSession -EnableSearchOnlySession}), which a REST client cannot open.
     */
    SEARCH_ONLY_SESSION_REQUIRED,
    /** The cmdlet is not available to app-only (certificate) authentication. */
    APP_ONLY_NOT_SUPPORTED,
    /** Preview and Export actions work only in on-premises Exchange since 2025. */
    ON_PREMISES_ONLY,
    /** A purge action removes at most 10 items per mailbox. */
    PURGE_ITEM_LIMIT
  }

  private final Reason reason;
  private final String cmdlet;
  private final String serverMessage;
  private final String alternative;

  public ComplianceOperationNotAllowedException(
      String message,
      Reason reason,
      String cmdlet,
      String serverMessage,
      String alternative,
      int statusCode,
      String errorCode,
      String requestId,
      Throwable cause) {
    super(message, statusCode, errorCode, requestId, null, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.cmdlet = cmdlet;
    this.serverMessage = serverMessage;
    this.alternative = alternative;
  }

  public Reason reason() {
    return reason;
  }

  /** The cmdlet that was refused, e.g. {@code New-ComplianceSearchAction}. */
  public String cmdlet() {
    return cmdlet;
  }

  /** The service's own refusal text. */
  public String serverMessage() {
    return serverMessage;
  }

  /** What to do instead, in one or two sentences. */
  public String alternative() {
    return alternative;
  }
}
