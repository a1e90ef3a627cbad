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
 * token was rejected, fetches a fresh one and repeats the request once (never for one-shot bodies,
 * which cannot be replayed).
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
    if (response.code() != 401 || (request.body() != null && request.body().isOneShot())) {
      return response;
    }
    response.close();
    credential.invalidate(token);
    return chain.proceed(withToken(request, token()));
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
