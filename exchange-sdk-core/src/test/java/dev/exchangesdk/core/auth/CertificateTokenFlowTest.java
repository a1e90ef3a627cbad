package dev.exchangesdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.core.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Token acquisition over HTTPS against a token endpoint that verifies the client assertion. */
class CertificateTokenFlowTest {
  private static final List<String> SCOPES = List.of("https://outlook.office365.com/.default");

  private HttpsTokenServer server;
  private final MutableClock clock =
      new MutableClock(Instant.now().plus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS));
  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void start() throws IOException {
    server = new HttpsTokenServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void acquiresTokenWithAssertionSignedByTheRegisteredCertificate() {
    CertificateCredential credential = server.credential(clock, sleeper).build();

    AccessToken token = credential.getToken(SCOPES);

    assertThat(server.endpoint.issuedTokens).containsExactly(token.token());
    FakeTokenEndpoint.TokenRequest request = server.endpoint.requests.get(0);
    assertThat(request.rejection()).isNull();
    assertThat(request.form())
        .containsEntry("grant_type", "client_credentials")
        .containsEntry("client_id", FakeTokenEndpoint.CLIENT_ID)
        .containsEntry("client_assertion_type", FakeTokenEndpoint.ASSERTION_TYPE);
    // MSAL adds openid, profile and offline_access to every request; Entra ignores them here.
    assertThat(request.form().get("scope").split(" ")).contains(SCOPES.get(0));
    assertThat(FakeTokenEndpoint.decodeAnyBase64((String) request.header().get("x5t#S256")))
        .isEqualTo(Base64.getUrlDecoder().decode(TestCertificates.REGISTERED.x5tS256()));
    assertThat(request.claims().get("aud"))
        .isEqualTo(server.authorityHost() + FakeTokenEndpoint.TOKEN_PATH);
    assertThat(token.expiresAt())
        .isBetween(clock.instant().plusSeconds(3590), clock.instant().plusSeconds(3600));
  }

  @Test
  void sendsTheCertificateChainInX5cByDefault() {
    HeldCertificate ca =
        new HeldCertificate.Builder()
            .commonName("Test CA")
            .certificateAuthority(0)
            .rsa2048()
            .build();
    HeldCertificate leaf =
        new HeldCertificate.Builder().commonName("chained-app").signedBy(ca).rsa2048().build();
    server.endpoint.register(leaf.certificate());
    CertificateCredential credential =
        server
            .withoutCertificate(clock, sleeper)
            .pem(leaf.certificatePem() + ca.certificatePem(), leaf.privateKeyPkcs8Pem())
            .build();

    credential.getToken(SCOPES);

    FakeTokenEndpoint.TokenRequest request = server.endpoint.requests.get(0);
    assertThat(request.rejection()).isNull();
    assertThat(request.header().get("x5c"))
        .isEqualTo(
            List.of(
                Base64.getEncoder().encodeToString(FakeTokenEndpoint.der(leaf.certificate())),
                Base64.getEncoder().encodeToString(FakeTokenEndpoint.der(ca.certificate()))));
  }

  @Test
  void omitsX5cWhenSendX5cIsOff() {
    CertificateCredential credential = server.credential(clock, sleeper).sendX5c(false).build();

    credential.getToken(SCOPES);

    FakeTokenEndpoint.TokenRequest request = server.endpoint.requests.get(0);
    assertThat(request.rejection()).isNull();
    assertThat(request.header()).doesNotContainKey("x5c").containsKey("x5t#S256");
  }

  @Test
  void certificateNotRegisteredOnTheAppRaisesAadsts700027WithHint() {
    CertificateCredential credential =
        server
            .withoutCertificate(clock, sleeper)
            .pfxBase64(TestCertificates.UNREGISTERED.pfxBase64(), TestCertificates.password())
            .build();

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> credential.getToken(SCOPES));

    assertThat(server.endpoint.requests.get(0).rejection()).isEqualTo("The key was not found.");
    assertThat(e.errorCode()).isEqualTo("AADSTS700027");
    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.requestId()).isNotBlank();
    assertThat(e.hint())
        .contains(TestCertificates.UNREGISTERED.thumbprint())
        .contains("upload its public certificate (.cer)");
    assertThat(e.getMessage())
        .contains(FakeTokenEndpoint.CLIENT_ID, FakeTokenEndpoint.TENANT, "AADSTS700027")
        .contains("What to do:");
    assertThat(sleeper.waits).isEmpty();
  }

  @Test
  void fakeEndpointRejectsAnAssertionWithATamperedSignature() throws IOException {
    server.credential(clock, sleeper).build().getToken(SCOPES);
    Map<String, String> genuine = server.endpoint.requests.get(0).form();
    String[] parts = genuine.get("client_assertion").split("\\.");
    byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
    signature[10] ^= 0x01;
    Map<String, String> tampered = new LinkedHashMap<>(genuine);
    tampered.put(
        "client_assertion",
        parts[0]
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(signature));

    try (Response replayedGenuine = post(genuine);
        Response replayedTampered = post(tampered)) {
      assertThat(replayedGenuine.code()).isEqualTo(200);
      assertThat(replayedTampered.code()).isEqualTo(401);
      assertThat(replayedTampered.body().string()).contains("AADSTS700027", "700027");
    }
    assertThat(server.endpoint.requests.get(2).rejection())
        .isEqualTo("The signature does not verify with the registered certificate.");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "700016, 400, unauthorized_client, was not found in tenant",
    "90002, 400, invalid_request, initial domain such as contoso.onmicrosoft.com",
    "900023, 400, invalid_request, is not a valid tenant",
    "7000215, 401, invalid_client, rejected the client credential",
    "700024, 401, invalid_client, clock is probably wrong",
    "7000274, 401, invalid_client, within its validity period",
    "70011, 400, invalid_scope, /.default",
    "500011, 400, invalid_resource, has Exchange Online",
    "7000112, 401, unauthorized_client, disabled",
    "53003, 400, access_denied, Conditional Access"
  })
  void mapsEntraErrorsToTheirCodeAndAHint(long code, int status, String error, String hint) {
    server.endpoint.answerNext(
        FakeTokenEndpoint.entraError(
            status, error, code, "AADSTS" + code + ": Entra's own description of the problem."));
    CertificateCredential credential = server.credential(clock, sleeper).build();

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> credential.getToken(SCOPES));

    assertThat(e.errorCode()).isEqualTo("AADSTS" + code);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.hint()).contains(hint);
    assertThat(e.getMessage()).contains("Entra's own description of the problem.", error);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void unknownEntraErrorKeepsItsCodeWithoutHint() {
    server.endpoint.answerNext(
        FakeTokenEndpoint.entraError(400, "invalid_request", 9999999, "AADSTS9999999: Odd."));
    CertificateCredential credential = server.credential(clock, sleeper).build();

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> credential.getToken(SCOPES));

    assertThat(e.errorCode()).isEqualTo("AADSTS9999999");
    assertThat(e.hint()).isNull();
  }

  @Test
  void retriesServiceUnavailableAfterTheWaitTheServerAsksFor() {
    server.endpoint.answerNext(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Retry-After", "2")
            .addHeader("Content-Type", "text/html")
            .body("<html>busy</html>")
            .build());
    CertificateCredential credential = server.credential(clock, sleeper).build();

    AccessToken token = credential.getToken(SCOPES);

    assertThat(server.endpoint.issuedTokens).containsExactly(token.token());
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retriesEntraServerErrorJson() {
    server.endpoint.answerNext(
        FakeTokenEndpoint.entraError(
            500, "server_error", 50000, "AADSTS50000: There was an error issuing a token."));
    CertificateCredential credential = server.credential(clock, sleeper).build();

    credential.getToken(SCOPES);

    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits).hasSize(1);
  }

  @Test
  void givesUpOnServiceUnavailableWhenRetriesAreSpent() {
    for (int i = 0; i < 3; i++) {
      server.endpoint.answerNext(new MockResponse.Builder().code(503).build());
    }
    CertificateCredential credential = server.credential(clock, sleeper).build();

    ServiceUnavailableException e =
        catchThrowableOfType(ServiceUnavailableException.class, () -> credential.getToken(SCOPES));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(3);
  }

  @Test
  void throttlingKeepsTheWaitTheServerAskedFor() {
    server.endpoint.answerNext(
        new MockResponse.Builder()
            .code(429)
            .addHeader("Retry-After", "7")
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":\"temporarily_unavailable\",\"error_description\":\"slow down\"}")
            .build());
    CertificateCredential credential =
        server
            .credential(clock, sleeper)
            .httpOptions(server.httpOptions(clock, sleeper).retry(RetryOptions.none()).build())
            .build();

    ThrottledException e =
        catchThrowableOfType(ThrottledException.class, () -> credential.getToken(SCOPES));

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
    assertThat(e.statusCode()).isEqualTo(429);
  }

  @Test
  void retriesAConnectionDroppedBeforeTheResponse() throws IOException {
    server.close();
    server = new HttpsTokenServer(List.of(Protocol.HTTP_1_1));
    server.endpoint.answerNext(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    CertificateCredential credential = server.credential(clock, sleeper).build();

    AccessToken token = credential.getToken(SCOPES);

    assertThat(server.endpoint.issuedTokens).containsExactly(token.token());
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(2);
    assertThat(sleeper.waits).hasSize(1);
  }

  @Test
  void unreachableTokenEndpointRaisesTransportException() throws IOException {
    MockWebServer closed = new MockWebServer();
    closed.start();
    int port = closed.getPort();
    closed.close();
    CertificateCredential credential =
        server
            .credential(clock, sleeper)
            .environment(
                server.environment().toBuilder()
                    .authorityHost(java.net.URI.create("https://localhost:" + port))
                    .build())
            .build();

    TransportException e =
        catchThrowableOfType(TransportException.class, () -> credential.getToken(SCOPES));

    assertThat(e.getMessage()).contains("token endpoint", "localhost:" + port);
    assertThat(sleeper.waits).hasSize(2);
  }

  @Test
  void nonJsonSuccessFromTheTokenEndpointIsAClearError() {
    server.endpoint.answerNext(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "text/html; charset=utf-8")
            .body("<html><body>Sign in to the corporate proxy</body></html>")
            .build());
    CertificateCredential credential = server.credential(clock, sleeper).build();

    ResponseFormatException e =
        catchThrowableOfType(ResponseFormatException.class, () -> credential.getToken(SCOPES));

    assertThat(e.getMessage())
        .contains("HTTP 200", "text/html", "instead of JSON", "corporate proxy")
        .contains("authority host");
    assertThat(server.endpoint.tokenRequestCount()).isEqualTo(1);
  }

  @Test
  void nonJsonNotFoundIsAClearErrorNotAnAuthenticationFailure() {
    server.endpoint.answerNext(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/html")
            .body("<h1>Not Found</h1>")
            .build());
    CertificateCredential credential = server.credential(clock, sleeper).build();

    ResponseFormatException e =
        catchThrowableOfType(ResponseFormatException.class, () -> credential.getToken(SCOPES));

    assertThat(e.statusCode()).isEqualTo(404);
    assertThat(e.getMessage()).contains("HTTP 404", "instead of JSON");
  }

  @Test
  void certificateThatExpiredAfterBuildIsReportedWithoutAskingEntra() {
    var shortLived =
        SelfSignedCertificates.builder()
            .validFrom(clock.instant().minus(Duration.ofDays(1)))
            .validityDays(2)
            .create(TestCertificates.password());
    server.endpoint.register(shortLived.certificate());
    CertificateCredential credential =
        server
            .withoutCertificate(clock, sleeper)
            .pfx(shortLived.pfx(), TestCertificates.password())
            .build();
    clock.advance(Duration.ofDays(2));

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> credential.getToken(SCOPES));

    assertThat(e.getMessage()).contains(shortLived.thumbprint(), "expired");
    assertThat(e.hint()).contains("Create a new certificate");
    assertThat(server.endpoint.tokenRequestCount()).isZero();
  }

  private Response post(Map<String, String> form) throws IOException {
    OkHttpClient client =
        new OkHttpClient.Builder()
            .sslSocketFactory(
                server.clientTrust.sslSocketFactory(), server.clientTrust.trustManager())
            .build();
    return client
        .newCall(
            new Request.Builder()
                .url(server.authorityHost() + FakeTokenEndpoint.TOKEN_PATH)
                .post(
                    RequestBody.create(
                        FakeTokenEndpoint.formBody(form),
                        MediaType.get("application/x-www-form-urlencoded")))
                .build())
        .execute();
  }
}
