package dev.exchangesdk.core.internal.cmdlet;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A MockWebServer with a transport pointed at it, a sleeper that records waits, and helpers. */
final class CmdletTestServer implements AutoCloseable {
  static final String TENANT = "contoso.onmicrosoft.com";

  final MockWebServer server = new MockWebServer();
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final List<CmdletWarning> warnings = new CopyOnWriteArrayList<>();
  final CmdletTransport transport;

  CmdletTestServer() {
    this(RetryOptions.builder().maxAttempts(3).build());
  }

  CmdletTestServer(RetryOptions retry) {
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HttpOptions options =
        HttpOptions.builder()
            .retry(retry)
            .sleeper(waits::add)
            // A test that leaves the server without a response fails fast instead of hanging.
            .readTimeout(Duration.ofSeconds(10))
            .build();
    HttpPipeline pipeline =
        HttpPipeline.builder()
            .serviceName("Exchange admin API")
            .options(options)
            .credential(
                new StaticTokenCredential("test-token"),
                List.of("https://outlook.office365.com/.default"))
            .build();
    transport =
        CmdletTransport.builder()
            .pipeline(pipeline)
            .baseUrl(server.url("/").uri())
            .tenant(TENANT)
            .warningListener(warnings::add)
            .build();
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

  /** {@code {"value":[...]}} with an optional next link. */
  static String page(String objects, String nextLink) {
    return "{\"@odata.context\":\"ctx\",\"adminapi.warnings@odata.type\":\"#Collection(String)\","
        + "\"@adminapi.warnings\":[],\"value\":["
        + objects
        + "]"
        + (nextLink == null ? "" : ",\"@odata.nextLink\":\"" + nextLink + "\"")
        + "}";
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(5, java.util.concurrent.TimeUnit.SECONDS);
      if (r == null) {
        throw new AssertionError("no request arrived");
      }
      return r;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }

  static String resource(String name) {
    try (InputStream in = CmdletTestServer.class.getResourceAsStream("/exo/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replays a captured {@code .http} response: comment lines, status line, headers, body. */
  static MockResponse capturedResponse(String name) {
    String[] lines = resource(name).split("\r?\n", -1);
    int i = 0;
    while (lines[i].startsWith("#")) {
      i++;
    }
    String[] status = lines[i++].split(" ", 3);
    MockResponse.Builder b = new MockResponse.Builder().code(Integer.parseInt(status[1]));
    for (; !lines[i].isEmpty(); i++) {
      int colon = lines[i].indexOf(':');
      b.addHeader(lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip());
    }
    StringBuilder body = new StringBuilder();
    for (i++; i < lines.length; i++) {
      body.append(lines[i]).append('\n');
    }
    return b.body(body.toString()).build();
  }

  @Override
  public void close() {
    server.close();
  }
}
