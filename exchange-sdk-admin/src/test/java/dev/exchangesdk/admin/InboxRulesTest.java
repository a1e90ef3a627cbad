package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.InboxRule;
import java.math.BigInteger;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboxRulesTest {
  private static final String RULE =
      "{\"Identity\":\"ann\\\\18446744073709551615\",\"RuleIdentity\":18446744073709551615,"
          + "\"Name\":\"Forward all\",\"Enabled\":true,\"Priority\":1,"
          + "\"Description\":\"If the message:\\r\\n\\tTake the following actions:\","
          + "\"StopProcessingRules\":false,\"IsValid\":true,\"From\":null,"
          + "\"SentTo\":null,\"ForwardTo\":[\"\\\"eve@evil.example\\\" [SMTP:eve@evil.example]\"],"
          + "\"ForwardAsAttachmentTo\":null,\"RedirectTo\":null,\"DeleteMessage\":true,"
          + "\"MoveToFolder\":null,\"MailboxOwnerId\":\"ann\",\"PSComputerName\":\"x\"}";

  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void listsRulesWithExactUnsigned64BitIdentitiesAndForwardingFields() {
    t.enqueue(ok(RULE + "," + RULE.replace("Forward all", "Second")));

    List<InboxRule> rules = t.client.inboxRules().list("ann@contoso.com", 1).stream().toList();

    RecordedRequest r = t.take();
    assertThat(AdminTestServer.parameters(r, "Get-InboxRule"))
        .isEqualTo("{\"Mailbox\":\"ann@contoso.com\"}");
    assertThat(r.getHeaders().get("X-AnchorMailbox")).isEqualTo("SMTP:ann@contoso.com");
    assertThat(rules)
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.ruleIdentity()).isEqualTo(new BigInteger("18446744073709551615"));
              assertThat(rule.identity()).isEqualTo("ann\\18446744073709551615");
              assertThat(rule.forwardTo())
                  .containsExactly("\"eve@evil.example\" [SMTP:eve@evil.example]");
              assertThat(rule.forwardsOrRedirects()).isTrue();
              assertThat(rule.deleteMessage()).isTrue();
              assertThat(rule.redirectTo()).isEmpty();
              assertThat(rule.raw()).doesNotContainKey("PSComputerName");
            });
  }

  @Test
  void passesTheRuleIdentityBackVerbatim() {
    t.enqueue(ok(RULE));
    t.enqueue(ok(""));
    t.enqueue(ok(""));
    t.enqueue(ok(""));

    InboxRule rule = t.client.inboxRules().get("ann@contoso.com", "ann\\18446744073709551615");
    t.client.inboxRules().disable("ann@contoso.com", rule.identity());
    t.client.inboxRules().enable("ann@contoso.com", rule.identity());
    AdminResult<Void> removed = t.client.inboxRules().remove("ann@contoso.com", rule.identity());

    String expected =
        "{\"Mailbox\":\"ann@contoso.com\",\"Identity\":\"ann\\\\18446744073709551615\"";
    assertThat(t.nextParameters("Get-InboxRule")).isEqualTo(expected + "}");
    assertThat(t.nextParameters("Disable-InboxRule")).isEqualTo(expected + ",\"Confirm\":false}");
    assertThat(t.nextParameters("Enable-InboxRule")).isEqualTo(expected + ",\"Confirm\":false}");
    assertThat(t.nextParameters("Remove-InboxRule")).isEqualTo(expected + ",\"Confirm\":false}");
    assertThat(removed.warnings()).isEmpty();
  }

  @Test
  void getsARuleByItsNumericIdentity() {
    t.enqueue(ok(RULE));

    t.client.inboxRules().get("ann@contoso.com", new BigInteger("18446744073709551615"));

    assertThat(t.nextParameters("Get-InboxRule"))
        .isEqualTo("{\"Mailbox\":\"ann@contoso.com\",\"Identity\":\"18446744073709551615\"}");
  }
}
