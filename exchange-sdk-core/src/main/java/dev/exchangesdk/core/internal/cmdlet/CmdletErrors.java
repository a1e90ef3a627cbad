package dev.exchangesdk.core.internal.cmdlet;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.core.internal.http.HttpErrors;
import dev.exchangesdk.core.internal.http.Redaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Turns a failed InvokeCommand response (or the {@code @adminapi.errors} of a 200) into the SDK's
 * exception: not found, invalid request, access denied (naming the likely missing role), throttled
 * or unavailable (retryable), authentication, or a plain {@link ExchangeException}. The server's
 * text is kept in the message (it names objects, never secrets) with the exception type.
 */
final class CmdletErrors {
  /** Text of the per-tenant concurrency refusal, sent with 200 or 400. */
  static final String CONCURRENCY_LIMIT_TEXT = "maximum number of concurrent requests per tenant";

  /** Exception types the service raises for conditions that pass on their own. */
  static final Set<String> TRANSIENT_TYPES =
      Set.of(
          "DCOverloadedException",
          "SuitabilityDirectoryException",
          "ServerInMMException",
          "ADServerSettingsChangedException",
          "StorageTransientException");

  private static final int MAX_ERROR_BODY = 1024 * 1024;

  /** One error as the service describes it: {@code ErrorId|ExceptionType|Text}. */
  record Detail(String errorId, String exceptionType, String text) {
    /** Splits {@code ErrorId|ExceptionType|Text}; anything else is all text. */
    static Detail parse(String message) {
      String[] parts = message.split("\\|", 3);
      if (parts.length == 3) {
        return new Detail(blankToNull(parts[0]), blankToNull(parts[1]), parts[2].strip());
      }
      return new Detail(null, null, message.strip());
    }

    String simpleType() {
      if (exceptionType == null) {
        return null;
      }
      int dot = exceptionType.lastIndexOf('.');
      return dot < 0 ? exceptionType : exceptionType.substring(dot + 1);
    }
  }

  private final String service;
  private final Clock clock;
  private final CmdletPermissionHint hint;

  CmdletErrors(String service, Clock clock, CmdletPermissionHint hint) {
    this.service = service;
    this.clock = clock;
    this.hint = hint;
  }

  /** The exception for a response with a non-2xx status. */
  ExchangeException fromResponse(Response response, String cmdlet) {
    int status = response.code();
    String requestId = HttpErrors.requestId(response);
    Duration retryAfter = HttpErrors.retryAfter(response, clock);
    byte[] body = readCapped(response.body());
    String text = new String(body, StandardCharsets.UTF_8);
    if (text.contains(CONCURRENCY_LIMIT_TEXT)) {
      return concurrencyLimit(cmdlet, status, requestId, retryAfter);
    }
    if (isBlank(body)) {
      return emptyBody(cmdlet, status, requestId, retryAfter);
    }
    Map<String, Object> error = errorObject(text);
    Detail detail = error == null ? null : detailOf(error);
    String headerType = response.header("X-ExceptionType");
    if (detail == null) {
      String shown = Redaction.oneLine(text, 300);
      boolean json = error != null || text.stripLeading().startsWith("{");
      detail =
          new Detail(
              null,
              headerType,
              json
                  ? shown
                  : "the service sent a non-JSON body (" + contentType(response) + "): " + shown);
    } else if (detail.exceptionType() == null && headerType != null) {
      detail = new Detail(detail.errorId(), headerType, detail.text());
    }
    String serverCode = error == null ? null : stringOrNull(error.get("code"));
    return classify(cmdlet, status, detail, serverCode, requestId, retryAfter);
  }

  /** The exception for the {@code @adminapi.errors} of a successful response. */
  ExchangeException fromAdminApiErrors(
      List<Object> errors, int status, String cmdlet, String requestId) {
    Detail first = detailOfAdminApiError(errors.get(0));
    String text = first.text();
    if (errors.size() > 1) {
      StringBuilder all = new StringBuilder(text);
      for (Object e : errors.subList(1, errors.size())) {
        all.append("; ").append(detailOfAdminApiError(e).text());
      }
      all.append(" (").append(errors.size()).append(" errors)");
      text = all.toString();
    }
    return classify(
        cmdlet,
        status,
        new Detail(first.errorId(), first.exceptionType(), text),
        null,
        requestId,
        null);
  }

  /** The exception for an OData {@code error} object inside a successful response. */
  ExchangeException fromErrorObject(
      Map<String, Object> error, int status, String cmdlet, String requestId) {
    Detail detail = detailOf(error);
    if (detail == null) {
      detail = new Detail(null, null, error.toString());
    }
    return classify(cmdlet, status, detail, stringOrNull(error.get("code")), requestId, null);
  }

  /** The per-tenant concurrency refusal: the cmdlet did not run, so any call may be repeated. */
  ThrottledException concurrencyLimit(
      String cmdlet, int status, String requestId, Duration retryAfter) {
    return new ThrottledBeforeRunException(
        cmdlet
            + " was refused: the tenant reached the service's maximum number of concurrent"
            + " requests; lower HttpOptions.maxConcurrentRequests if this persists",
        status,
        "ConcurrencyLimit",
        requestId,
        retryAfter);
  }

  private ExchangeException emptyBody(
      String cmdlet, int status, String requestId, Duration retryAfter) {
    if (status == 403) {
      String missing = hint.missingPermission(cmdlet);
      return new AccessDeniedException(
          cmdlet
              + " was refused with HTTP 403 and no error text, which is how "
              + service
              + " reports a missing permission or role. The app likely needs "
              + missing
              + ".",
          status,
          "Forbidden",
          requestId,
          missing,
          null);
    }
    return classify(
        cmdlet,
        status,
        new Detail(null, null, "HTTP " + status + " with an empty body"),
        null,
        requestId,
        retryAfter);
  }

  private ExchangeException classify(
      String cmdlet,
      int status,
      Detail d,
      String serverCode,
      String requestId,
      Duration retryAfter) {
    String type = d.simpleType();
    String text = d.text() == null || d.text().isBlank() ? "no error text" : d.text();
    String message =
        cmdlet
            + " failed"
            + (status >= 300 ? " (HTTP " + status + ")" : "")
            + ": "
            + text
            + (type != null ? " [" + type + "]" : "");
    String code = d.errorId() != null ? d.errorId() : type != null ? type : serverCode;
    if (text.contains(CONCURRENCY_LIMIT_TEXT)) {
      return concurrencyLimit(cmdlet, status, requestId, retryAfter);
    }
    if (status == 429) {
      return new ThrottledBeforeRunException(message, status, code, requestId, retryAfter);
    }
    if (isTransient(type, text)) {
      return new ServiceUnavailableException(message, status, code, requestId, retryAfter, null);
    }
    if ("CommandNotFoundException".equals(type)) {
      // Not a missing object: the service does not know the cmdlet, or the app's roles hide it.
      return new InvalidRequestException(
          message
              + ". The cmdlet does not exist in this service, or none of the roles assigned to the"
              + " app includes it.",
          status,
          code,
          requestId,
          null);
    }
    if ((type != null && type.endsWith("NotFoundException")) || status == 404) {
      return new NotFoundException(message, status, code, requestId, null);
    }
    if (isAccessDenied(type) || status == 403) {
      String missing = hint.missingPermission(cmdlet);
      return new AccessDeniedException(
          message + ". The app likely needs " + missing + ".",
          status,
          code,
          requestId,
          missing,
          null);
    }
    if (status == 401) {
      return new AuthenticationException(
          message,
          status,
          code,
          requestId,
          "the service rejected the access token; check the token's audience (scope) and that the"
              + " app has the Exchange.ManageAsApp permission",
          null);
    }
    if (isInvalid(type) || status == 400 || status == 422) {
      return new InvalidRequestException(message, status, code, requestId, null);
    }
    if (status == 502 || status == 503 || status == 504) {
      return new ServiceUnavailableException(message, status, code, requestId, retryAfter, null);
    }
    if (status == 408) {
      return new ThrottledException(message, status, code, requestId, retryAfter);
    }
    return new ExchangeException(message, status, code, requestId, null);
  }

  private static boolean isTransient(String type, String text) {
    if (type != null && TRANSIENT_TYPES.contains(type)) {
      return true;
    }
    for (String t : TRANSIENT_TYPES) {
      if (text.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAccessDenied(String type) {
    return type != null
        && (type.contains("AccessDenied")
            || type.contains("UnauthorizedAccess")
            || type.contains("PermissionDenied")
            || type.equals("OperationRequiresGroupManagerException"));
  }

  private static boolean isInvalid(String type) {
    return type != null
        && (type.contains("ParameterBinding")
            || type.contains("ParameterTransformation")
            || type.contains("Ambiguous")
            || type.contains("Validation")
            || type.startsWith("Argument")
            || type.contains("InvalidParameter")
            || type.contains("AlreadyExists")
            || type.contains("ProxyAddressExists"));
  }

  /** The {@code error} object of a JSON error body, or {@code null} when there is none. */
  private static Map<String, Object> errorObject(String text) {
    if (!text.stripLeading().startsWith("{")) {
      return null;
    }
    try {
      Object root =
          CmdletResponseReader.readValue(JsonReader.of(new Buffer().writeUtf8(text)), true);
      if (root instanceof Map<?, ?> m && m.get("error") instanceof Map<?, ?> e) {
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) e;
        return error;
      }
      return null;
    } catch (IOException | JsonDataException notJson) {
      return null;
    }
  }

  /**
   * {@code details[0].message}, else {@code innererror.internalexception}, else {@code message}.
   */
  private static Detail detailOf(Map<String, Object> error) {
    if (error.get("details") instanceof List<?> details
        && !details.isEmpty()
        && details.get(0) instanceof Map<?, ?> first
        && first.get("message") instanceof String m
        && !m.isBlank()) {
      return Detail.parse(m);
    }
    if (error.get("innererror") instanceof Map<?, ?> inner
        && inner.get("internalexception") instanceof Map<?, ?> internal
        && internal.get("message") instanceof String m
        && !m.isBlank()) {
      return new Detail(null, stringOrNull(internal.get("type")), m.strip());
    }
    if (error.get("message") instanceof String m && !m.isBlank()) {
      return new Detail(null, null, m.strip());
    }
    return null;
  }

  private static Detail detailOfAdminApiError(Object e) {
    if (e instanceof Map<?, ?> m) {
      String id = firstString(m, "ErrorId", "FullyQualifiedErrorId", "errorId", "code");
      String type = firstString(m, "ExceptionType", "Type", "type", "Exception");
      String text = firstString(m, "Message", "message", "ErrorMessage", "ErrorDetails");
      if (text != null && id == null && type == null && text.split("\\|", 3).length == 3) {
        return Detail.parse(text);
      }
      return new Detail(id, type, text != null ? text : m.toString());
    }
    return Detail.parse(String.valueOf(e));
  }

  private static String firstString(Map<?, ?> m, String... keys) {
    for (String k : keys) {
      if (m.get(k) instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  private static byte[] readCapped(ResponseBody body) {
    if (body == null) {
      return new byte[0];
    }
    try {
      BufferedSource source = body.source();
      source.request(MAX_ERROR_BODY);
      long n = Math.min(MAX_ERROR_BODY, source.getBuffer().size());
      return source.getBuffer().readByteArray(n);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Empty, whitespace, or NUL bytes only (the admin API's 403 for missing RBAC). */
  static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != 0 && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  private static String contentType(Response response) {
    String ct = response.header("Content-Type");
    return ct == null ? "no content type" : ct;
  }

  private static String stringOrNull(Object o) {
    return o instanceof String s && !s.isBlank() ? s : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
