package dev.exchangesdk.testkit;

/**
 * A failure the token endpoint can be told to answer with ({@link Faults#failTokenRequests}). Each
 * is shaped like the identity platform's: an HTTP status and, for the AADSTS ones, the OAuth error
 * JSON with {@code error}, {@code error_description}, {@code error_codes}, trace and correlation
 * ids.
 *
 * <p>Immutable and thread-safe.
 */
public enum TokenFailure {
  /** HTTP 500 with {@code AADSTS90033: A transient error has occurred}. */
  SERVER_ERROR(
      500, "temporarily_unavailable", 90033, "A transient error has occurred. Please try again."),
  /** HTTP 503 with an empty body (a gateway in front of the identity platform). */
  SERVICE_UNAVAILABLE(503, null, 0, null),
  /** HTTP 429 with {@code Retry-After} and {@code AADSTS50196} (request loop / throttled). */
  THROTTLED(
      429,
      "temporarily_unavailable",
      50196,
      "The server terminated an operation because it encountered a client request loop. Please contact your app vendor."),
  /** HTTP 401 {@code invalid_client} with {@code AADSTS7000215} (bad credential). */
  INVALID_CLIENT(
      401,
      "invalid_client",
      7000215,
      "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app."),
  /** HTTP 400 {@code unauthorized_client} with {@code AADSTS7000112} (application disabled). */
  APPLICATION_DISABLED(400, "unauthorized_client", 7000112, "Application is disabled."),
  /** HTTP 400 {@code invalid_grant} with {@code AADSTS65001} (admin consent missing). */
  CONSENT_REQUIRED(
      400,
      "invalid_grant",
      65001,
      "The user or administrator has not consented to use the application. Send an interactive authorization request for this user and resource.");

  private final int status;
  private final String error;
  private final int code;
  private final String description;

  TokenFailure(int status, String error, int code, String description) {
    this.status = status;
    this.error = error;
    this.code = code;
    this.description = description;
  }

  /** The HTTP status of the failure. */
  public int status() {
    return status;
  }

  /** The OAuth {@code error} value, or {@code null} when the body is empty. */
  public String error() {
    return error;
  }

  /** The AADSTS code, or 0. */
  public int code() {
    return code;
  }

  /** The description without its {@code AADSTSnnnn: } prefix, or {@code null}. */
  public String description() {
    return description;
  }
}
