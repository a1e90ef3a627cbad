package dev.exchangesdk.testkit.model;

import dev.exchangesdk.testkit.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request FakeExchange received, for tests that assert what a client sent (headers such as {@code
 * X-AnchorMailbox}, the SOAP body, the cmdlet JSON). The {@code Authorization} header is recorded
 * redacted; bodies beyond 256 KiB are truncated.
 *
 * <p>Immutable and thread-safe.
 *
 * @param endpoint which endpoint kind received it
 * @param method the HTTP method
 * @param path the request path with its query string
 * @param headers request headers, names in lower case
 * @param body the body as text (UTF-8), possibly truncated
 * @param receivedAt when it arrived, by the fake's clock
 */
public record RecordedRequest(
    Endpoint endpoint,
    String method,
    String path,
    Map<String, List<String>> headers,
    String body,
    Instant receivedAt) {

  /** The first value of a header (any case), or {@code null}. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
