package dev.exchangesdk.compliance;

/**
 * Security &amp; Compliance refused a cmdlet because of how the caller signed in: app-only
 * (certificate) authentication is not allowed for it, or it requires a search-only session that
 * only the PowerShell module can open. Retrying will not help; {@link #alternative()} names the
 * supported route (usually Microsoft Graph eDiscovery, or delegated sign-in). Immutable once
 * thrown.
 */
public class UnsupportedAuthModeException extends ComplianceOperationNotAllowedException {
  private static final long serialVersionUID = 1L;

  public UnsupportedAuthModeException(
      String message,
      Reason reason,
      String cmdlet,
      String serverMessage,
      String alternative,
      int statusCode,
      String errorCode,
      String requestId,
      Throwable cause) {
    super(
        message,
        reason,
        cmdlet,
        serverMessage,
        alternative,
        statusCode,
        errorCode,
        requestId,
        cause);
  }
}
