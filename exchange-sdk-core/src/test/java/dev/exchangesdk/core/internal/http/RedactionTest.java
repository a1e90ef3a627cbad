package dev.exchangesdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.LogCapture;
import dev.exchangesdk.core.RecordingSleeper;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class RedactionTest {
  private static final String TOKEN =
      "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJvdXRsb29rIn0.c2lnbmF0dXJl";
  private static final String ASSERTION =
      "eyJhbGciOiJSUzI1NiIsIng1dCNTMjU2IjoiYWJjIn0.eyJpc3MiOiJhcHAifQ.QUJDREVG";
  private static final String PASSWORD = "Pfx-Passw0rd!";

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void noSecretReachesLogsOrExceptionsAcrossFailingAndSucceedingCalls() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .body("{\"error\":\"invalid_client\",\"access_token\":\"" + TOKEN + "\"}")
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body("{\"access_token\":\"" + TOKEN + "\",\"expires_in\":3599}")
            .build());
    HttpPipeline pipeline =
        HttpPipeline.builder()
            .serviceName("Token endpoint")
            .options(
                HttpOptions.builder()
                    .logBodies(true)
                    .retry(RetryOptions.none())
                    .sleeper(new RecordingSleeper())
                    .build())
            .credential(new StaticTokenCredential(TOKEN), List.of("scope"))
            .build();
    HttpUrl url =
        server
            .url("/tenant/oauth2/v2.0/token")
            .newBuilder()
            .addQueryParameter("client_assertion", ASSERTION)
            .build();
    Request request =
        new Request.Builder()
            .url(url)
            .post(
                new FormBody.Builder()
                    .add("client_assertion", ASSERTION)
                    .add("password", PASSWORD)
                    .add("grant_type", "client_credentials")
                    .build())
            .build();

    String failureText;
    String successText;
    try (LogCapture logs = new LogCapture()) {
      Throwable failure =
          catchThrowable(
              () ->
                  pipeline.execute(
                      "Token request",
                      request,
                      Idempotency.IDEMPOTENT,
                      r -> {
                        throw HttpErrors.forStatus(r, "Token endpoint", pipeline.clock());
                      }));
      failureText = failure.getMessage() + " " + failure;
      String body =
          pipeline.execute(
              "Token request", request, Idempotency.IDEMPOTENT, r -> r.body().string());
      successText = logs.allText();
      assertThat(body).contains(TOKEN);
      assertThat(logs.events()).isNotEmpty();
      assertThat(successText).contains("client_credentials").contains("/oauth2/v2.0/token");
    }

    for (String text : List.of(failureText, successText)) {
      assertThat(text).doesNotContain(TOKEN).doesNotContain(ASSERTION).doesNotContain(PASSWORD);
    }
    assertThat(successText).contains(Redaction.REDACTED);
  }

  @Test
  void scrubsBearerTokensJwtsAndSecretFields() {
    String text =
        "Authorization: Bearer abc.def-ghi "
            + "client_assertion=xyz&client_secret=s3cret&scope=a "
            + "{\"Password\":\"hunter2\",\"name\":\"ok\"} "
            + TOKEN;

    String scrubbed = Redaction.text(text);

    assertThat(scrubbed)
        .doesNotContain("abc.def-ghi")
        .doesNotContain("xyz")
        .doesNotContain("s3cret")
        .doesNotContain("hunter2")
        .doesNotContain(TOKEN)
        .contains("scope=a")
        .contains("\"name\":\"ok\"");
  }

  @Test
  void oneLineRemovesControlCharactersAndTruncates() {
    assertThat(Redaction.oneLine("a\r\n\u0000b   c", 100)).isEqualTo("a b c");
    assertThat(Redaction.oneLine("x".repeat(50), 10)).isEqualTo("xxxxxxxxxx...");
  }
}
