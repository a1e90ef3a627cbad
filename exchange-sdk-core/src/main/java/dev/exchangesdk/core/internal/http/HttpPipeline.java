package dev.exchangesdk.core.internal.http;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * One service's HTTP stack: an OkHttp client with User-Agent, request ids, bearer token and logging
 * interceptors, a bound on concurrent requests, and the retry loop around each call.
 *
 * <p>Build one per SDK client and share it; it is thread-safe.
 */
public final class HttpPipeline {
  private final String serviceName;
  private final OkHttpClient client;
  private final RetryPolicy retryPolicy;
  private final Semaphore permits;
  private final Clock clock;
  private final HttpOptions options;

  private HttpPipeline(Builder b) {
    this.serviceName = Objects.requireNonNull(b.serviceName, "serviceName");
    this.options = Objects.requireNonNull(b.options, "options");
    OkHttpClient.Builder cb =
        HttpClients.base(options)
            .newBuilder()
            .addInterceptor(
                new RequestIdInterceptor(SdkVersion.userAgent(options.userAgentSuffix())));
    if (b.credential != null) {
      cb.addInterceptor(new BearerTokenInterceptor(b.credential, b.scopes));
    }
    cb.addInterceptor(new LoggingInterceptor(options.logBodies()));
    this.client = cb.build();
    this.retryPolicy = new RetryPolicy(options.retry(), options.sleeper());
    this.permits = new Semaphore(options.maxConcurrentRequests(), true);
    this.clock = options.clock();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The configured OkHttp client, e.g. to derive one that does not follow redirects. */
  public OkHttpClient client() {
    return client;
  }

  public HttpOptions options() {
    return options;
  }

  public Clock clock() {
    return clock;
  }

  public String serviceName() {
    return serviceName;
  }

  /**
   * Sends the request and hands the response to {@code handler}, retrying the whole exchange while
   * it fails with a retryable {@link ExchangeException} and the retry budget allows.
   *
   * @param what a description for logs and errors, e.g. {@code "EWS FindItem"}
   */
  public <T> T execute(
      String what, Request request, Idempotency idempotency, ResponseHandler<T> handler) {
    return execute(client, what, request, idempotency, handler);
  }

  /** As {@link #execute(String, Request, Idempotency, ResponseHandler)} on a derived client. */
  public <T> T execute(
      OkHttpClient via,
      String what,
      Request request,
      Idempotency idempotency,
      ResponseHandler<T> handler) {
    Request.Builder rb = request.newBuilder();
    if (request.header(Headers.CLIENT_REQUEST_ID) == null) {
      // One id for the logical call, kept across retries, so a support case can follow it.
      rb.header(Headers.CLIENT_REQUEST_ID, UUID.randomUUID().toString());
    }
    if (idempotency == Idempotency.NOT_IDEMPOTENT && request.body() != null) {
      rb.method(request.method(), new OneShotBody(request.body()));
    }
    Request prepared = rb.build();
    return retryPolicy.run(what, idempotency, () -> attempt(via, what, prepared, handler));
  }

  private <T> T attempt(
      OkHttpClient via, String what, Request request, ResponseHandler<T> handler) {
    SendTracker tracker = new SendTracker();
    Request tracked = request.newBuilder().tag(SendTracker.class, tracker).build();
    String clientRequestId = request.header(Headers.CLIENT_REQUEST_ID);
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(what + " was interrupted", clientRequestId, false, e);
    }
    try (Response response = via.newCall(tracked).execute()) {
      return handler.handle(response);
    } catch (ExchangeIOException e) {
      throw e.exception();
    } catch (IOException e) {
      throw new TransportException(describe(what, e), clientRequestId, tracker.requestStarted(), e);
    } finally {
      permits.release();
    }
  }

  private static String describe(String what, IOException e) {
    if (e instanceof SocketTimeoutException) {
      return what + " timed out: " + Redaction.oneLine(String.valueOf(e.getMessage()), 200);
    }
    if (e instanceof InterruptedIOException) {
      return what + " was interrupted or exceeded its call timeout";
    }
    return what
        + " failed: "
        + Redaction.oneLine(e.getClass().getSimpleName() + ": " + e.getMessage(), 300);
  }

  /**
   * Wraps a body so OkHttp never replays it on its own (it may have reached the server). Only a
   * 401, which says the server refused the call before running it, may send it again, and only when
   * the wrapped body can be written twice ({@link #canReplayAfterRefusal}).
   */
  static final class OneShotBody extends RequestBody {
    private final RequestBody delegate;

    OneShotBody(RequestBody delegate) {
      this.delegate = delegate;
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return delegate.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      delegate.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    /**
     * True only for bodies held whole in memory (a known length, not one-shot). A streamed body
     * (chunked, length unknown) may read the caller's {@code InputStream}, which cannot be read a
     * second time, so it is never sent again.
     */
    boolean canReplayAfterRefusal() {
      try {
        return !delegate.isOneShot() && delegate.contentLength() >= 0;
      } catch (IOException e) {
        return false;
      }
    }
  }

  /** Builds an {@link HttpPipeline}. Not thread-safe. */
  public static final class Builder {
    private String serviceName;
    private HttpOptions options = HttpOptions.defaults();
    private TokenCredential credential;
    private List<String> scopes = List.of();

    private Builder() {}

    /** A short name for logs and error messages: {@code EWS}, {@code Exchange admin API}. */
    public Builder serviceName(String serviceName) {
      this.serviceName = serviceName;
      return this;
    }

    public Builder options(HttpOptions options) {
      this.options = options;
      return this;
    }

    /** The credential and scopes of the bearer token; without one, requests go unauthenticated. */
    public Builder credential(TokenCredential credential, List<String> scopes) {
      this.credential = credential;
      this.scopes = scopes;
      return this;
    }

    public HttpPipeline build() {
      return new HttpPipeline(this);
    }
  }
}
