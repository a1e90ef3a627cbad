package dev.exchangesdk.core.auth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A Microsoft Entra token endpoint for one tenant and app, strict about the client assertion: it
 * parses the form body, decodes the JWT, finds the registered certificate by the {@code x5t#S256}
 * header, verifies the RS256 signature with that certificate's public key, and checks {@code x5c},
 * {@code aud}, {@code iss}, {@code sub}, {@code exp}, {@code nbf} and {@code jti}. A good assertion
 * gets a token; a bad one gets Entra's error JSON for AADSTS700027.
 */
final class FakeTokenEndpoint extends Dispatcher {
  static final String TENANT = "contoso.onmicrosoft.com";
  static final String CLIENT_ID = "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b";
  static final String TOKEN_PATH = "/" + TENANT + "/oauth2/v2.0/token";
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private final List<X509Certificate> registered = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedDeque<MockResponse> scripted = new ConcurrentLinkedDeque<>();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger issued = new AtomicInteger();
  final List<TokenRequest> requests = new CopyOnWriteArrayList<>();
  final List<String> issuedTokens = new CopyOnWriteArrayList<>();
  volatile String expectedAudience;
  volatile long expiresInSeconds = 3600;
  private volatile Hold hold;

  /** What the endpoint saw in one token request. */
  record TokenRequest(
      Map<String, String> form,
      Map<String, Object> header,
      Map<String, Object> claims,
      String rawBody,
      String rejection) {
    String assertion() {
      return form.get("client_assertion");
    }
  }

  /** Makes the next token request wait until released. */
  static final class Hold {
    final CountDownLatch arrived = new CountDownLatch(1);
    final CountDownLatch released = new CountDownLatch(1);

    void release() {
      released.countDown();
    }
  }

  void register(X509Certificate certificate) {
    registered.add(certificate);
  }

  /** Answers the next token request with {@code response}, whatever it contains. */
  void answerNext(MockResponse response) {
    scripted.add(response);
  }

  Hold holdNextRequest() {
    Hold h = new Hold();
    hold = h;
    return h;
  }

  int tokenRequestCount() {
    return tokenRequests.get();
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    if (!TOKEN_PATH.equals(request.getUrl().encodedPath()) || !"POST".equals(request.getMethod())) {
      return entraError(
          404, "invalid_request", 90002, "AADSTS90002: Tenant not found: " + request.getTarget());
    }
    tokenRequests.incrementAndGet();
    Hold h = hold;
    if (h != null) {
      hold = null;
      h.arrived.countDown();
      h.released.await(30, TimeUnit.SECONDS);
    }
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    Map<String, String> form = parseForm(body);
    Map<String, Object> header = null;
    Map<String, Object> claims = null;
    String rejection;
    try {
      String[] parts = form.getOrDefault("client_assertion", "").split("\\.");
      if (parts.length == 3) {
        header = json(parts[0]);
        claims = json(parts[1]);
      }
      rejection = check(form, request);
    } catch (RuntimeException | IOException | GeneralSecurityException e) {
      rejection = "unreadable assertion: " + e;
    }
    requests.add(new TokenRequest(form, header, claims, body, rejection));
    MockResponse next = scripted.poll();
    if (next != null) {
      return next;
    }
    return echoRequestId(request, answer(form, rejection));
  }

  private MockResponse answer(Map<String, String> form, String rejection) {
    if (rejection != null) {
      return entraError(
          401,
          "invalid_client",
          700027,
          "AADSTS700027: Client assertion failed signature validation. [Reason - "
              + rejection
              + "]");
    }
    return token(form);
  }

  /** Entra echoes the caller's client-request-id when asked to (return-client-request-id). */
  private static MockResponse echoRequestId(RecordedRequest request, MockResponse response) {
    String id = request.getHeaders().get("client-request-id");
    return id == null
        ? response
        : new MockResponse.Builder(response).addHeader("client-request-id", id).build();
  }

  /** Why the request must be refused, or {@code null} when it is good. */
  private String check(Map<String, String> form, RecordedRequest request)
      throws IOException, GeneralSecurityException {
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return "grant_type is " + form.get("grant_type");
    }
    if (!CLIENT_ID.equals(form.get("client_id"))) {
      return "client_id is " + form.get("client_id");
    }
    if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
      return "client_assertion_type is " + form.get("client_assertion_type");
    }
    if (form.get("scope") == null || form.get("scope").isBlank()) {
      return "no scope";
    }
    String[] parts = form.getOrDefault("client_assertion", "").split("\\.");
    if (parts.length != 3) {
      return "the assertion is not a JWS";
    }
    Map<String, Object> header = json(parts[0]);
    Map<String, Object> claims = json(parts[1]);
    if (!"RS256".equals(header.get("alg"))) {
      return "alg is " + header.get("alg");
    }
    Object x5tS256 = header.get("x5t#S256");
    if (!(x5tS256 instanceof String)) {
      return "no x5t#S256 header";
    }
    X509Certificate certificate = registeredBySha256(decodeAnyBase64((String) x5tS256));
    if (certificate == null) {
      return "The key was not found.";
    }
    Signature verifier = Signature.getInstance("SHA256withRSA");
    verifier.initVerify(certificate.getPublicKey());
    verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
      return "The signature does not verify with the registered certificate.";
    }
    Object x5c = header.get("x5c");
    if (x5c != null) {
      List<?> chain = (List<?>) x5c;
      if (chain.isEmpty()
          || !Arrays.equals(Base64.getDecoder().decode((String) chain.get(0)), der(certificate))) {
        return "x5c does not start with the registered certificate";
      }
    }
    long now = Instant.now().getEpochSecond();
    if (!expectedAudience.equals(claims.get("aud"))) {
      return "aud is " + claims.get("aud");
    }
    if (!CLIENT_ID.equals(claims.get("iss")) || !CLIENT_ID.equals(claims.get("sub"))) {
      return "iss/sub are " + claims.get("iss") + "/" + claims.get("sub");
    }
    if (!(claims.get("exp") instanceof Number) || ((Number) claims.get("exp")).longValue() < now) {
      return "expired or no exp";
    }
    if (claims.get("nbf") instanceof Number
        && ((Number) claims.get("nbf")).longValue() > now + 300) {
      return "nbf in the future";
    }
    if (!(claims.get("jti") instanceof String)) {
      return "no jti";
    }
    return null;
  }

  private X509Certificate registeredBySha256(byte[] hash) throws GeneralSecurityException {
    for (X509Certificate c : registered) {
      if (Arrays.equals(MessageDigest.getInstance("SHA-256").digest(der(c)), hash)) {
        return c;
      }
    }
    return null;
  }

  private MockResponse token(Map<String, String> form) {
    int n = issued.incrementAndGet();
    String token = fakeJwt(n);
    issuedTokens.add(token);
    String json =
        "{\"token_type\":\"Bearer\",\"expires_in\":"
            + expiresInSeconds
            + ",\"ext_expires_in\":"
            + expiresInSeconds
            + ",\"access_token\":\""
            + token
            + "\"}";
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("x-ms-request-id", UUID.randomUUID().toString())
        .body(json)
        .build();
  }

  /** Entra's error JSON, shaped like the identity platform's reference sample. */
  static MockResponse entraError(int status, String error, long code, String description) {
    String traceId = UUID.randomUUID().toString();
    String correlationId = UUID.randomUUID().toString();
    String full =
        description
            + " Trace ID: "
            + traceId
            + " Correlation ID: "
            + correlationId
            + " Timestamp: 2026-11-27 10:00:00Z";
    String json =
        "{\"error\":\""
            + error
            + "\",\"error_description\":\""
            + full.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\",\"error_codes\":["
            + code
            + "],\"timestamp\":\"2026-11-27 10:00:00Z\",\"trace_id\":\""
            + traceId
            + "\",\"correlation_id\":\""
            + correlationId
            + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code="
            + code
            + "\"}";
    return new MockResponse.Builder()
        .code(status)
        .addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("x-ms-request-id", traceId)
        .body(json)
        .build();
  }

  private static String fakeJwt(int n) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"RS256\"}".getBytes());
    String payload =
        b64.encodeToString(
            ("{\"aud\":\"https://outlook.office365.com\",\"roles\":[\"full_access_as_app\"],\"n\":"
                    + n
                    + ",\"uti\":\""
                    + UUID.randomUUID()
                    + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    byte[] signature = new byte[256];
    new java.security.SecureRandom().nextBytes(signature);
    return header + "." + payload + "." + b64.encodeToString(signature);
  }

  static Map<String, String> parseForm(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name =
          URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      form.put(name, value);
    }
    return form;
  }

  static String formBody(Map<String, String> form) {
    List<String> pairs = new ArrayList<>();
    form.forEach(
        (k, v) ->
            pairs.add(
                java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", pairs);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String base64Url) throws IOException {
    return (Map<String, Object>)
        JSON.fromJson(new String(Base64.getUrlDecoder().decode(base64Url), StandardCharsets.UTF_8));
  }

  /** MSAL4J writes x5t#S256 in standard Base64 and Entra accepts it; RFC 7515 says base64url. */
  static byte[] decodeAnyBase64(String value) {
    String standard = value.replace('-', '+').replace('_', '/').replace("=", "");
    return Base64.getDecoder().decode(standard + "=".repeat((4 - standard.length() % 4) % 4));
  }

  static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }
}
