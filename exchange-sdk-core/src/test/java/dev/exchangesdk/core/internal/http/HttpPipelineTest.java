package dev.exchangesdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.MutableClock;
import dev.exchangesdk.core.RecordingSleeper;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

class HttpPipelineTest {
  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
  private final CountingCredential credential = new CountingCredential();

  private HttpPipeline pipeline(RetryOptions retry) {
    return HttpPipeline.builder()
        .serviceName("Test service")
        .options(HttpOptions.builder().retry(retry).sleeper(sleeper).clock(clock).build())
        .credential(credential, List.of("https://outlook.office365.com/.default"))
        .build();
  }

  private HttpPipeline pipeline() {
    return pipeline(RetryOptions.builder().maxAttempts(4).build());
  }

  private String get(HttpPipeline p, Idempotency idempotency) {
    Request request =
        new Request.Builder()
            .url(server.url("/call"))
            .post(RequestBody.create("payload", MediaType.get("text/plain")))
            .build();
    return p.execute("Test call", request, idempotency, this::bodyOrError);
  }

  private String bodyOrError(okhttp3.Response response) throws IOException {
    if (!response.isSuccessful()) {
      throw HttpErrors.forStatus(response, "Test service", clock);
    }
    return response.body().string();
  }

  private static MockResponse ok(String body) {
    return new MockResponse.Builder().code(200).body(body).build();
  }

  @Test
  void retriesThrottledCallAfterTheWaitInRetryAfterSeconds() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").build());
    server.enqueue(ok("done"));

    assertThat(get(pipeline(), Idempotency.IDEMPOTENT)).isEqualTo("done");
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void honoursFractionalRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0.25").build());
    server.enqueue(ok("done"));

    get(pipeline(), Idempotency.IDEMPOTENT);

    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "Fri, 27 Nov 2026 10:00:42 GMT")
            .build());
    server.enqueue(ok("done"));

    get(pipeline(), Idempotency.IDEMPOTENT);

    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(42));
  }

  @Test
  void honoursABackOffHintTheLayerAboveFoundInTheBody() {
    server.enqueue(ok("busy:5000"));
    server.enqueue(ok("fine"));
    Request request = new Request.Builder().url(server.url("/soap")).build();

    String result =
        pipeline()
            .execute(
                "Busy call",
                request,
                Idempotency.IDEMPOTENT,
                response -> {
                  String body = response.body().string();
                  if (body.startsWith("busy:")) {
                    throw new ThrottledException(
                        "server busy",
                        200,
                        "ErrorServerBusy",
                        null,
                        Duration.ofMillis(Long.parseLong(body.substring(5))));
                  }
                  return body;
                });

    assertThat(result).isEqualTo("fine");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(5000));
  }

  @Test
  void backsOffWithJitterWithinTheExponentialBoundWhenTheServerGivesNoHint() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(502).build());
    }
    server.enqueue(ok("done"));
    RetryOptions retry =
        RetryOptions.builder()
            .maxAttempts(4)
            .baseDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofMillis(300))
            .build();

    get(pipeline(retry), Idempotency.IDEMPOTENT);

    List<Duration> waits = sleeper.waits();
    assertThat(waits).hasSize(3);
    assertThat(waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(100));
    assertThat(waits.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    assertThat(waits.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(300));
  }

  @Test
  void stopsAfterMaxAttemptsAndThrowsTheLastError() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
    }

    assertThatThrownBy(() -> get(pipeline(), Idempotency.IDEMPOTENT))
        .isInstanceOf(ServiceUnavailableException.class)
        .satisfies(e -> assertThat(((ExchangeException) e).statusCode()).isEqualTo(503));
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.waits()).hasSize(3);
  }

  @Test
  void doesNotWaitBeyondTheTotalWaitBudgetAndReportsTheAskedWait() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "20").build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "20").build());
    RetryOptions retry =
        RetryOptions.builder().maxAttempts(10).maxTotalWait(Duration.ofSeconds(30)).build();

    assertThatThrownBy(() -> get(pipeline(retry), Idempotency.IDEMPOTENT))
        .isInstanceOfSatisfying(
            ThrottledException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(20)));
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(20));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void neverRetriesANonIdempotentCallOnceTheServerAnswered() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
    server.enqueue(ok("sent twice"));

    assertThatThrownBy(() -> get(pipeline(), Idempotency.NOT_IDEMPOTENT))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void neverRetriesANonIdempotentCallWhoseConnectionDroppedAfterSending() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok("sent twice"));

    assertThatThrownBy(() -> get(pipeline(), Idempotency.NOT_IDEMPOTENT))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.requestMayHaveReachedServer()).isTrue());
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesAnIdempotentCallWhoseConnectionDropped() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(ok("second time lucky"));

    assertThat(get(pipeline(), Idempotency.IDEMPOTENT)).isEqualTo("second time lucky");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesEvenANonIdempotentCallWhenTheConnectionWasNeverMade() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    HttpUrl nowhere = HttpUrl.get("http://127.0.0.1:" + closedPort + "/call");
    Request request =
        new Request.Builder()
            .url(nowhere)
            .post(RequestBody.create("mail", MediaType.get("text/plain")))
            .build();

    assertThatThrownBy(
            () ->
                pipeline().execute("Send", request, Idempotency.NOT_IDEMPOTENT, this::bodyOrError))
        .isInstanceOfSatisfying(
            TransportException.class, e -> assertThat(e.requestMayHaveReachedServer()).isFalse());
    assertThat(sleeper.waits()).hasSize(3);
  }

  @Test
  void aRejectedTokenIsRefreshedOnceAndTheCallRepeated() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(ok("authorised"));

    assertThat(get(pipeline(), Idempotency.IDEMPOTENT)).isEqualTo("authorised");

    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(credential.invalidations.get()).isEqualTo(1);
  }

  @Test
  void aCallThatIsNotSafeToRepeatIsStillRepeatedAfterA401WhichMeansItDidNotRun() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(ok("sent"));

    assertThat(get(pipeline(), Idempotency.NOT_IDEMPOTENT)).isEqualTo("sent");

    RecordedRequest refused = server.takeRequest();
    RecordedRequest repeated = server.takeRequest();
    assertThat(refused.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(repeated.getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
    assertThat(repeated.getBody().utf8()).isEqualTo("payload");
    assertThat(credential.invalidations.get()).isEqualTo(1);
  }

  @Test
  void aStreamedBodyIsNotSentAgainAfterA401ButItsTokenIsDropped() throws Exception {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(ok("next call"));
    RequestBody streamed =
        new RequestBody() {
          @Override
          public MediaType contentType() {
            return MediaType.get("text/plain");
          }

          // Like the EWS module's streamed sends: chunked (no length), written from a source
          // that may be the caller's InputStream; not marked one-shot by the body itself.
          @Override
          public void writeTo(okio.BufferedSink sink) throws IOException {
            sink.writeUtf8("read once from the caller's stream");
          }
        };
    Request request = new Request.Builder().url(server.url("/send")).post(streamed).build();
    HttpPipeline p = pipeline();

    assertThatThrownBy(
            () -> p.execute("Send", request, Idempotency.NOT_IDEMPOTENT, this::bodyOrError))
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(credential.invalidations.get()).isEqualTo(1);

    assertThat(get(p, Idempotency.IDEMPOTENT)).isEqualTo("next call");
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer token-2");
  }

  @Test
  void requestTimeoutAndGatewayTimeoutAreRetried() {
    server.enqueue(new MockResponse.Builder().code(408).build());
    server.enqueue(new MockResponse.Builder().code(504).build());
    server.enqueue(ok("done"));

    assertThat(get(pipeline(), Idempotency.IDEMPOTENT)).isEqualTo("done");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aPlain500IsNotRetriedOnlyWhatTheLayerAboveMapsToThrottlingIs() {
    server.enqueue(new MockResponse.Builder().code(500).body("internal error").build());
    assertThatThrownBy(() -> get(pipeline(), Idempotency.IDEMPOTENT))
        .isInstanceOf(ExchangeException.class)
        .isNotInstanceOf(ThrottledException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);

    // An EWS ErrorServerBusy fault arrives as a 500; the EWS layer maps it to ThrottledException.
    server.enqueue(new MockResponse.Builder().code(500).body("ErrorServerBusy").build());
    server.enqueue(ok("done"));
    String result =
        pipeline()
            .execute(
                "Test call",
                new Request.Builder()
                    .url(server.url("/call"))
                    .post(RequestBody.create("payload", MediaType.get("text/plain")))
                    .build(),
                Idempotency.IDEMPOTENT,
                response -> {
                  String body = response.body().string();
                  if (response.code() == 500 && body.contains("ErrorServerBusy")) {
                    throw new ThrottledException(
                        "Test call", 500, "ErrorServerBusy", null, Duration.ofMillis(250));
                  }
                  return body;
                });
    assertThat(result).isEqualTo("done");
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void aTokenRejectedTwiceIsAnAuthenticationError() {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(new MockResponse.Builder().code(401).build());

    assertThatThrownBy(() -> get(pipeline(), Idempotency.IDEMPOTENT))
        .isInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCredentialFailureReachesTheCallerAsItself() {
    TokenCredential failing =
        scopes -> {
          throw new AuthenticationException("no token today", null);
        };
    HttpPipeline p =
        HttpPipeline.builder()
            .serviceName("Test service")
            .options(HttpOptions.builder().sleeper(sleeper).build())
            .credential(failing, List.of("scope"))
            .build();

    assertThatThrownBy(() -> get(p, Idempotency.IDEMPOTENT))
        .isInstanceOf(AuthenticationException.class)
        .hasMessage("no token today");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void sendsUserAgentAndKeepsOneClientRequestIdAcrossRetries() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0").build());
    server.enqueue(ok("done"));

    get(pipeline(), Idempotency.IDEMPOTENT);

    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    // The build writes the project version into the jar (never the "dev" fallback).
    assertThat(first.getHeaders().get("User-Agent"))
        .matches("exchange-sdk-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?( .*)?");
    assertThat(first.getHeaders().get("client-request-id"))
        .isNotBlank()
        .isEqualTo(second.getHeaders().get("client-request-id"));
  }

  @Test
  void errorsCarryTheServersRequestId() {
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("request-id", "abc-123")
            .body("gone")
            .build());

    assertThatThrownBy(() -> get(pipeline(), Idempotency.IDEMPOTENT))
        .isInstanceOfSatisfying(
            ExchangeException.class,
            e -> {
              assertThat(e.requestId()).isEqualTo("abc-123");
              assertThat(e.getMessage()).contains("HTTP 404").contains("gone");
            });
  }

  /** Hands out token-1, token-2, ... and counts invalidations. */
  static final class CountingCredential implements TokenCredential {
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger invalidations = new AtomicInteger();
    private volatile AccessToken current;

    @Override
    public synchronized AccessToken getToken(List<String> scopes) {
      if (current == null) {
        current = new AccessToken("token-" + issued.incrementAndGet(), Instant.MAX);
      }
      return current;
    }

    @Override
    public synchronized void invalidate() {
      invalidations.incrementAndGet();
      current = null;
    }
  }
}
