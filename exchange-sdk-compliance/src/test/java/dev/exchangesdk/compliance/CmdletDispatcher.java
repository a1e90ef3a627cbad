package dev.exchangesdk.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * Answers InvokeCommand calls by cmdlet name (the {@code X-CmdletName} header) from scripted
 * responses; the last response of a cmdlet repeats, so a poll can stay "InProgress". Answers the
 * banner discovery with a redirect. Records every request in order.
 */
final class CmdletDispatcher extends Dispatcher {
  private final Map<String, Deque<MockResponse>> scripts = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private volatile MockResponse banner =
      new MockResponse.Builder()
          .code(302)
          .addHeader("Location", "https://nam12b.admin.protection.outlook.com:446/")
          .build();

  /** Scripts the answers of {@code cmdlet}, in order; the last one repeats. */
  CmdletDispatcher on(String cmdlet, MockResponse... responses) {
    Deque<MockResponse> q = scripts.computeIfAbsent(cmdlet.toLowerCase(), k -> new ArrayDeque<>());
    synchronized (q) {
      q.addAll(List.of(responses));
    }
    return this;
  }

  CmdletDispatcher banner(MockResponse response) {
    this.banner = response;
    return this;
  }

  List<RecordedRequest> requests() {
    return requests;
  }

  /** The requests of one cmdlet, in order. */
  List<RecordedRequest> requests(String cmdlet) {
    return requests.stream()
        .filter(r -> cmdlet.equalsIgnoreCase(r.getHeaders().get("X-CmdletName")))
        .toList();
  }

  /** The JSON body of the only request of {@code cmdlet}. */
  String body(String cmdlet) {
    List<RecordedRequest> matching = requests(cmdlet);
    if (matching.size() != 1) {
      throw new AssertionError("expected one " + cmdlet + " call, got " + matching.size());
    }
    return matching.get(0).getBody().utf8();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    if (request.getUrl().encodedPath().contains("EXOBanner")) {
      return banner;
    }
    String cmdlet = request.getHeaders().get("X-CmdletName");
    Deque<MockResponse> q = cmdlet == null ? null : scripts.get(cmdlet.toLowerCase());
    if (q == null) {
      return new MockResponse.Builder().code(500).body("no script for " + cmdlet).build();
    }
    synchronized (q) {
      return q.size() > 1 ? q.poll() : q.peek();
    }
  }

  static MockResponse json(String resource) {
    return json(200, resource(resource));
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json;odata.metadata=minimal;charset=utf-8")
        .addHeader("request-id", "req-" + Integer.toHexString(body.hashCode()))
        .body(body)
        .build();
  }

  static MockResponse error(int code, String resource) {
    return json(code, resource(resource));
  }

  static String resource(String name) {
    try (InputStream in = CmdletDispatcher.class.getResourceAsStream("/cmdlets/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
