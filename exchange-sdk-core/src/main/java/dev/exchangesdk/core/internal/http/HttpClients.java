package dev.exchangesdk.core.internal.http;

import dev.exchangesdk.core.HttpOptions;
import okhttp3.OkHttpClient;

/**
 * Builds the OkHttp client every SDK client starts from: timeouts, proxy, TLS, TCP_NODELAY, send
 * tracking.
 */
public final class HttpClients {
  private HttpClients() {}

  /** A client without authentication or logging: the base of a pipeline, or MSAL's transport. */
  public static OkHttpClient base(HttpOptions options) {
    OkHttpClient.Builder b =
        new OkHttpClient.Builder()
            .connectTimeout(options.connectTimeout())
            .readTimeout(options.readTimeout())
            .writeTimeout(options.writeTimeout())
            .callTimeout(options.callTimeout())
            .socketFactory(new NoDelaySocketFactory())
            .eventListenerFactory(SendTracker.LISTENER_FACTORY);
    if (options.proxySelector() != null) {
      b.proxySelector(options.proxySelector());
    }
    if (options.sslSocketFactory() != null) {
      b.sslSocketFactory(options.sslSocketFactory(), options.trustManager());
    }
    return b.build();
  }
}
