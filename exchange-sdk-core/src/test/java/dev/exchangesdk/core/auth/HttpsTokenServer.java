package dev.exchangesdk.core.auth;

import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockWebServer;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;

/** A {@link FakeTokenEndpoint} served over HTTPS on loopback, and the settings to reach it. */
final class HttpsTokenServer implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final FakeTokenEndpoint endpoint = new FakeTokenEndpoint();
  final HandshakeCertificates clientTrust =
      new HandshakeCertificates.Builder()
          .addTrustedCertificate(TestCertificates.SERVER.certificate())
          .build();

  HttpsTokenServer() throws IOException {
    this(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1));
  }

  HttpsTokenServer(List<Protocol> protocols) throws IOException {
    server.setProtocols(protocols);
    HandshakeCertificates serverCertificates =
        new HandshakeCertificates.Builder().heldCertificate(TestCertificates.SERVER).build();
    server.useHttps(serverCertificates.sslSocketFactory());
    server.setDispatcher(endpoint);
    server.start();
    endpoint.expectedAudience = authorityHost() + FakeTokenEndpoint.TOKEN_PATH;
    endpoint.register(TestCertificates.REGISTERED.certificate());
  }

  String authorityHost() {
    return "https://localhost:" + server.getPort();
  }

  /** The worldwide cloud with its authority moved to this server. */
  ExchangeEnvironment environment() {
    return ExchangeEnvironment.WORLDWIDE.toBuilder()
        .name("Loopback")
        .authorityHost(URI.create(authorityHost()))
        .build();
  }

  /** Options that trust the server's certificate, with a test clock and a sleeper that records. */
  HttpOptions.Builder httpOptions(Clock clock, RecordingSleeper sleeper) {
    return HttpOptions.builder()
        .tls(clientTrust.sslSocketFactory(), clientTrust.trustManager())
        .clock(clock)
        .sleeper(sleeper)
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .retry(RetryOptions.builder().maxAttempts(3).build());
  }

  /** A credential for the fake app with the registered certificate, as a PFX in Base64. */
  CertificateCredential.Builder credential(Clock clock, RecordingSleeper sleeper) {
    return withoutCertificate(clock, sleeper)
        .pfxBase64(TestCertificates.REGISTERED.pfxBase64(), TestCertificates.password());
  }

  /** A credential for the fake app, certificate still to be set. */
  CertificateCredential.Builder withoutCertificate(Clock clock, RecordingSleeper sleeper) {
    return CertificateCredential.builder()
        .tenant(FakeTokenEndpoint.TENANT)
        .clientId(FakeTokenEndpoint.CLIENT_ID)
        .environment(environment())
        .httpOptions(httpOptions(clock, sleeper).build());
  }

  @Override
  public void close() {
    server.close();
  }
}
