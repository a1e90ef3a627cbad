package dev.exchangesdk.core.internal.http;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Maps an HTTP status to the SDK's exception when the layer above has nothing more specific to say.
 */
public final class HttpErrors {
  private static final int SNIPPET_BYTES = 512;

  private HttpErrors() {}

  /** The server's request id: {@code request-id}, {@code x-ms-request-id}, or our own echo. */
  public static String requestId(Response response) {
    for (String name : new String[] {"request-id", "x-ms-request-id", "X-Request-Id"}) {
      String v = response.header(name);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    String echoed = response.header(Headers.CLIENT_REQUEST_ID);
    return echoed != null ? echoed : response.request().header(Headers.CLIENT_REQUEST_ID);
  }

  /** The Retry-After wait of a response, or {@code null}. */
  public static Duration retryAfter(Response response, Clock clock) {
    return RetryAfter.parse(response.header("Retry-After"), clock);
  }

  /**
   * The exception for a non-successful response, by status alone: 400 invalid, 401 authentication,
   * 403 access denied, 404 not found, 408/429 throttled, 502/503/504 unavailable (retryable),
   * others a plain {@link ExchangeException}.
   */
  public static ExchangeException forStatus(Response response, String service, Clock clock) {
    int code = response.code();
    String requestId = requestId(response);
    String snippet = bodySnippet(response);
    String what = service + " answered HTTP " + code + (snippet.isEmpty() ? "" : ": " + snippet);
    switch (code) {
      case 400:
      case 422:
        return new InvalidRequestException(what, code, null, requestId, null);
      case 401:
        return new AuthenticationException(
            what,
            code,
            null,
            requestId,
            "the service rejected the access token; check the app's permissions and the token's"
                + " audience (scope)",
            null);
      case 403:
        return new AccessDeniedException(what, code, null, requestId, null, null);
      case 404:
        return new NotFoundException(what, code, null, requestId, null);
      case 408:
      case 429:
        return new ThrottledException(what, code, null, requestId, retryAfter(response, clock));
      case 502:
      case 503:
      case 504:
        return new ServiceUnavailableException(
            what, code, null, requestId, retryAfter(response, clock), null);
      default:
        return new ExchangeException(what, code, null, requestId, null);
    }
  }

  /**
   * The start of the body as one printable line (at most 512 bytes read), for error messages. Empty
   * when there is no body or it cannot be read.
   */
  public static String bodySnippet(Response response) {
    ResponseBody body = response.body();
    if (body == null) {
      return "";
    }
    try {
      BufferedSource source = body.source();
      source.request(SNIPPET_BYTES);
      long n = Math.min(SNIPPET_BYTES, source.getBuffer().size());
      String text = source.getBuffer().snapshot((int) n).string(StandardCharsets.UTF_8);
      return Redaction.oneLine(text, 200);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
