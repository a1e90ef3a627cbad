package dev.exchangesdk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer playing the admin API, and an {@link ExchangeAdminClient} pointed at it with a
 * fake clock that only the recording sleeper moves.
 */
final class AdminTestServer implements AutoCloseable {
  static final String TENANT = "contoso.onmicrosoft.com";
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  final MockWebServer server = new MockWebServer();
  final FakeClock clock = new FakeClock(NOW);
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final List<CmdletWarning> warnings = new CopyOnWriteArrayList<>();
  final ExchangeAdminClient client;

  AdminTestServer() {
    this(new StaticTokenCredential("test-token"));
  }

  AdminTestServer(TokenCredential credential) {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    client =
        ExchangeAdminClient.builder()
            .credential(credential)
            .tenant(TENANT)
            .environment(
                ExchangeEnvironment.WORLDWIDE.toBuilder()
                    .adminBaseUrl(server.url("/").uri())
                    .build())
            .httpOptions(
                HttpOptions.builder()
                    .clock(clock)
                    .sleeper(
                        d -> {
                          waits.add(d);
                          clock.advance(d);
                        })
                    .retry(RetryOptions.builder().maxAttempts(3).build())
                    // A test that leaves the server without an answer fails fast, never hangs.
                    .readTimeout(Duration.ofSeconds(10))
                    .build())
            .warningListener(warnings::add)
            .build();
  }

  void enqueue(String body) {
    server.enqueue(json(200, body));
  }

  void enqueue(int code, String body) {
    server.enqueue(json(code, body));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json;odata.metadata=minimal;charset=utf-8")
        .body(body)
        .build();
  }

  /** A success body with these objects, warnings and next link. */
  static String ok(String objects) {
    return "{\"@odata.context\":\"ctx\",\"adminapi.warnings@odata.type\":\"#Collection(String)\","
        + "\"@adminapi.warnings\":[],\"value\":["
        + objects
        + "]}";
  }

  static String withNextLink(String objects, String link) {
    return "{\"@adminapi.warnings\":[],\"value\":["
        + objects
        + "],\"@odata.nextLink\":\""
        + link
        + "\"}";
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Checks the request is an InvokeCommand of {@code cmdlet} with the headers every call carries,
   * and returns its {@code Parameters} object as sent.
   */
  static String parameters(RecordedRequest r, String cmdlet) {
    String body = r.getBody() == null ? "" : r.getBody().utf8();
    String prefix = "{\"CmdletInput\":{\"CmdletName\":\"" + cmdlet + "\",\"Parameters\":";
    assertThat(body).startsWith(prefix).endsWith("}}");
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).endsWith("/InvokeCommand");
    assertThat(r.getHeaders().get("X-CmdletName")).isEqualTo(cmdlet);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer test-token");
    assertThat(r.getHeaders().get("X-ResponseFormat")).isEqualTo("json");
    assertThat(r.getHeaders().get("Accept-Language")).isEqualTo("en-US");
    assertThat(r.getHeaders().get("Prefer")).isEqualTo("odata.maxpagesize=1000");
    assertThat(r.getHeaders().get("connection-id")).isNotBlank();
    assertThat(r.getHeaders().get("client-request-id")).isNotBlank();
    String anchor = r.getHeaders().get("X-AnchorMailbox");
    if (anchor.startsWith("SMTP:")) {
      assertThat(r.getHeaders().get("parameter-based-routing")).isEqualTo("true");
    } else {
      assertThat(anchor)
          .isEqualTo("APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + TENANT);
    }
    return body.substring(prefix.length(), body.length() - 2);
  }

  /** The next request's parameters, after checking its cmdlet name. */
  String nextParameters(String cmdlet) {
    return parameters(take(), cmdlet);
  }

  static String resource(String name) {
    try (InputStream in = AdminTestServer.class.getResourceAsStream("/exo/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON body of a captured {@code .http} response (after the blank line). */
  static String capturedBody(String name) {
    String text = resource(name);
    int blank = text.indexOf("\n\n");
    return text.substring(blank + 2);
  }

  @Override
  public void close() {
    server.close();
  }

  /** A clock that stands still until told to move. */
  static final class FakeClock extends Clock {
    private volatile Instant now;

    FakeClock(Instant start) {
      this.now = start;
    }

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
