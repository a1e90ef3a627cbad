package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.InboxRule;
import dev.exchangesdk.ews.model.OutOfOfficeSettings;
import dev.exchangesdk.ews.model.OutOfOfficeSettings.Audience;
import dev.exchangesdk.ews.model.OutOfOfficeSettings.State;
import dev.exchangesdk.ews.model.RuleActions;
import dev.exchangesdk.ews.testing.EwsServer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailboxSettingsTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  @Test
  void readsTheOutOfOfficeRepliesThePackLost() {
    ews.respondWith("examples/GetUserOofSettings-response.xml");

    OutOfOfficeSettings oof = mailbox().getOutOfOffice();

    assertThat(oof.internalReply()).isEqualTo("I am out of office. This is my internal reply.");
    assertThat(oof.externalReply()).isEqualTo("I am out of office. This is my external reply.");
    assertThat(oof.state()).isEqualTo(State.DISABLED);
    assertThat(oof.externalAudience()).isEqualTo(Audience.ALL);
    assertThat(oof.allowedExternalAudience()).isEqualTo(Audience.ALL);
    assertThat(oof.start()).isEqualTo(Instant.parse("2006-11-03T23:00:00Z"));
    assertThat(oof.end()).isEqualTo(Instant.parse("2006-11-04T23:00:00Z"));
    assertThat(oof.mailbox()).isEqualTo(EwsServer.MAILBOX);
    assertThat(oof.activeAt(Instant.parse("2006-11-04T00:00:00Z"))).isFalse();
    assertThat(ews.takeRequestBody())
        .contains(
            "<m:GetUserOofSettingsRequest><t:Mailbox><t:Address>soc@contoso.com</t:Address>"
                + "</t:Mailbox></m:GetUserOofSettingsRequest>");
  }

  @Test
  void aScheduledReplyIsActiveOnlyInItsPeriod() {
    OutOfOfficeSettings oof =
        new OutOfOfficeSettings(
            "a@b",
            State.SCHEDULED,
            Audience.KNOWN,
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-02T00:00:00Z"),
            "in",
            "out",
            null);

    assertThat(oof.activeAt(Instant.parse("2026-01-01T12:00:00Z"))).isTrue();
    assertThat(oof.activeAt(Instant.parse("2026-01-02T00:00:00Z"))).isFalse();
  }

  @Test
  void mapsTheDocumentedFaultOfAnotherUsersMailboxToAccessDenied() {
    ews.respond(
        500,
        dev.exchangesdk.ews.testing.Fixtures.ews("examples/GetUserOofSettings-error-response.xml"));

    assertThatThrownBy(() -> mailbox().getOutOfOffice())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("User is not mailbox owner")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorAccessDenied");
  }

  @Test
  void readsTheDocumentedInboxRule() {
    ews.respondWith("examples/GetInboxRules-response.xml");

    List<InboxRule> rules = mailbox().getInboxRules();

    assertThat(rules).hasSize(1);
    InboxRule r = rules.get(0);
    assertThat(r.id()).isEqualTo("dCsAAABjzvA=");
    assertThat(r.name()).isEqualTo("MoveInterestingToJunk");
    assertThat(r.priority()).isEqualTo(1);
    assertThat(r.enabled()).isTrue();
    assertThat(r.supported()).isTrue();
    assertThat(r.conditions().containsSubjectStrings()).containsExactly("Interesting");
    assertThat(r.actions().moveToFolderId()).isEqualTo("AAMkAGYzZjZm");
    assertThat(r.actions().forwardsOrRedirects()).isFalse();
    assertThat(ews.takeRequestBody())
        .contains("<m:MailboxSmtpAddress>soc@contoso.com</m:MailboxSmtpAddress>");
  }

  @Test
  void readsForwardingAndRedirectTargetsOfARule() {
    ews.respond(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            + "<GetInboxRulesResponse ResponseClass=\"Success\""
            + " xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
            + "<ResponseCode>NoError</ResponseCode><InboxRules>"
            + "<Rule xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            + "<RuleId>r2</RuleId><DisplayName>.</DisplayName><Priority>2</Priority>"
            + "<IsEnabled>false</IsEnabled><IsNotSupported>true</IsNotSupported>"
            + "<Conditions><FromAddresses><Address><Name>CEO</Name>"
            + "<EmailAddress>ceo@contoso.com</EmailAddress><RoutingType>SMTP</RoutingType>"
            + "</Address></FromAddresses><HasAttachments>true</HasAttachments>"
            + "<Importance>High</Importance><SentOnlyToMe>true</SentOnlyToMe>"
            + "<IsNDR>false</IsNDR><WithinSizeRange><MinimumSize>10</MinimumSize>"
            + "</WithinSizeRange></Conditions>"
            + "<Exceptions><ContainsBodyStrings><String>safe</String></ContainsBodyStrings>"
            + "</Exceptions><Actions>"
            + "<ForwardToRecipients><Address><EmailAddress>drop@evil.example</EmailAddress>"
            + "</Address></ForwardToRecipients>"
            + "<RedirectToRecipients><Address><EmailAddress>x@evil.example</EmailAddress>"
            + "</Address></RedirectToRecipients>"
            + "<MarkAsRead>true</MarkAsRead><Delete>true</Delete>"
            + "<StopProcessingRules>true</StopProcessingRules>"
            + "<MarkImportance>Low</MarkImportance></Actions></Rule>"
            + "</InboxRules></GetInboxRulesResponse></s:Body></s:Envelope>");

    InboxRule r = mailbox().getInboxRules().get(0);

    assertThat(r.enabled()).isFalse();
    assertThat(r.supported()).isFalse();
    assertThat(r.conditions().fromAddresses())
        .containsExactly(new EmailAddress("CEO", "ceo@contoso.com", "SMTP"));
    assertThat(r.conditions().hasAttachments()).isTrue();
    assertThat(r.conditions().importance()).isEqualTo(Importance.HIGH);
    assertThat(r.conditions().flags()).containsExactly("SentOnlyToMe");
    assertThat(r.conditions().withinSizeRangeMinimum()).isEqualTo(10);
    assertThat(r.exceptions().containsBodyStrings()).containsExactly("safe");
    RuleActions a = r.actions();
    assertThat(a.forwardTo())
        .extracting(EmailAddress::address)
        .containsExactly("drop@evil.example");
    assertThat(a.redirectTo()).extracting(EmailAddress::address).containsExactly("x@evil.example");
    assertThat(a.forwardsOrRedirects()).isTrue();
    assertThat(a.markAsRead()).isTrue();
    assertThat(a.delete()).isTrue();
    assertThat(a.stopProcessingRules()).isTrue();
    assertThat(a.markImportance()).isEqualTo(Importance.LOW);
  }

  @Test
  void aMailboxWithoutRulesHasAnEmptyList() {
    ews.respond(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            + "<GetInboxRulesResponse ResponseClass=\"Success\""
            + " xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
            + "<ResponseCode>NoError</ResponseCode>"
            + "<OutlookRuleBlobExists>false</OutlookRuleBlobExists>"
            + "</GetInboxRulesResponse></s:Body></s:Envelope>");

    assertThat(mailbox().getInboxRules()).isEmpty();
  }
}
