package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.TransportRule;
import dev.exchangesdk.admin.model.TransportRuleMode;
import dev.exchangesdk.admin.model.TransportRuleSpec;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.ServiceUnavailableException;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransportRulesTest {
  private static final String RULE =
      "{\"Identity\":\"Block evil\",\"Name\":\"Block evil\",\"Guid\":\"g1\",\"ImmutableId\":\"i1\","
          + "\"State\":\"Enabled\",\"Mode\":\"Enforce\",\"Priority\":0,\"Description\":\"If the"
          + " message...\",\"Comments\":\"IR-42\",\"CreatedBy\":\"app\",\"ExpiryDate\":null,"
          + "\"Quarantine\":false,\"Size\":512,\"Conditions\":[\"SenderDomainIs\"],"
          + "\"Exceptions\":null,\"Actions\":[\"DeleteMessage\"],"
          + "\"WhenChangedUTC\":\"2026-02-01T00:00:00Z\",\"SenderDomainIs\":[\"evil.example\"]}";

  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void listsTheSummaryOrEveryProperty() {
    t.enqueue(ok(RULE));
    t.enqueue(ok(RULE));

    List<TransportRule> summary = t.client.transportRules().list(false, 1000).stream().toList();
    t.client.transportRules().list(true, 0).stream().toList();

    RecordedRequest first = t.take();
    assertThat(AdminTestServer.parameters(first, "Get-TransportRule"))
        .isEqualTo("{\"ResultSize\":1000}");
    assertThat(first.getUrl().queryParameter("$select")).contains("Conditions,Exceptions,Actions");
    RecordedRequest second = t.take();
    assertThat(AdminTestServer.parameters(second, "Get-TransportRule"))
        .isEqualTo("{\"ResultSize\":\"Unlimited\"}");
    assertThat(second.getUrl().queryParameter("$select")).isNull();
    TransportRule rule = summary.get(0);
    assertThat(rule.conditions()).containsExactly("SenderDomainIs");
    assertThat(rule.actions()).containsExactly("DeleteMessage");
    assertThat(rule.exceptions()).isEmpty();
    assertThat(rule.size()).isEqualTo(512L);
    assertThat(rule.whenChanged()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(rule.raw()).containsEntry("SenderDomainIs", List.of("evil.example"));
  }

  @Test
  void createsARuleSendingEveryParameter() {
    t.enqueue(ok(RULE));

    AdminResult<TransportRule> created =
        t.client
            .transportRules()
            .create(
                TransportRuleSpec.builder()
                    .name("Block evil")
                    .senderDomainIs("evil.example")
                    .deleteMessage(true)
                    .mode(TransportRuleMode.ENFORCE)
                    .priority(0)
                    .comments("IR-42")
                    .expiryDate(Instant.parse("2026-06-01T00:00:00Z"))
                    .parameter("ExceptIfFrom", List.of("ceo@contoso.com"))
                    .build());

    assertThat(t.nextParameters("New-TransportRule"))
        .isEqualTo(
            "{\"Name\":\"Block evil\",\"SenderDomainIs\":[\"evil.example\"],"
                + "\"DeleteMessage\":true,\"Mode\":\"Enforce\",\"Priority\":0,"
                + "\"Comments\":\"IR-42\",\"ExpiryDate\":\"2026-06-01T00:00:00.0000000Z\","
                + "\"ExceptIfFrom\":[\"ceo@contoso.com\"],\"Confirm\":false}");
    assertThat(created.value().guid()).isEqualTo("g1");
  }

  @Test
  void neverRepeatsACreationAfterAGatewayTimeout() {
    t.enqueue(504, "");
    t.enqueue(ok(RULE));

    assertThatThrownBy(
            () ->
                t.client
                    .transportRules()
                    .create(TransportRuleSpec.builder().name("x").quarantine(true).build()))
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(t.server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void repeatsACreationTheServiceThrottledBeforeRunningIt() {
    t.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0.5").build());
    t.enqueue(ok(RULE));

    t.client.transportRules().create(TransportRuleSpec.builder().name("x").build());

    assertThat(t.server.getRequestCount()).isEqualTo(2);
    assertThat(t.waits).containsExactly(java.time.Duration.ofMillis(500));
  }

  @Test
  void updatesOnlyTheGivenParametersKeepingNulls() {
    t.enqueue(ok(""));

    t.client
        .transportRules()
        .update(
            "Block evil",
            TransportRuleSpec.builder()
                .prependSubject("[EXTERNAL] ")
                .parameter("ExpiryDate", null)
                .build());

    assertThat(t.nextParameters("Set-TransportRule"))
        .isEqualTo(
            "{\"Identity\":\"Block evil\",\"PrependSubject\":\"[EXTERNAL] \","
                + "\"ExpiryDate\":null,\"Confirm\":false}");
  }

  @Test
  void refusesInvalidSpecsBeforeSending() {
    assertThatThrownBy(
            () ->
                t.client
                    .transportRules()
                    .create(TransportRuleSpec.builder().quarantine(true).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(
            () ->
                t.client
                    .transportRules()
                    .update("x", TransportRuleSpec.builder().enabled(false).build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("disable");
    assertThatThrownBy(() -> TransportRuleSpec.builder().parameter("Confirm", true))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> TransportRuleSpec.builder().setScl(10))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(t.server.getRequestCount()).isZero();
  }

  @Test
  void getsRemovesDisablesAndEnablesByIdentity() {
    t.enqueue(ok(RULE));
    t.enqueue(ok(""));
    t.enqueue(ok(""));
    t.enqueue(ok(""));

    TransportRule rule = t.client.transportRules().get("Block evil");
    t.client.transportRules().disable(rule.identity());
    t.client.transportRules().enable(rule.identity());
    t.client.transportRules().remove(rule.identity());

    assertThat(t.nextParameters("Get-TransportRule")).isEqualTo("{\"Identity\":\"Block evil\"}");
    for (String cmdlet :
        List.of("Disable-TransportRule", "Enable-TransportRule", "Remove-TransportRule")) {
      assertThat(t.nextParameters(cmdlet))
          .isEqualTo("{\"Identity\":\"Block evil\",\"Confirm\":false}");
    }
  }
}
