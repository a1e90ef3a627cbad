package dev.exchangesdk.core.internal.http;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.TokenCredential;
import java.io.IOException;
import java.util.List;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Adds {@code Authorization: Bearer} from the credential. On a 401 it tells the credential the
 * token was rejected, fetches a fresh one and repeats the request once. A 401 means the service
 * refused the call before running it, so this holds for calls that are not safe to repeat too
 * (cmdlets that change things, EWS calls that are not safe to repeat) when their body is held in
 * memory; a streamed body (EWS sends, which may read the caller's {@code InputStream}) is not sent
 * again: its 401 is returned, and the next call gets a fresh token.
 */
final class BearerTokenInterceptor implements Interceptor {
  private final TokenCredential credential;
  private final List<String> scopes;

  BearerTokenInterceptor(TokenCredential credential, List<String> scopes) {
    this.credential = credential;
    this.scopes = List.copyOf(scopes);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    AccessToken token = token();
    Request request = chain.request();
    Response response = chain.proceed(withToken(request, token));
    if (response.code() != 401) {
      return response;
    }
    credential.invalidate(token);
    if (!canSendAgain(request)) {
      return response;
    }
    response.close();
    return chain.proceed(withToken(request, token()));
  }

  private static boolean canSendAgain(Request request) {
    if (request.body() == null || !request.body().isOneShot()) {
      return true;
    }
    return request.body() instanceof HttpPipeline.OneShotBody
        && ((HttpPipeline.OneShotBody) request.body()).canReplayAfterRefusal();
  }

  private AccessToken token() throws IOException {
    try {
      return credential.getToken(scopes);
    } catch (ExchangeException e) {
      throw new ExchangeIOException(e);
    }
  }

  private static Request withToken(Request request, AccessToken token) {
    return request.newBuilder().header(Headers.AUTHORIZATION, "Bearer " + token.token()).build();
  }
}
