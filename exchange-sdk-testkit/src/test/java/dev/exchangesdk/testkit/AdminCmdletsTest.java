package dev.exchangesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.internal.http.JsonTree;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewInboxRule;
import dev.exchangesdk.testkit.model.NewMessage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminCmdletsTest {
  private TestClock clock;
  private FakeExchange fake;

  @BeforeEach
  void start() {
    clock = TestClock.at(Instant.parse("2026-05-10T12:00:00Z"));
    fake = FakeExchange.builder().clock(clock).seed(Seed.DEMO).start();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Http.Answer cmdlet(String name, String parameters, String... headers) {
    return Http.invoke(
        fake,
        fake.adminUrl().toString(),
        "{\"CmdletInput\":{\"CmdletName\":\"" + name + "\",\"Parameters\":" + parameters + "}}",
        headers);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(Http.Answer a) {
    try {
      return (Map<String, Object>) JsonTree.parse(a.body().getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError(a.body(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> value(Http.Answer a) {
    assertThat(a.code()).as(a.body()).isEqualTo(200);
    return (List<Map<String, Object>>) json(a).get("value");
  }

  @Test
  void answersTheCapturedGetMailboxRequestInTheCapturedShape() {
    fake.createMailbox("user@contoso.com", "user");
    String captured = Http.resource("exo/invokecommand-get-mailbox.request.http");
    String body = captured.substring(captured.indexOf("{\"CmdletInput\""));
    Http.Answer a =
        Http.invoke(
            fake, fake.adminUrl().toString(), body.trim(), "X-Prefer", "odata.maxpagesize=1000");
    assertThat(a.code()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/json;odata.metadata=minimal");
    String capturedResponse = Http.resource("exo/invokecommand-get-mailbox.response.http");
    Map<String, Object> expected =
        jsonOf(capturedResponse.substring(capturedResponse.indexOf("{\"@odata.context\"")));
    Map<String, Object> actual = json(a);
    assertThat(actual.keySet())
        .containsAll(
            List.of(
                "@odata.context", "adminapi.warnings@odata.type", "@adminapi.warnings", "value"));
    assertThat((String) actual.get("@odata.context"))
        .endsWith(
            "/adminapi/beta/contoso.onmicrosoft.com/$metadata#Collection(Exchange.GenericHashTable)");
    @SuppressWarnings("unchecked")
    Map<String, Object> expectedMailbox =
        ((List<Map<String, Object>>) expected.get("value")).get(0);
    Map<String, Object> mailbox = value(a).get(0);
    assertThat(mailbox.keySet())
        .as("every property (and annotation) of the capture")
        .containsAll(expectedMailbox.keySet());
    assertThat(mailbox.get("PrimarySmtpAddress")).isEqualTo("user@contoso.com");
    assertThat(mailbox.get("Guid@odata.type")).isEqualTo("#Guid");
    assertThat((String) mailbox.get("WhenMailboxCreated"))
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{7}\\+00:00");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> jsonOf(String text) {
    try {
      return (Map<String, Object>) JsonTree.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void pagesWithNextLinksHonouringMaxPageSizeAndSelect() {
    List<String> addresses = new ArrayList<>();
    String url = fake.adminUrl() + "?$select=PrimarySmtpAddress,DisplayName";
    String body =
        "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{\"ResultSize\":\"Unlimited\"}}}";
    int pages = 0;
    while (url != null) {
      Http.Answer a = Http.invoke(fake, url, body, "Prefer", "odata.maxpagesize=2");
      pages++;
      for (Map<String, Object> m : value(a)) {
        assertThat(m.keySet()).containsExactlyInAnyOrder("PrimarySmtpAddress", "DisplayName");
        addresses.add((String) m.get("PrimarySmtpAddress"));
      }
      url = (String) json(a).get("@odata.nextLink");
      if (url != null) {
        // A client retrying the same link gets the same page: links are snapshots, not cursors.
        assertThat(value(Http.invoke(fake, url, body)))
            .isEqualTo(value(Http.invoke(fake, url, body)));
      }
    }
    assertThat(pages).isEqualTo(3);
    assertThat(addresses).hasSize(6).contains("soc@contoso.com", "phishing-reports@contoso.com");
    Http.Answer otherBody = Http.invoke(fake, fake.adminUrl() + "?%24skiptoken=unknown", body);
    assertThat(otherBody.code()).isEqualTo(400);
  }

  @Test
  void warnsWhenResultSizeCutsTheResultsAndFiltersWithOpath() {
    Http.Answer a = cmdlet("Get-Mailbox", "{\"ResultSize\":2}");
    assertThat(value(a)).hasSize(2);
    assertThat((List<?>) json(a).get("@adminapi.warnings"))
        .singleElement()
        .asString()
        .contains("increase the value for the ResultSize parameter");
    Http.Answer shared =
        cmdlet("Get-Mailbox", "{\"Filter\":\"RecipientTypeDetails -eq 'SharedMailbox'\"}");
    assertThat(value(shared))
        .extracting(m -> m.get("PrimarySmtpAddress"))
        .containsExactly("phishing-reports@contoso.com");
    Http.Answer like =
        cmdlet(
            "Get-Recipient",
            "{\"Filter\":\"PrimarySmtpAddress -like 'fin*' -and RecipientType -eq 'MailUniversalDistributionGroup'\"}");
    assertThat(value(like))
        .extracting(m -> m.get("PrimarySmtpAddress"))
        .containsExactlyInAnyOrder("finance@contoso.com", "finance-leads@contoso.com");
  }

  @Test
  void answersErrorsInTheServicesShape() {
    Http.Answer unknownCmdlet = cmdlet("Get-Nonsense", "{}");
    assertThat(unknownCmdlet.code()).isEqualTo(400);
    Http.Answer unknownParameter = cmdlet("Get-QuarantineMessage", "{\"BogusParameter\":1}");
    Map<String, Object> expected =
        jsonOf(Http.resource("exo/error-400-ambiguous-parameter-set.json"));
    assertThat(unknownParameter.code()).isEqualTo(400);
    assertThat(json(unknownParameter).get("error").toString()).isNotNull();
    @SuppressWarnings("unchecked")
    Map<String, Object> error = (Map<String, Object>) json(unknownParameter).get("error");
    @SuppressWarnings("unchecked")
    Map<String, Object> expectedError = (Map<String, Object>) expected.get("error");
    assertThat(error.keySet()).containsAll(expectedError.keySet());
    assertThat(((List<Map<String, Object>>) error.get("details")).get(0).get("message"))
        .isEqualTo(
            ((List<Map<String, Object>>) expectedError.get("details")).get(0).get("message"));
    assertThat(unknownParameter.header("X-ExceptionType"))
        .isEqualTo("AmbiguousParameterSetException");

    Http.Answer badEnum = cmdlet("Get-QuarantineMessage", "{\"QuarantineTypes\":\"Nonsense\"}");
    @SuppressWarnings("unchecked")
    Map<String, Object> internal =
        (Map<String, Object>)
            ((Map<String, Object>)
                    ((Map<String, Object>) json(badEnum).get("error")).get("innererror"))
                .get("internalexception");
    assertThat(internal.get("type"))
        .isEqualTo(
            "Microsoft.Exchange.AdminApi.CommandInvocation.ParameterTransformationException");
    assertThat((String) internal.get("message"))
        .contains(
            "Cannot convert value \"Nonsense\"", "Spam, TransportRule, Bulk, Phish, HighConfPhish");

    Http.Answer notFound = cmdlet("Get-Mailbox", "{\"Identity\":\"x@contoso.onmicrosoft.com\"}");
    assertThat(notFound.code()).isEqualTo(404);
    @SuppressWarnings("unchecked")
    String detail =
        (String)
            ((List<Map<String, Object>>)
                    ((Map<String, Object>) json(notFound).get("error")).get("details"))
                .get(0)
                .get("message");
    assertThat(detail)
        .startsWith(
            "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object 'x@contoso.onmicrosoft.com' couldn't be found");
  }

  @Test
  void editsJunkEmailListsWithGenericHashTablesAndReplacements() {
    Http.Answer set =
        cmdlet(
            "Set-MailboxJunkEmailConfiguration",
            "{\"Identity\":\"alice@contoso.com\",\"Confirm\":false,"
                + "\"BlockedSendersAndDomains\":{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"evil.example\",\"bad@x.example\"],\"Remove\":[\"spam-offers.example\"]},"
                + "\"TrustedSendersAndDomains\":[\"partner.example\"],\"TrustedListsOnly\":true}");
    assertThat(set.code()).as(set.body()).isEqualTo(200);
    Map<String, Object> junk =
        value(cmdlet("Get-MailboxJunkEmailConfiguration", "{\"Identity\":\"alice@contoso.com\"}"))
            .get(0);
    assertThat(junk.get("BlockedSendersAndDomains"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly("lottery-winner@prizes.example", "evil.example", "bad@x.example");
    assertThat(junk.get("TrustedSendersAndDomains"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly("partner.example");
    assertThat(junk.get("TrustedListsOnly")).isEqualTo(true);
    assertThat(fake.mailbox("alice@contoso.com").blockedSenders()).contains("evil.example");
    Http.Answer badKey =
        cmdlet(
            "Set-MailboxJunkEmailConfiguration",
            "{\"Identity\":\"alice@contoso.com\",\"BlockedSendersAndDomains\":{\"Append\":[\"x\"]}}");
    assertThat(badKey.code()).isEqualTo(400);
  }

  @Test
  void clearsForwardingWithExplicitNulls() {
    FakeMailbox bob = fake.mailbox("bob@contoso.com");
    bob.setForwarding("bob@gmail.example", true);
    Http.Answer set =
        cmdlet(
            "Set-Mailbox",
            "{\"Identity\":\"bob@contoso.com\",\"ForwardingAddress\":null,\"ForwardingSmtpAddress\":null,\"DeliverToMailboxAndForward\":false,\"Confirm\":false}");
    assertThat(set.code()).as(set.body()).isEqualTo(200);
    assertThat(bob.forwardingSmtpAddress()).isNull();
    assertThat(bob.deliverToMailboxAndForward()).isFalse();
    Map<String, Object> mailbox =
        value(cmdlet("Get-Mailbox", "{\"Identity\":\"bob@contoso.com\"}")).get(0);
    assertThat(mailbox)
        .containsEntry("ForwardingSmtpAddress", null)
        .containsEntry("ForwardingAddress", null);
    Http.Answer setAgain =
        cmdlet(
            "Set-Mailbox",
            "{\"Identity\":\"bob@contoso.com\",\"ForwardingSmtpAddress\":\"smtp:archive@fabrikam.example\"}");
    assertThat(setAgain.code()).isEqualTo(200);
    assertThat(bob.forwardingSmtpAddress()).isEqualTo("smtp:archive@fabrikam.example");
  }

  @Test
  void managesTheTenantAllowBlockList() {
    Http.Answer added =
        cmdlet(
            "New-TenantAllowBlockListItems",
            "{\"ListType\":\"Sender\",\"Entries\":[\"evil.example\",\"not an address\"],\"Block\":true,\"Notes\":\"INC-7\",\"NoExpiration\":true}");
    List<Map<String, Object>> entries = value(added);
    assertThat(entries)
        .extracting(e -> e.get("Value"))
        .containsExactly("evil.example", "not an address");
    assertThat(entries.get(0))
        .containsEntry("Error", null)
        .containsEntry("Action", "Block")
        .containsEntry("ExpirationDate", null);
    assertThat((String) entries.get(1).get("Error")).contains("not a valid domain");
    List<Map<String, Object>> blocked =
        value(cmdlet("Get-TenantAllowBlockListItems", "{\"ListType\":\"Sender\",\"Block\":true}"));
    assertThat(blocked)
        .extracting(e -> e.get("Value"))
        .containsExactlyInAnyOrder("micros0ft-support.example", "evil.example");
    assertThat(value(cmdlet("Get-TenantAllowBlockListItems", "{\"ListType\":\"IP\"}"))).isEmpty();
    Http.Answer both =
        cmdlet(
            "Remove-TenantAllowBlockListItems",
            "{\"ListType\":\"Sender\",\"Entries\":[\"evil.example\"],\"Ids\":[\"x\"]}");
    assertThat(both.code()).isEqualTo(400);
    String id = (String) entries.get(0).get("Identity");
    List<Map<String, Object>> removed =
        value(
            cmdlet(
                "Remove-TenantAllowBlockListItems",
                "{\"ListType\":\"Sender\",\"Ids\":[\"" + id + "\"]}"));
    assertThat(removed.get(0)).containsEntry("ObjectState", "Deleted");
    assertThat(fake.allowBlockList()).noneMatch(e -> e.value().equals("evil.example"));
    clock.advance(Duration.ofDays(31)); // the demo's 30-day entries expire, as on the service
    assertThat(
            value(
                cmdlet(
                    "Get-TenantAllowBlockListItems", "{\"ListType\":\"Sender\",\"Allow\":true}")))
        .isEmpty();
  }

  @Test
  void tracesMailSentThroughEwsAndContinuesWithStartingRecipientAddress() {
    FakeMailbox soc = fake.mailbox("soc@contoso.com");
    for (int i = 0; i < 3; i++) {
      Http.Answer sent =
          Http.ews(
              fake,
              Http.envelope(
                  "soc@contoso.com",
                  "<m:CreateItem MessageDisposition=\"SendOnly\"><m:Items><t:Message><t:Subject>trace me</t:Subject><t:ToRecipients>"
                      + "<t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox><t:Mailbox><t:EmailAddress>bob@contoso.com</t:EmailAddress></t:Mailbox><t:Mailbox><t:EmailAddress>x@fabrikam.example</t:EmailAddress></t:Mailbox>"
                      + "</t:ToRecipients></t:Message></m:Items></m:CreateItem>"));
      assertThat(sent.text("//m:ResponseCode")).isEqualTo("NoError");
      clock.advance(Duration.ofMinutes(5));
    }
    String filter =
        "\"SenderAddress\":[\"soc@contoso.com\"],\"StartDate\":\""
            + clock.instant().minus(Duration.ofHours(1))
            + "\"";
    List<Map<String, Object>> all = new ArrayList<>();
    String next = "";
    for (int page = 0; page < 10; page++) {
      Http.Answer a =
          cmdlet(
              "Get-MessageTraceV2",
              "{" + filter + ",\"ResultSize\":4" + next + ",\"EndDate\":\"" + endDate(all) + "\"}");
      List<Map<String, Object>> records = value(a);
      all.addAll(records);
      if (records.size() < 4) {
        break;
      }
      Map<String, Object> last = records.get(records.size() - 1);
      assertThat((List<?>) json(a).get("@adminapi.warnings"))
          .singleElement()
          .asString()
          .contains("-StartingRecipientAddress \"" + last.get("RecipientAddress") + "\"");
      next = ",\"StartingRecipientAddress\":\"" + last.get("RecipientAddress") + "\"";
    }
    assertThat(all).hasSize(9);
    assertThat(all).extracting(r -> r.get("Subject")).containsOnly("trace me");
    assertThat(all)
        .extracting(r -> r.get("RecipientAddress") + "/" + r.get("Received"))
        .doesNotHaveDuplicates();
    assertThat(all.get(0)).containsKey("MessageTraceId@odata.type");
    Http.Answer tooLong =
        cmdlet(
            "Get-MessageTraceV2",
            "{\"StartDate\":\"2026-04-01T00:00:00Z\",\"EndDate\":\"2026-04-15T00:00:00Z\"}");
    assertThat(tooLong.code()).isEqualTo(400);
    assertThat(tooLong.body()).contains("can't exceed 10 days");
  }

  @Test
  void detailsTheTransportEventsOfOneTracedMessage() {
    fake.deliver(
        NewMessage.builder()
            .from("billing@fabrikam.example")
            .to("alice@contoso.com", "nobody@contoso.com")
            .subject("detail me")
            .build());
    List<Map<String, Object>> traced =
        value(cmdlet("Get-MessageTraceV2", "{\"Subject\":\"detail me\"}"));
    Map<String, Object> delivered = record(traced, "alice@contoso.com");
    Map<String, Object> failed = record(traced, "nobody@contoso.com");
    assertThat(delivered.get("Status")).isEqualTo("Delivered");
    assertThat(failed.get("Status")).isEqualTo("Failed");

    List<Map<String, Object>> events =
        value(
            cmdlet(
                "Get-MessageTraceDetailV2",
                "{\"MessageTraceId\":\""
                    + delivered.get("MessageTraceId")
                    + "\",\"RecipientAddress\":\"alice@contoso.com\"}"));
    assertThat(events).extracting(e -> e.get("Event")).containsExactly("Receive", "Deliver");
    assertThat(events.get(0))
        .containsEntry("MessageId", delivered.get("MessageId"))
        .containsEntry("MessageTraceId", delivered.get("MessageTraceId"))
        .containsKey("Date@data.type");
    List<Map<String, Object>> failure =
        value(
            cmdlet(
                "Get-MessageTraceDetailV2",
                "{\"MessageTraceId\":\""
                    + failed.get("MessageTraceId")
                    + "\",\"RecipientAddress\":\"nobody@contoso.com\",\"Event\":[\"Fail\"]}"));
    assertThat(failure)
        .singleElement()
        .satisfies(e -> assertThat((String) e.get("Detail")).contains("RecipientNotFound"));
    assertThat(
            value(
                cmdlet(
                    "Get-MessageTraceDetailV2",
                    "{\"MessageTraceId\":\""
                        + delivered.get("MessageTraceId")
                        + "\",\"RecipientAddress\":\"bob@contoso.com\"}")))
        .isEmpty();
    assertThat(
            cmdlet("Get-MessageTraceDetailV2", "{\"RecipientAddress\":\"a@contoso.com\"}").code())
        .isEqualTo(400);
  }

  private static Map<String, Object> record(List<Map<String, Object>> records, String recipient) {
    return records.stream()
        .filter(r -> recipient.equals(r.get("RecipientAddress")))
        .findFirst()
        .orElseThrow();
  }

  private String endDate(List<Map<String, Object>> sofar) {
    if (sofar.isEmpty()) {
      return clock.instant().toString();
    }
    return ((String) sofar.get(sofar.size() - 1).get("Received"));
  }

  @Test
  void returnsInboxRulesWithUnsignedIdentitiesAndChangesThem() {
    List<Map<String, Object>> rules =
        value(cmdlet("Get-InboxRule", "{\"Mailbox\":\"bob@contoso.com\"}"));
    assertThat(rules)
        .extracting(r -> r.get("Name"))
        .containsExactly("Forward to personal", "Delete security alerts");
    Object identity = rules.get(0).get("RuleIdentity");
    assertThat(identity).isInstanceOf(BigDecimal.class);
    assertThat(((BigDecimal) identity).toBigIntegerExact())
        .isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
    assertThat((List<?>) rules.get(0).get("ForwardTo"))
        .singleElement()
        .asString()
        .contains("[SMTP:bob.smith.personal@gmail.example]");
    String ruleId = (String) rules.get(0).get("Identity");
    assertThat(
            cmdlet(
                    "Disable-InboxRule",
                    "{\"Mailbox\":\"bob@contoso.com\",\"Identity\":\""
                        + ruleId.replace("\\", "\\\\")
                        + "\",\"Confirm\":false}")
                .code())
        .isEqualTo(200);
    assertThat(fake.mailbox("bob@contoso.com").inboxRules().get(0).enabled()).isFalse();
    assertThat(
            cmdlet(
                    "Remove-InboxRule",
                    "{\"Mailbox\":\"bob@contoso.com\",\"Identity\":\"Forward to personal\",\"Confirm\":false}")
                .code())
        .isEqualTo(200);
    assertThat(fake.mailbox("bob@contoso.com").inboxRules())
        .extracting(r -> r.name())
        .containsExactly("Delete security alerts");
  }

  @Test
  void createsUpdatesAndRemovesTransportRulesThatMailFlowEnforces() {
    Http.Answer created =
        cmdlet(
            "New-TransportRule",
            "{\"Name\":\"Prefix vendor\",\"SenderDomainIs\":[\"fabrikam.example\"],\"PrependSubject\":\"[VENDOR] \",\"Priority\":0}");
    assertThat(value(created).get(0))
        .containsEntry("State", "Enabled")
        .containsEntry("Priority", new BigDecimal(0));
    ItemInfo tagged =
        fake.mailbox("alice@contoso.com")
            .deliver(
                NewMessage.builder()
                    .from("sales@fabrikam.example")
                    .to("alice@contoso.com")
                    .subject("Offer")
                    .text("x")
                    .build());
    List<ItemInfo> delivered =
        fake.deliver(
            NewMessage.builder()
                .from("sales@fabrikam.example")
                .to("alice@contoso.com")
                .subject("Offer 2")
                .text("x")
                .build());
    assertThat(delivered.get(0).subject()).isEqualTo("[VENDOR] Offer 2");
    assertThat(tagged.subject()).isEqualTo("Offer"); // direct deliveries skip transport
    assertThat(
            cmdlet(
                    "Set-TransportRule",
                    "{\"Identity\":\"Prefix vendor\",\"PrependSubject\":null,\"SetSCL\":9}")
                .code())
        .isEqualTo(200);
    List<ItemInfo> junked =
        fake.deliver(
            NewMessage.builder()
                .from("sales@fabrikam.example")
                .to("alice@contoso.com")
                .subject("Offer 3")
                .text("x")
                .build());
    assertThat(junked.get(0).folderPath()).isEqualTo("Junk Email");
    assertThat(
            cmdlet("Disable-TransportRule", "{\"Identity\":\"Prefix vendor\",\"Confirm\":false}")
                .code())
        .isEqualTo(200);
    assertThat(value(cmdlet("Get-TransportRule", "{\"Identity\":\"Prefix vendor\"}")).get(0))
        .containsEntry("State", "Disabled");
    assertThat(cmdlet("New-TransportRule", "{\"Name\":\"Prefix vendor\"}").code()).isEqualTo(400);
    assertThat(
            cmdlet("Remove-TransportRule", "{\"Identity\":\"Prefix vendor\",\"Confirm\":false}")
                .code())
        .isEqualTo(200);
    assertThat(value(cmdlet("Get-TransportRule", "{}")))
        .extracting(r -> r.get("Name"))
        .doesNotContain("Prefix vendor")
        .hasSize(3);
  }

  @Test
  void exportsAndReleasesQuarantinedMail() {
    List<Map<String, Object>> quarantined =
        value(cmdlet("Get-QuarantineMessage", "{\"QuarantineTypes\":[\"HighConfPhish\"]}"));
    assertThat(quarantined)
        .singleElement()
        .satisfies(q -> assertThat(q.get("Subject")).isEqualTo("Your account has been suspended"));
    String identity = (String) quarantined.get(0).get("Identity");
    String escaped = identity.replace("\\", "\\\\");
    Map<String, Object> export =
        value(cmdlet("Export-QuarantineMessage", "{\"Identity\":\"" + escaped + "\"}")).get(0);
    assertThat(export).containsEntry("BodyEncoding", "Base64");
    assertThat(
            new String(
                Base64.getDecoder().decode((String) export.get("Eml")), StandardCharsets.UTF_8))
        .contains("Subject: Your account has been suspended");
    assertThat(cmdlet("Release-QuarantineMessage", "{\"Identity\":\"" + escaped + "\"}").code())
        .isEqualTo(400);
    assertThat(
            cmdlet(
                    "Release-QuarantineMessage",
                    "{\"Identity\":\"" + escaped + "\",\"ReleaseToAll\":true}")
                .code())
        .isEqualTo(200);
    assertThat(fake.mailbox("alice@contoso.com").items("Inbox"))
        .extracting(ItemInfo::subject)
        .contains("Your account has been suspended");
    assertThat(value(cmdlet("Get-QuarantineMessage", "{\"Identity\":\"" + escaped + "\"}")).get(0))
        .containsEntry("ReleaseStatus", "RELEASED");
    assertThat(
            cmdlet(
                    "Release-QuarantineMessage",
                    "{\"Identity\":\"" + escaped + "\",\"ReleaseToAll\":true}")
                .code())
        .isEqualTo(400);
  }

  @Test
  void answersTheReadOnlyCmdletsOfThePack() {
    assertThat(value(cmdlet("Get-CASMailbox", "{\"Identity\":\"soc@contoso.com\"}")).get(0))
        .containsEntry("EwsEnabled", true);
    assertThat(value(cmdlet("Get-User", "{\"Identity\":\"alice@contoso.com\"}")).get(0))
        .containsEntry("Department", "Finance");
    assertThat(
            value(
                cmdlet("Get-MailboxPermission", "{\"Identity\":\"phishing-reports@contoso.com\"}")))
        .extracting(p -> p.get("User"))
        .contains("soc@contoso.com");
    assertThat(
            value(
                cmdlet(
                    "Get-RecipientPermission", "{\"Identity\":\"phishing-reports@contoso.com\"}")))
        .extracting(p -> p.get("Trustee"))
        .contains("soc@contoso.com");
    assertThat(value(cmdlet("Get-FederationTrust", "{}")).get(0))
        .containsKeys("OrgCertificate", "TokenIssuerUri");
    assertThat(value(cmdlet("Get-FederatedOrganizationIdentifier", "{}")).get(0))
        .containsEntry("Enabled", true);
    assertThat(value(cmdlet("Get-RemoteDomain", "{}")))
        .extracting(d -> d.get("DomainName") + "=" + d.get("AutoForwardEnabled"))
        .containsExactly("*=true", "fabrikam.com=false");
    assertThat(value(cmdlet("Get-MailboxAuditBypassAssociation", "{}")))
        .filteredOn(a -> Boolean.TRUE.equals(a.get("AuditBypassEnabled")))
        .extracting(a -> a.get("Name"))
        .containsExactly("svc-archive");
  }

  @Test
  void refusesRequestsForAnotherTenant() {
    Http.Answer a =
        Http.invoke(
            fake,
            fake.adminUrl()
                .toString()
                .replace("contoso.onmicrosoft.com", "fabrikam.onmicrosoft.com"),
            "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{}}}");
    assertThat(a.code()).isEqualTo(404);
  }

  @Test
  void acceptsRulesCreatedThroughTheTestApiInCmdletOutput() {
    fake.mailbox("soc@contoso.com")
        .addInboxRule(
            NewInboxRule.builder("Tag").subjectContainsWords("alert").markAsRead().build());
    assertThat(value(cmdlet("Get-InboxRule", "{\"Mailbox\":\"soc@contoso.com\"}")))
        .extracting(r -> r.get("Name"))
        .contains("Tag");
  }
}
