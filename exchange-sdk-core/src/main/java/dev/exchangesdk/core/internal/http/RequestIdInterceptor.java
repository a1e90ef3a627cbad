package dev.exchangesdk.core.internal.http;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Sets the SDK's {@code User-Agent} and a {@code client-request-id} when the caller set none. */
final class RequestIdInterceptor implements Interceptor {
  private final String userAgent;

  RequestIdInterceptor(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Request.Builder b = request.newBuilder().header(Headers.USER_AGENT, userAgent);
    if (request.header(Headers.CLIENT_REQUEST_ID) == null) {
      b.header(Headers.CLIENT_REQUEST_ID, UUID.randomUUID().toString());
    }
    b.header(Headers.RETURN_CLIENT_REQUEST_ID, "true");
    return chain.proceed(b.build());
  }
}
