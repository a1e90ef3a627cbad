package dev.exchangesdk.core;

/**
 * The service understood the caller but refused the operation: a permission, role or access policy
 * is missing. {@link #missingPermission()} names the likely missing grant when it can be inferred.
 */
public class AccessDeniedException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  private final String missingPermission;

  public AccessDeniedException(
      String message,
      int statusCode,
      String errorCode,
      String requestId,
      String missingPermission,
      Throwable cause) {
    super(message, statusCode, errorCode, requestId, cause);
    this.missingPermission = missingPermission;
  }

  /** The permission or role that is likely missing, or {@code null} when unknown. */
  public String missingPermission() {
    return missingPermission;
  }
}
