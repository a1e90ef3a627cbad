package dev.exchangesdk.core;

/**
 * The identity platform refused to issue a token, or a service refused the token it issued.
 *
 * <p>{@link #errorCode()} holds the {@code AADSTS} code when Entra sent one (for example {@code
 * AADSTS700027}), and {@link #hint()} a one-line suggestion of what to check.
 */
public class AuthenticationException extends ExchangeException {
  private static final long serialVersionUID = 1L;

  private final String hint;

  public AuthenticationException(String message, Throwable cause) {
    this(message, 0, null, null, null, cause);
  }

  public AuthenticationException(
      String message,
      int statusCode,
      String errorCode,
      String requestId,
      String hint,
      Throwable cause) {
    super(message, statusCode, errorCode, requestId, cause);
    this.hint = hint;
  }

  /** A one-line hint for the common failures, or {@code null}. */
  public String hint() {
    return hint;
  }
}
