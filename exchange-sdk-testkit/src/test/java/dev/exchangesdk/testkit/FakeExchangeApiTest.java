package dev.exchangesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.util.List;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class FakeExchangeApiTest {

  @Test
  void environmentPointsEveryServiceAtTheFakeWithExchangeOnlineScopes() {
    try (FakeExchange fake = FakeExchange.start()) {
      ExchangeEnvironment env = fake.environment();
      assertThat(env.ewsUrl()).isEqualTo(fake.ewsUrl());
      assertThat(env.tokenEndpoint(fake.tenant())).isEqualTo(fake.tokenUrl());
      assertThat(env.adminBaseUrl() + "/adminapi/beta/" + fake.tenant() + "/InvokeCommand")
          .isEqualTo(fake.adminUrl().toString());
      assertThat(env.complianceBaseUrl().getPort())
          .isEqualTo(fake.complianceUrl().getPort())
          .isNotEqualTo(fake.adminUrl().getPort());
      assertThat(env.exchangeScopes()).containsExactly("https://outlook.office365.com/.default");
      assertThat(env.complianceScope())
          .isEqualTo("https://ps.compliance.protection.outlook.com/.default");
      assertThat(fake.ewsUrl().getHost()).isEqualTo("127.0.0.1");
      assertThat(fake.tokenCredential().getToken(env.exchangeScopes()).token())
          .isEqualTo(fake.acceptedToken());
      assertThat(fake.tokenCredential().toString()).doesNotContain(fake.acceptedToken());
    }
  }

  @Test
  void httpOptionsTrustTheFakeAndNothingElseDoes() throws Exception {
    try (FakeExchange fake = FakeExchange.start()) {
      HttpOptions options = fake.httpOptions();
      OkHttpClient trusting =
          new OkHttpClient.Builder()
              .sslSocketFactory(options.sslSocketFactory(), options.trustManager())
              .build();
      try (var r =
          trusting
              .newCall(
                  new Request.Builder()
                      .url(fake.authority() + "v2.0/.well-known/openid-configuration")
                      .build())
              .execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
      OkHttpClient plain = new OkHttpClient();
      assertThatThrownBy(
              () ->
                  plain
                      .newCall(new Request.Builder().url(fake.ewsUrl().toString()).build())
                      .execute())
          .isInstanceOf(SSLHandshakeException.class);
      assertThat(fake.caCertificatePem()).startsWith("-----BEGIN CERTIFICATE-----");
    }
  }

  @Test
  void servesPlainHttpWhenAsked() throws Exception {
    try (FakeExchange fake = FakeExchange.builder().tls(false).start()) {
      assertThat(fake.ewsUrl().getScheme()).isEqualTo("http");
      try (var r =
          new OkHttpClient()
              .newCall(
                  new Request.Builder()
                      .url(fake.authority() + "v2.0/.well-known/openid-configuration")
                      .build())
              .execute()) {
        assertThat(r.code()).isEqualTo(200);
      }
    }
  }

  @Test
  void deliversToGroupsAndRecordsRequestsWithRedactedAuthorization() {
    try (FakeExchange fake = FakeExchange.start()) {
      fake.createMailbox("a@contoso.com", "A");
      fake.createMailbox("b@contoso.com", "B");
      fake.createDistributionGroup(
          "team@contoso.com", "Team", "a@contoso.com", "b@contoso.com", "team@contoso.com");
      List<ItemInfo> delivered =
          fake.deliver(
              NewMessage.builder()
                  .from("x@fabrikam.example")
                  .to("team@contoso.com")
                  .subject("hello")
                  .text("x")
                  .build());
      assertThat(delivered)
          .extracting(ItemInfo::mailbox)
          .containsExactly("a@contoso.com", "b@contoso.com");
      Http.ews(
          fake,
          Http.envelope(
              "a@contoso.com",
              "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>"));
      assertThat(fake.requests())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.endpoint()).isEqualTo(Endpoint.EWS);
                assertThat(r.header("Authorization")).isEqualTo("Bearer <redacted>");
                assertThat(r.body()).contains("<t:SmtpAddress>a@contoso.com</t:SmtpAddress>");
              });
    }
  }

  @Test
  void refusesBadTestInputClearly() {
    try (FakeExchange fake = FakeExchange.start()) {
      fake.createMailbox("a@contoso.com", "A");
      assertThatThrownBy(() -> fake.createMailbox("a@contoso.com", "again"))
          .hasMessageContaining("already exists");
      assertThatThrownBy(() -> fake.mailbox("nobody@contoso.com"))
          .hasMessageContaining("No mailbox nobody@contoso.com");
      assertThatThrownBy(() -> fake.mailbox("a@contoso.com").items("Nope"))
          .hasMessageContaining("No folder 'Nope'");
      assertThatThrownBy(() -> NewMessage.builder().to("a@contoso.com").build())
          .hasMessageContaining("needs a sender");
      assertThatThrownBy(
              () -> fake.faults().throttle(Endpoint.EWS, 0, java.time.Duration.ofSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
