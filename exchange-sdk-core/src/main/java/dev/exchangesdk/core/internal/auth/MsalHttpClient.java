package dev.exchangesdk.core.internal.auth;

import com.microsoft.aad.msal4j.HttpRequest;
import com.microsoft.aad.msal4j.HttpResponse;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.IHttpResponse;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.internal.http.HttpErrors;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import dev.exchangesdk.core.internal.http.Idempotency;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * MSAL's HTTP transport: every request MSAL makes (the token request, instance discovery on real
 * clouds) goes through the SDK's {@link HttpPipeline}, so the SDK's timeouts, proxy, TLS trust,
 * User-Agent, redacting log and retry policy apply to it.
 *
 * <p>Only usable answers reach MSAL: a failed response (4xx, 5xx, or a body that is not JSON) is
 * turned here into the SDK exception it stands for and thrown, because MSAL's own exception keeps
 * neither the {@code AADSTS} codes nor the request id, and would not let the pipeline retry a 503.
 * MSAL wraps what this class throws; {@link MsalCertificateTokenSource} unwraps it. Thread-safe.
 */
final class MsalHttpClient implements IHttpClient {
  private static final long MAX_BODY_BYTES = 1024 * 1024;
  private static final String TOKEN_PATH = "/oauth2/v2.0/token";

  private final HttpPipeline pipeline;
  private final AppIdentity app;

  MsalHttpClient(HttpPipeline pipeline, AppIdentity app) {
    this.pipeline = pipeline;
    this.app = app;
  }

  @Override
  public IHttpResponse send(HttpRequest request) {
    String what = describe(request);
    return pipeline.execute(
        what, toOkHttp(request), Idempotency.IDEMPOTENT, response -> toMsal(response, what));
  }

  private IHttpResponse toMsal(Response response, String what) throws IOException {
    String body = readBody(response, what);
    if (!response.isSuccessful() || EntraResponses.jsonObject(body) == null) {
      throw EntraResponses.failure(response, body, what, app, pipeline.clock());
    }
    HttpResponse msal = new HttpResponse().statusCode(response.code()).body(body);
    msal.addHeaders(response.headers().toMultimap());
    return msal;
  }

  private String readBody(Response response, String what) throws IOException {
    BufferedSource source = response.body().source();
    if (source.request(MAX_BODY_BYTES + 1)) {
      throw new ResponseFormatException(
          what + " answered more than " + MAX_BODY_BYTES + " bytes; that is not a token response",
          response.code(),
          null,
          HttpErrors.requestId(response),
          null);
    }
    return source.getBuffer().readString(StandardCharsets.UTF_8);
  }

  private static Request toOkHttp(HttpRequest request) {
    Request.Builder b = new Request.Builder().url(request.url());
    String contentType = "application/x-www-form-urlencoded; charset=utf-8";
    Map<String, String> headers = request.headers();
    if (headers != null) {
      for (Map.Entry<String, String> h : headers.entrySet()) {
        if (h.getKey() == null || h.getValue() == null) {
          continue;
        }
        if ("Content-Type".equalsIgnoreCase(h.getKey())) {
          contentType = h.getValue();
        } else {
          b.header(h.getKey(), h.getValue());
        }
      }
    }
    String method = request.httpMethod().methodName;
    RequestBody body =
        request.body() == null
            ? null
            : RequestBody.create(request.body(), MediaType.parse(contentType));
    if (body == null && ("POST".equals(method) || "PUT".equals(method))) {
      body = RequestBody.create(new byte[0], null);
    }
    return b.method(method, body).build();
  }

  private static String describe(HttpRequest request) {
    String path = request.url().getPath();
    return path.endsWith(TOKEN_PATH)
        ? "The token endpoint "
            + request.url().getProtocol()
            + "://"
            + request.url().getAuthority()
            + path
        : "Microsoft Entra ID (" + request.url().getAuthority() + path + ")";
  }
}
