package dev.exchangesdk.core.internal.auth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.core.internal.http.HttpErrors;
import dev.exchangesdk.core.internal.http.Redaction;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;

/**
 * Reads what Microsoft Entra ID answers and turns failures into the SDK's exceptions: the OAuth
 * error JSON ({@code error}, {@code error_description}, {@code error_codes}, {@code trace_id}) into
 * an {@link AuthenticationException} carrying the {@code AADSTS} code and a hint; 429 and 5xx into
 * retryable exceptions; anything that is not JSON into a {@link ResponseFormatException}.
 */
final class EntraResponses {
  private static final Pattern AADSTS = Pattern.compile("\\bAADSTS\\d+");
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private EntraResponses() {}

  /** The body parsed as a JSON object, or {@code null} when it is not one. */
  static Map<?, ?> jsonObject(String body) {
    String trimmed = body == null ? "" : body.strip();
    if (!trimmed.startsWith("{")) {
      return null;
    }
    try {
      Object parsed = JSON.fromJson(trimmed);
      return parsed instanceof Map ? (Map<?, ?>) parsed : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The exception for a response that is not a usable success. */
  static ExchangeException failure(
      Response response, String body, String what, AppIdentity app, Clock clock) {
    int status = response.code();
    Map<?, ?> json = jsonObject(body);
    if (json == null) {
      return notJson(response, body, what, clock);
    }
    String error = string(json.get("error"));
    String description = string(json.get("error_description"));
    String code = aadstsCode(json.get("error_codes"), description);
    String requestId = requestId(response, string(json.get("trace_id")));
    String summary =
        what
            + " answered HTTP "
            + status
            + (error == null ? "" : " " + error)
            + (description == null ? "" : ": " + Redaction.oneLine(description, 600));
    if (status == 429) {
      return new ThrottledException(
          summary, status, code, requestId, HttpErrors.retryAfter(response, clock));
    }
    if (status >= 500 || "temporarily_unavailable".equals(error)) {
      return new ServiceUnavailableException(
          summary, status, code, requestId, HttpErrors.retryAfter(response, clock), null);
    }
    if (status < 400) {
      return new ResponseFormatException(
          what + " answered HTTP " + status + " without an access token: " + summary,
          status,
          code,
          requestId,
          null);
    }
    String hint = AadstsHints.hint(code, app);
    String message =
        "Microsoft Entra ID refused a token for app "
            + app.clientId()
            + " in tenant "
            + app.tenant()
            + " ("
            + summary
            + ")"
            + (hint == null ? "" : ". What to do: " + hint);
    return new AuthenticationException(
        message, status, code != null ? code : error, requestId, hint, null);
  }

  private static ExchangeException notJson(
      Response response, String body, String what, Clock clock) {
    int status = response.code();
    String contentType = response.header("Content-Type", "no content type");
    String snippet = Redaction.oneLine(body == null ? "" : body, 200);
    String summary =
        what
            + " answered HTTP "
            + status
            + " with "
            + contentType
            + " instead of JSON"
            + (snippet.isEmpty() ? "" : ": " + snippet);
    String requestId = requestId(response, null);
    if (status == 429) {
      return new ThrottledException(
          summary, status, null, requestId, HttpErrors.retryAfter(response, clock));
    }
    if (status >= 500) {
      return new ServiceUnavailableException(
          summary, status, null, requestId, HttpErrors.retryAfter(response, clock), null);
    }
    return new ResponseFormatException(
        summary
            + ". This is not Microsoft Entra ID: check the environment's authority host and any"
            + " proxy in between.",
        status,
        null,
        requestId,
        null);
  }

  private static String aadstsCode(Object errorCodes, String description) {
    if (errorCodes instanceof List && !((List<?>) errorCodes).isEmpty()) {
      Object first = ((List<?>) errorCodes).get(0);
      if (first instanceof Number) {
        return "AADSTS" + ((Number) first).longValue();
      }
    }
    if (description != null) {
      Matcher m = AADSTS.matcher(description);
      if (m.find()) {
        return m.group();
      }
    }
    return null;
  }

  private static String requestId(Response response, String traceId) {
    String header = response.header("x-ms-request-id");
    if (header != null && !header.isBlank()) {
      return header;
    }
    return traceId != null ? traceId : HttpErrors.requestId(response);
  }

  private static String string(Object value) {
    return value instanceof String && !((String) value).isBlank() ? (String) value : null;
  }
}
