package dev.exchangesdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.GeneratedCertificate;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No secret of the token path reaches a log line (root logger at TRACE, bodies logged), an
 * exception (message, toString, causes, suppressed) or a toString(): not the PFX password, not the
 * Base64 PFX, not a client assertion, not an access token.
 */
class TokenRedactionTest {
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
  void secretsNeverAppearInLogsExceptionsOrToString() {
    StringBuilder visible = new StringBuilder();
    List<String> tokens = new ArrayList<>();
    String logs;
    try (LogCapture capture = LogCapture.root(Level.TRACE)) {
      // 1. A PFX opened with the wrong password.
      visible.append(
          describe(
              () ->
                  server
                      .withoutCertificate(clock, sleeper)
                      .pfxBase64(TestCertificates.REGISTERED.pfxBase64(), "wrong".toCharArray())
                      .build()));

      // 2. A token request Entra refuses (certificate not registered), after a retried 503.
      server.endpoint.answerNext(
          new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
      CertificateCredential unregistered =
          loggingBodies()
              .pfxBase64(TestCertificates.UNREGISTERED.pfxBase64(), TestCertificates.password())
              .build();
      visible.append(describe(() -> unregistered.getToken(SCOPES)));
      visible.append(unregistered).append('\n');

      // 3. A token request that succeeds.
      CertificateCredential registered =
          loggingBodies()
              .pfxBase64(TestCertificates.REGISTERED.pfxBase64(), TestCertificates.password())
              .build();
      AccessToken token = registered.getToken(SCOPES);
      tokens.add(token.token());
      visible.append(registered).append('\n').append(token).append('\n');
      visible.append(TestCertificates.REGISTERED).append('\n');
      logs = capture.allText();
    }
    String everything = logs + visible;

    // The capture really saw the token traffic, bodies included.
    assertThat(logs)
        .contains(FakeTokenEndpoint.TOKEN_PATH, "client_assertion=<redacted>", "AADSTS700027")
        .contains("\"access_token\":\"<redacted>\"");
    assertThat(server.endpoint.requests).hasSize(3);

    List<String> secrets = new ArrayList<>();
    secrets.add(new String(TestCertificates.PASSWORD));
    for (GeneratedCertificate c :
        List.of(TestCertificates.REGISTERED, TestCertificates.UNREGISTERED)) {
      String base64 = c.pfxBase64();
      for (int at = 0; at + 24 <= base64.length(); at += 200) {
        secrets.add(base64.substring(at, at + 24));
      }
    }
    for (FakeTokenEndpoint.TokenRequest request : server.endpoint.requests) {
      String assertion = request.assertion();
      secrets.add(assertion);
      secrets.add(assertion.substring(assertion.lastIndexOf('.') + 1));
    }
    tokens.addAll(server.endpoint.issuedTokens);
    for (String t : tokens) {
      secrets.add(t);
      secrets.add(t.substring(t.lastIndexOf('.') + 1));
    }
    for (String secret : secrets) {
      assertThat(everything).doesNotContain(secret);
    }
  }

  private CertificateCredential.Builder loggingBodies() {
    return server
        .withoutCertificate(clock, sleeper)
        .httpOptions(server.httpOptions(clock, sleeper).logBodies(true).build());
  }

  /** Message, toString, and the whole stack trace with causes and suppressed exceptions. */
  private static String describe(Runnable failing) {
    try {
      failing.run();
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      return e.getMessage() + "\n" + e + "\n" + trace + "\n";
    }
    throw new AssertionError("expected a failure");
  }
}
