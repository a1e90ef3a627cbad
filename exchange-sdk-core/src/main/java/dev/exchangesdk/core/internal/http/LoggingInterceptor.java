package dev.exchangesdk.core.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each HTTP exchange on the {@code dev.exchangesdk.http} logger: method, URL, status, duration
 * and request ids at DEBUG; headers and (when enabled) bodies at TRACE. Secrets are redacted:
 * authorization headers and cookies, tokens, client assertions and passwords.
 */
final class LoggingInterceptor implements Interceptor {
  static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.http");
  private static final long MAX_BODY_LOG = 16 * 1024;

  private final boolean logBodies;

  LoggingInterceptor(boolean logBodies) {
    this.logBodies = logBodies;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    String url = Redaction.url(request.url());
    String clientRequestId = request.header(Headers.CLIENT_REQUEST_ID);
    if (LOG.isTraceEnabled()) {
      LOG.trace("--> {} {} headers: {}", request.method(), url, headers(request.headers()));
      if (logBodies) {
        LOG.trace("--> body: {}", requestBody(request.body()));
      }
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      LOG.debug(
          "HTTP {} {} failed after {} ms (client-request-id={}): {}",
          request.method(),
          url,
          (System.nanoTime() - start) / 1_000_000,
          clientRequestId,
          Redaction.oneLine(String.valueOf(e), 300));
      throw e;
    }
    LOG.debug(
        "HTTP {} {} -> {} in {} ms (client-request-id={}, request-id={})",
        request.method(),
        url,
        response.code(),
        (System.nanoTime() - start) / 1_000_000,
        clientRequestId,
        HttpErrors.requestId(response));
    if (LOG.isTraceEnabled()) {
      LOG.trace("<-- headers: {}", headers(response.headers()));
      if (logBodies) {
        LOG.trace("<-- body: {}", Redaction.text(response.peekBody(MAX_BODY_LOG).string()));
      }
    }
    return response;
  }

  private static String headers(okhttp3.Headers headers) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      s.append(i == 0 ? "" : ", ")
          .append(name)
          .append('=')
          .append(Redaction.isSecretHeader(name) ? Redaction.REDACTED : headers.value(i));
    }
    return s.toString();
  }

  private static String requestBody(RequestBody body) throws IOException {
    if (body == null) {
      return "(none)";
    }
    if (body.isOneShot() || body.contentLength() < 0 || body.contentLength() > MAX_BODY_LOG) {
      return "(" + body.contentLength() + " bytes, not logged)";
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return Redaction.text(buffer.readString(StandardCharsets.UTF_8));
  }
}
