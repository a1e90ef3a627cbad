package dev.exchangesdk.ews.testing;

import static org.assertj.core.api.Assertions.fail;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.ExchangeServerVersion;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer standing in for EWS that validates every request body against the EWS schema: an
 * invalid request is answered with HTTP 400 and fails the test after it ran. Register with
 * {@code @RegisterExtension final EwsServer ews = new EwsServer();}.
 *
 * <p>{@link #client()} builds an {@link EwsClient} pointed at it with a {@link CountingCredential}
 * and a sleeper that records waits instead of sleeping.
 */
public final class EwsServer implements BeforeEachCallback, AfterEachCallback {
  public static final String MAILBOX = "soc@contoso.com";

  private final List<String> invalidRequests = new CopyOnWriteArrayList<>();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private final CountingCredential credential = new CountingCredential();
  private MockWebServer server;
  private volatile java.util.function.Function<RecordedRequest, MockResponse> handler;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.setDispatcher(new ValidatingDispatcher());
    server.start(0);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    server.close();
    if (!invalidRequests.isEmpty()) {
      fail(String.join("\n\n", invalidRequests));
    }
  }

  /** A client for this server: EWS 2016, 5 attempts, waits recorded not slept. */
  public EwsClient client() {
    return clientBuilder().build();
  }

  public EwsClient.Builder clientBuilder() {
    return EwsClient.builder()
        .credential(credential)
        .endpoint(server.url("/EWS/Exchange.asmx").uri())
        .serverVersion(ExchangeServerVersion.EXCHANGE_2016)
        .httpOptions(
            HttpOptions.builder()
                .retry(RetryOptions.builder().maxAttempts(5).build())
                .readTimeout(Duration.ofSeconds(20))
                .sleeper(sleeps::add)
                .build());
  }

  /** Answers the next request with HTTP 200 and the XML body. */
  public EwsServer respond(String xml) {
    return respond(200, xml);
  }

  public EwsServer respond(int code, String xml) {
    return enqueue(
        new MockResponse.Builder()
            .code(code)
            .setHeader("Content-Type", "text/xml; charset=utf-8")
            .body(xml)
            .build());
  }

  /** Answers with the fixture {@code ews/<path>}. */
  public EwsServer respondWith(String fixturePath) {
    return respond(Fixtures.ews(fixturePath));
  }

  /** Answers with a body written on the fly (large or endless payloads). */
  public EwsServer respondStreaming(String contentType, MockResponseBody body) {
    return enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", contentType)
            .body(body)
            .build());
  }

  /** Answers every request (after the queued ones) with what {@code handler} returns. */
  public EwsServer answer(java.util.function.Function<RecordedRequest, String> handler) {
    this.handler =
        request ->
            new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/xml; charset=utf-8")
                .body(handler.apply(request))
                .build();
    return this;
  }

  public EwsServer enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  public RecordedRequest takeRequest() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("No request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The body of the next recorded request as text. */
  public String takeRequestBody() {
    return takeRequest().getBody().utf8();
  }

  public int requestCount() {
    return server.getRequestCount();
  }

  public List<Duration> sleeps() {
    return sleeps;
  }

  public CountingCredential credential() {
    return credential;
  }

  public MockWebServer server() {
    return server;
  }

  private final class ValidatingDispatcher extends QueueDispatcher {
    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
      byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
      List<String> problems = EwsSchema.problems(body);
      if (!problems.isEmpty()) {
        invalidRequests.add(
            "Invalid EWS request "
                + problems
                + "\n"
                + new String(body, java.nio.charset.StandardCharsets.UTF_8));
        return new MockResponse.Builder().code(400).body("schema-invalid request").build();
      }
      if (handler != null && getResponseQueue().isEmpty()) {
        return handler.apply(request);
      }
      return super.dispatch(request);
    }
  }
}
