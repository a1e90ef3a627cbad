package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.admin.model.ConnectivityCheck;
import dev.exchangesdk.admin.model.ConnectivityCheck.Step;
import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.TokenCredential;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ConnectivityCheckTest {

  @Test
  void passesWhenTokenEndpointAndReadWork() {
    try (AdminTestServer t = new AdminTestServer()) {
      t.enqueue(ok("{\"Identity\":\"ann\"}"));

      ConnectivityCheck check = t.client.checkConnectivity();

      assertThat(check.ok()).isTrue();
      assertThat(check.failedStep()).isNull();
      RecordedRequest r = t.take();
      assertThat(AdminTestServer.parameters(r, "Get-Mailbox")).isEqualTo("{\"ResultSize\":1}");
      assertThat(r.getUrl().queryParameter("$select")).isEqualTo("Identity");
    }
  }

  @Test
  void namesTheTokenStepWhenNoTokenCanBeHad() {
    TokenCredential broken =
        new TokenCredential() {
          @Override
          public AccessToken getToken(List<String> scopes) {
            throw new AuthenticationException(
                "AADSTS700027: Client assertion contains an invalid signature.", null);
          }
        };
    try (AdminTestServer t = new AdminTestServer(broken)) {
      ConnectivityCheck check = t.client.checkConnectivity();

      assertThat(check.failedStep()).isEqualTo(Step.TOKEN);
      assertThat(check.message()).contains("AADSTS700027");
      assertThat(t.server.getRequestCount()).isZero();
    }
  }

  @Test
  void namesTheMissingRoleOnAnEmpty403() {
    try (AdminTestServer t = new AdminTestServer()) {
      t.enqueue(403, "");

      ConnectivityCheck check = t.client.checkConnectivity();

      assertThat(check.failedStep()).isEqualTo(Step.AUTHORIZATION);
      assertThat(check.missingPermission())
          .contains("Exchange.ManageAsApp")
          .contains("Exchange Administrator");
    }
  }

  @Test
  void namesTheAuthorizationStepWhenTheTokenIsRejected() {
    try (AdminTestServer t = new AdminTestServer()) {
      t.enqueue(401, "");
      t.enqueue(401, "");

      ConnectivityCheck check = t.client.checkConnectivity();

      assertThat(check.failedStep()).isEqualTo(Step.AUTHORIZATION);
      assertThat(check.missingPermission()).contains("Exchange.ManageAsApp");
    }
  }

  @Test
  void namesTheEndpointStepWhenTheAnswerIsAWebPage() {
    try (AdminTestServer t = new AdminTestServer()) {
      t.server.enqueue(
          new MockResponse.Builder()
              .code(200)
              .setHeader("Content-Type", "text/html")
              .body("<html>proxy login</html>")
              .build());

      ConnectivityCheck check = t.client.checkConnectivity();

      assertThat(check.failedStep()).isEqualTo(Step.ENDPOINT);
      assertThat(check.message()).contains("proxy login");
    }
  }

  @Test
  void namesTheEndpointStepWhenNothingListens() {
    AdminTestServer t = new AdminTestServer();
    t.close();

    ConnectivityCheck check = t.client.checkConnectivity();

    assertThat(check.failedStep()).isEqualTo(Step.ENDPOINT);
    assertThat(check.error()).isNotNull();
  }

  @Test
  void namesTheCmdletStepForOtherFailures() {
    try (AdminTestServer t = new AdminTestServer()) {
      t.enqueue(400, AdminTestServer.resource("error-400-parameter-transformation.json"));

      ConnectivityCheck check = t.client.checkConnectivity();

      assertThat(check.failedStep()).isEqualTo(Step.CMDLET);
      assertThat(check.message()).contains("argument transformation");
    }
  }
}
