package dev.exchangesdk.testkit.internal.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTTP request to the fake and the means to answer it: method, path, query, headers and the
 * body (read fully, up to a limit), plus helpers to send a response or drop the connection.
 *
 * <p>Not thread-safe: used by the one server thread handling the request.
 */
public final class HttpCall {
  /** Request bodies above this are refused with 413, like a front end would. */
  public static final int MAX_BODY = 512 * 1024 * 1024;

  private final HttpExchange exchange;
  private byte[] body;
  private boolean answered;

  public HttpCall(HttpExchange exchange) {
    this.exchange = exchange;
  }

  public String method() {
    return exchange.getRequestMethod();
  }

  /** The raw (still percent-encoded) path. */
  public String rawPath() {
    return exchange.getRequestURI().getRawPath();
  }

  /** The decoded path. */
  public String path() {
    return exchange.getRequestURI().getPath();
  }

  public URI uri() {
    return exchange.getRequestURI();
  }

  public String query() {
    return exchange.getRequestURI().getRawQuery();
  }

  public String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** The {@code Host} header, or the local address when absent. */
  public String host() {
    String h = header("Host");
    return h != null ? h : "127.0.0.1:" + exchange.getLocalAddress().getPort();
  }

  /** Whether the request came over TLS. */
  public boolean isTls() {
    return exchange instanceof com.sun.net.httpserver.HttpsExchange;
  }

  public int localPort() {
    return exchange.getLocalAddress().getPort();
  }

  /** The body, read once; bodies over {@link #MAX_BODY} throw. */
  public byte[] body() throws IOException {
    if (body == null) {
      try (InputStream in = exchange.getRequestBody()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        long total = 0;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > MAX_BODY) {
            throw new IOException("request body too large");
          }
          out.write(buf, 0, n);
        }
        body = out.toByteArray();
      }
    }
    return body;
  }

  /** Parses an {@code application/x-www-form-urlencoded} body. */
  public Map<String, String> form() throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    String text = new String(body(), StandardCharsets.UTF_8);
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.putIfAbsent(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          URLDecoder.decode(v, StandardCharsets.UTF_8));
    }
    return out;
  }

  public void addHeader(String name, String value) {
    exchange.getResponseHeaders().add(name, value);
  }

  /** Sends a complete response. */
  public void send(int status, String contentType, byte[] content) throws IOException {
    if (answered) {
      return;
    }
    answered = true;
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    boolean empty = content == null || content.length == 0;
    exchange.sendResponseHeaders(status, empty ? -1 : content.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(content);
      }
    }
    exchange.close();
  }

  public void send(int status, String contentType, String content) throws IOException {
    send(status, contentType, content == null ? null : content.getBytes(StandardCharsets.UTF_8));
  }

  /** Closes the connection without sending anything, as a dying front end would. */
  public void drop() {
    answered = true;
    exchange.close();
  }

  public boolean answered() {
    return answered;
  }

  /** Every request header. */
  public java.util.Map<String, List<String>> allHeaders() {
    return exchange.getRequestHeaders();
  }

  /** All values of a request header. */
  public List<String> headers(String name) {
    List<String> v = exchange.getRequestHeaders().get(name);
    return v == null ? List.of() : v;
  }
}
