package dev.exchangesdk.testkit;

import static dev.exchangesdk.testkit.Http.envelope;
import static dev.exchangesdk.testkit.Http.ews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private static final String GET_INBOX =
      "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>";
  private FakeExchange fake;

  @BeforeEach
  void start() {
    fake = FakeExchange.start();
    fake.createMailbox("soc@contoso.com", "SOC");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Http.Answer admin() {
    return Http.invoke(
        fake,
        fake.adminUrl().toString(),
        "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{}}}");
  }

  @Test
  void throttlesEwsWithServerBusySoapFaultsCarryingTheBackOff() {
    fake.faults().throttle(Endpoint.EWS, 2, Duration.ofMillis(297749));
    for (int i = 0; i < 2; i++) {
      Http.Answer a = ews(fake, envelope("soc@contoso.com", GET_INBOX));
      assertThat(a.code()).isEqualTo(500);
      assertThat(a.text("//faultcode")).isEqualTo("a:ErrorServerBusy");
      assertThat(a.text("//t:MessageXml/t:Value[@Name='BackOffMilliseconds']")).isEqualTo("297749");
    }
    assertThat(fake.faults().pending(Endpoint.EWS)).isZero();
    assertThat(ews(fake, envelope("soc@contoso.com", GET_INBOX)).code()).isEqualTo(200);
  }

  @Test
  void throttlesEwsWithHttp200ServerBusyResponseMessages() {
    fake.faults().ewsServerBusy(1, Duration.ofSeconds(5), ServerBusyForm.RESPONSE_MESSAGE);
    Http.Answer a = ews(fake, envelope("soc@contoso.com", GET_INBOX));
    assertThat(a.code()).isEqualTo(200);
    assertThat(a.text("//m:GetFolderResponseMessage/@ResponseClass")).isEqualTo("Error");
    assertThat(a.text("//m:ResponseCode")).isEqualTo("ErrorServerBusy");
    assertThat(a.text("//m:MessageXml/t:Value[@Name='BackOffMilliseconds']")).isEqualTo("5000");
  }

  @Test
  void throttlesTheAdminApiWith429AndAFractionalRetryAfter() {
    fake.faults().throttle(Endpoint.ADMIN, 1, Duration.ofMillis(1500));
    Http.Answer a = admin();
    assertThat(a.code()).isEqualTo(429);
    assertThat(a.header("Retry-After")).isEqualTo("1.5");
    assertThat(admin().code()).isEqualTo(200);
  }

  @Test
  void answers503ForTheChosenEndpointOnly() {
    fake.faults().serviceUnavailable(Endpoint.COMPLIANCE, 1, Duration.ofSeconds(2));
    assertThat(admin().code()).isEqualTo(200);
    Http.Answer compliance =
        Http.invoke(
            fake,
            fake.complianceUrl().toString(),
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceSearch\",\"Parameters\":{}}}");
    assertThat(compliance.code()).isEqualTo(503);
    assertThat(compliance.header("Retry-After")).isEqualTo("2");
    fake.faults().serviceUnavailable(Endpoint.EWS, 1);
    assertThat(ews(fake, envelope("soc@contoso.com", GET_INBOX)).code()).isEqualTo(503);
  }

  @Test
  void dropsConnectionsWithoutAResponse() {
    fake.faults().dropConnections(Endpoint.EWS, 1);
    assertThatThrownBy(() -> ews(fake, envelope("soc@contoso.com", GET_INBOX)))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(IOException.class);
    assertThat(ews(fake, envelope("soc@contoso.com", GET_INBOX)).code()).isEqualTo(200);
  }

  @Test
  void addsLatencyThatClientTimeoutsNotice() {
    OkHttpClient impatient =
        Http.client(fake).newBuilder().readTimeout(Duration.ofMillis(200)).build();
    fake.faults().latency(Endpoint.EWS, Duration.ofSeconds(2), 1);
    assertThatThrownBy(
            () ->
                Http.ews(
                    impatient, fake, fake.acceptedToken(), envelope("soc@contoso.com", GET_INBOX)))
        .hasCauseInstanceOf(SocketTimeoutException.class);
    fake.faults().latency(Endpoint.ADMIN, Duration.ofSeconds(2));
    assertThatThrownBy(
            () ->
                Http.call(
                    impatient,
                    new Request.Builder()
                        .url(fake.adminUrl().toString())
                        .header("Authorization", "Bearer " + fake.acceptedToken())
                        .post(
                            okhttp3.RequestBody.create(
                                "{}", okhttp3.MediaType.get("application/json")))
                        .build()))
        .hasCauseInstanceOf(SocketTimeoutException.class);
    fake.faults().latency(Endpoint.ADMIN, Duration.ZERO);
    assertThat(admin().code()).isEqualTo(200);
  }

  @Test
  void disablesEwsForTheTenantWith403() {
    fake.faults().ewsDisabled(true);
    Http.Answer a = ews(fake, envelope("soc@contoso.com", GET_INBOX));
    assertThat(a.code()).isEqualTo(403);
    assertThat(a.header("x-ms-diagnostics")).contains("EWSAllowedAppIDs");
    assertThat(admin().code()).isEqualTo(200);
    fake.faults().clear();
    assertThat(ews(fake, envelope("soc@contoso.com", GET_INBOX)).code()).isEqualTo(200);
  }

  @Test
  void failsTokenRequestsTheWayTheIdentityPlatformDoes() {
    fake.faults()
        .failTokenRequests(1, TokenFailure.SERVER_ERROR)
        .failTokenRequests(1, TokenFailure.SERVICE_UNAVAILABLE)
        .throttle(Endpoint.TOKEN, 1, Duration.ofSeconds(3));
    Request request =
        new Request.Builder()
            .url(fake.tokenUrl().toString())
            .post(new FormBody.Builder().add("grant_type", "client_credentials").build())
            .build();
    Http.Answer first = Http.call(Http.client(fake), request);
    assertThat(first.code()).isEqualTo(500);
    assertThat(first.body()).contains("\"error\":\"temporarily_unavailable\"", "AADSTS90033");
    Http.Answer second = Http.call(Http.client(fake), request);
    assertThat(second.code()).isEqualTo(503);
    assertThat(second.body()).isEmpty();
    Http.Answer third = Http.call(Http.client(fake), request);
    assertThat(third.code()).isEqualTo(429);
    assertThat(third.header("Retry-After")).isEqualTo("3");
    assertThat(Http.call(Http.client(fake), request).body())
        .contains("AADSTS900144"); // the real validation again
  }

  @Test
  void consumesCountedFaultsInTheOrderTheyWereAdded() {
    fake.faults()
        .serviceUnavailable(Endpoint.EWS, 1)
        .throttle(Endpoint.EWS, 1, Duration.ofSeconds(1));
    assertThat(fake.faults().pending(Endpoint.EWS)).isEqualTo(2);
    assertThat(ews(fake, envelope("soc@contoso.com", GET_INBOX)).code()).isEqualTo(503);
    assertThat(ews(fake, envelope("soc@contoso.com", GET_INBOX)).code()).isEqualTo(500);
    assertThat(ews(fake, envelope("soc@contoso.com", GET_INBOX)).code()).isEqualTo(200);
  }
}
