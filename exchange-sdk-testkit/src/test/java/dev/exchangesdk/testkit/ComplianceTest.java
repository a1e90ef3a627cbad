package dev.exchangesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.internal.http.JsonTree;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ComplianceTest {
  private FakeExchange fake;
  private final TestClock clock = TestClock.at(Instant.parse("2026-06-01T08:00:00Z"));

  @AfterEach
  void stop() {
    if (fake != null) {
      fake.close();
    }
  }

  private FakeExchange start(FakeExchange.Builder b) {
    fake = b.clock(clock).start();
    return fake;
  }

  private Http.Answer cmdlet(String name, String parameters) {
    return Http.invoke(
        fake,
        fake.complianceUrl().toString(),
        "{\"CmdletInput\":{\"CmdletName\":\"" + name + "\",\"Parameters\":" + parameters + "}}");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> value(Http.Answer a) {
    assertThat(a.code()).as(a.body()).isEqualTo(200);
    try {
      return (List<Map<String, Object>>)
          ((Map<String, Object>) JsonTree.parse(a.body().getBytes(StandardCharsets.UTF_8)))
              .get("value");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private Map<String, Object> getSearch(String name) {
    return value(cmdlet("Get-ComplianceSearch", "{\"Identity\":\"" + name + "\"}")).get(0);
  }

  @Test
  void discoversTheRegionalHostWithA302WithoutFollowing() {
    start(FakeExchange.builder());
    Http.Answer a =
        Http.call(
            Http.client(fake),
            new Request.Builder()
                .url(fake.complianceDiscoveryUrl().toString())
                .header("Authorization", "Bearer " + fake.acceptedToken())
                .header(
                    "X-AnchorMailbox",
                    "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + fake.tenant())
                .build());
    assertThat(a.code()).isEqualTo(302);
    URI location = URI.create(a.header("Location"));
    URI regional = URI.create(location.getScheme() + "://" + location.getAuthority());
    assertThat(regional + "/adminapi/beta/" + fake.tenant() + "/InvokeCommand")
        .isEqualTo(fake.complianceUrl().toString());
    Http.Answer unauthenticated =
        Http.call(
            Http.client(fake),
            new Request.Builder().url(fake.complianceDiscoveryUrl().toString()).build());
    assertThat(unauthenticated.code()).isEqualTo(401);
  }

  @Test
  void searchesMoveThroughTheirStatusesPerPollAndCountMatchingItems() {
    start(FakeExchange.builder().seed(Seed.DEMO));
    Http.Answer created =
        cmdlet(
            "New-ComplianceSearch",
            "{\"Name\":\"phish\",\"ContentMatchQuery\":\"subject:\\\"password expires today\\\"\",\"ExchangeLocation\":[\"All\"]}");
    assertThat(value(created).get(0)).containsEntry("Status", "NotStarted");
    assertThat(getSearch("phish")).containsEntry("Status", "NotStarted");
    assertThat(
            cmdlet(
                    "Start-ComplianceSearch",
                    "{\"Identity\":\"phish\",\"Confirm\":false,\"Force\":true}")
                .code())
        .isEqualTo(200);
    List<String> statuses = new ArrayList<>();
    Map<String, Object> search;
    do {
      search = getSearch("phish");
      statuses.add((String) search.get("Status"));
    } while (!"Completed".equals(search.get("Status")) && statuses.size() < 10);
    assertThat(statuses).containsExactly("InProgress", "Completed");
    String results = (String) search.get("SuccessResults");
    Matcher m =
        Pattern.compile("Location: (\\S+), Item count: (\\d+), Total size: (\\d+)")
            .matcher(results);
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    while (m.find()) {
      counts.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    assertThat(results).startsWith("{Location: ").endsWith("}").contains("\r\n");
    // The original in Alice's Inbox, her forward in Sent Items, the SOC's reply; the SOC's copy of
    // the
    // forward and its reply in Sent Items.
    assertThat(counts)
        .containsEntry("alice@contoso.com", 3)
        .containsEntry("soc@contoso.com", 2)
        .containsEntry("bob@contoso.com", 0);
    assertThat(search.get("Items@data.type")).isEqualTo("System.Int64");
    assertThat(fake.complianceSearches())
        .extracting(s -> s.name() + "=" + s.status())
        .contains("phish=Completed");
  }

  @Test
  void purgesAtMostTenItemsPerMailboxPerActionAndReportsInTheServiceFormat() {
    start(FakeExchange.builder());
    FakeMailbox victim = fake.createMailbox("victim@contoso.com", "Victim");
    FakeMailbox other = fake.createMailbox("other@contoso.com", "Other");
    for (int i = 0; i < 12; i++) {
      clock.advance(Duration.ofMinutes(1));
      victim.deliver(
          NewMessage.builder()
              .from("bad@evil.example")
              .to("victim@contoso.com")
              .subject("Campaign " + i)
              .text("x")
              .messageId("<c" + i + "@evil.example>")
              .build());
    }
    other.deliver(
        NewMessage.builder()
            .from("bad@evil.example")
            .to("other@contoso.com")
            .subject("Campaign x")
            .text("x")
            .build());
    other.deliver(
        NewMessage.builder()
            .from("friend@fabrikam.example")
            .to("other@contoso.com")
            .subject("Lunch")
            .text("x")
            .build());
    cmdlet(
        "New-ComplianceSearch",
        "{\"Name\":\"campaign\",\"ContentMatchQuery\":\"from:evil.example\",\"ExchangeLocation\":[\"victim@contoso.com\",\"other@contoso.com\"]}");
    Http.Answer early =
        cmdlet(
            "New-ComplianceSearchAction",
            "{\"SearchName\":\"campaign\",\"Purge\":true,\"PurgeType\":\"SoftDelete\",\"Confirm\":false}");
    assertThat(early.code()).isEqualTo(400);
    assertThat(early.body()).contains("is still running or it didn't return any results");
    runToCompletion("campaign");

    Http.Answer purge =
        cmdlet(
            "New-ComplianceSearchAction",
            "{\"SearchName\":\"campaign\",\"Purge\":true,\"PurgeType\":\"SoftDelete\",\"Confirm\":false,\"Force\":true}");
    assertThat(value(purge).get(0))
        .containsEntry("Name", "campaign_Purge")
        .containsEntry("Status", "Starting");
    Map<String, Object> action;
    do {
      action =
          value(cmdlet("Get-ComplianceSearchAction", "{\"Identity\":\"campaign_Purge\"}")).get(0);
    } while (!"Completed".equals(action.get("Status")));
    String results = (String) action.get("Results");
    assertThat(results)
        .startsWith("Details:{Location: victim@contoso.com; Item count: 10; Total size: ")
        .contains("; Failed count: 0; ,\r\n Location: other@contoso.com; Item count: 1; ")
        .endsWith("}");
    Matcher m =
        Pattern.compile(
                "\\{?Location: (.*?); Item count: (.*?); Total size: (.*?); Failed count: (.*?); [},]")
            .matcher(results);
    assertThat(m.find()).isTrue();
    assertThat(victim.items("Inbox")).hasSize(2);
    assertThat(victim.items("recoverableitemsdeletions")).hasSize(10);
    assertThat(other.items("Inbox")).extracting(ItemInfo::subject).containsExactly("Lunch");

    assertThat(
            cmdlet("New-ComplianceSearchAction", "{\"SearchName\":\"campaign\",\"Purge\":true}")
                .code())
        .isEqualTo(400);
    assertThat(
            cmdlet(
                    "Remove-ComplianceSearchAction",
                    "{\"Identity\":\"campaign_Purge\",\"Confirm\":false}")
                .code())
        .isEqualTo(200);
    runToCompletion("campaign");
    assertThat((String) getSearch("campaign").get("SuccessResults"))
        .contains("Location: victim@contoso.com, Item count: 2,");
    cmdlet(
        "New-ComplianceSearchAction",
        "{\"SearchName\":\"campaign\",\"Purge\":true,\"PurgeType\":\"HardDelete\"}");
    assertThat(victim.items("Inbox")).isEmpty();
    assertThat(victim.items("recoverableitemspurges")).hasSize(2);
  }

  private void runToCompletion(String name) {
    assertThat(cmdlet("Start-ComplianceSearch", "{\"Identity\":\"" + name + "\"}").code())
        .isEqualTo(200);
    for (int i = 0; i < 5 && !"Completed".equals(getSearch(name).get("Status")); i++) {
      // each read advances the search one status
    }
    assertThat(getSearch(name)).containsEntry("Status", "Completed");
  }

  @Test
  void previewResultsFollowTheDocumentedRowFormat() {
    start(FakeExchange.builder().seed(Seed.DEMO));
    cmdlet(
        "New-ComplianceSearch",
        "{\"Name\":\"invoice\",\"ContentMatchQuery\":\"subject:INV-20931\",\"ExchangeLocation\":\"All\"}");
    runToCompletion("invoice");
    cmdlet("New-ComplianceSearchAction", "{\"SearchName\":\"invoice\",\"Preview\":true}");
    Map<String, Object> action =
        value(cmdlet("Get-ComplianceSearchAction", "{\"Identity\":\"invoice_Preview\"}")).get(0);
    action =
        value(cmdlet("Get-ComplianceSearchAction", "{\"Identity\":\"invoice_Preview\"}")).get(0);
    assertThat(action).containsEntry("Status", "Completed");
    Matcher m =
        Pattern.compile(
                "\\{?Location: (.*?); Sender: (.*?); Subject: (.*?); Type: (.*?); Size: (.*?); Received Time: (.*?); Data Link: (.*?)[},]")
            .matcher((String) action.get("Results"));
    List<String> rows = new ArrayList<>();
    while (m.find()) {
      rows.add(m.group(1) + "|" + m.group(3) + "|" + m.group(4));
      assertThat(m.group(6)).matches("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d\\d:\\d\\d [AP]M");
    }
    assertThat(rows)
        .containsExactlyInAnyOrder(
            "bob@contoso.com|Invoice INV-20931 overdue - final notice|Email",
            "bob@contoso.com|Phish report: Invoice INV-20931 overdue - final notice|Email",
            "phishing-reports@contoso.com|Phish report: Invoice INV-20931 overdue - final notice|Email");
  }

  @Test
  void searchStatusCanFollowTheFakesClock() {
    start(
        FakeExchange.builder()
            .complianceProgress(ComplianceProgress.perDuration(Duration.ofSeconds(30))));
    fake.createMailbox("a@contoso.com", "A");
    cmdlet(
        "New-ComplianceSearch",
        "{\"Name\":\"s\",\"ContentMatchQuery\":\"\",\"ExchangeLocation\":\"All\"}");
    cmdlet("Start-ComplianceSearch", "{\"Identity\":\"s\"}");
    assertThat(getSearch("s")).containsEntry("Status", "Starting");
    assertThat(getSearch("s")).containsEntry("Status", "Starting");
    clock.advance(Duration.ofSeconds(30));
    assertThat(getSearch("s")).containsEntry("Status", "InProgress");
    clock.advance(Duration.ofSeconds(31));
    assertThat(getSearch("s")).containsEntry("Status", "Completed");
  }

  @Test
  void refusesAppOnlyTokensForTheCmdletsMicrosoftRestrictedWhenAsked() {
    start(
        FakeExchange.builder()
            .refuseAppOnlyComplianceCmdlets(true)
            .previewAndExportOnPremisesOnly(true));
    Http.Answer refused =
        cmdlet("New-ComplianceSearch", "{\"Name\":\"x\",\"ExchangeLocation\":\"All\"}");
    assertThat(refused.code()).isEqualTo(403);
    assertThat(refused.body())
        .contains("isn't supported with app-only authentication", "purgeData");
    assertThat(cmdlet("Get-ComplianceSearch", "{}").code()).isEqualTo(200);
    assertThat(cmdlet("New-ComplianceCase", "{\"Name\":\"case-1\"}").code()).isEqualTo(200);
  }

  @Test
  void refusesPreviewAndExportLikeExchangeOnlineWhenAsked() {
    start(FakeExchange.builder().previewAndExportOnPremisesOnly(true));
    fake.createMailbox("a@contoso.com", "A");
    cmdlet("New-ComplianceSearch", "{\"Name\":\"s\",\"ExchangeLocation\":\"All\"}");
    runToCompletion("s");
    Http.Answer preview =
        cmdlet("New-ComplianceSearchAction", "{\"SearchName\":\"s\",\"Preview\":true}");
    assertThat(preview.code()).isEqualTo(400);
    assertThat(preview.body()).contains("functional only in on-premises Exchange");
    assertThat(cmdlet("New-ComplianceSearchAction", "{\"SearchName\":\"s\",\"Purge\":true}").code())
        .isEqualTo(200);
  }

  @Test
  void managesCasesHoldPoliciesAndRules() {
    start(FakeExchange.builder().seed(Seed.DEMO));
    Map<String, Object> created =
        value(
                cmdlet(
                    "New-ComplianceCase",
                    "{\"Name\":\"INC-7\",\"CaseType\":\"eDiscovery\",\"Description\":\"phish\"}"))
            .get(0);
    assertThat(created).containsEntry("Status", "Active");
    assertThat(value(cmdlet("Get-ComplianceCase", "{}")))
        .extracting(c -> c.get("Name"))
        .contains("INC-7", "INC-2024-0042 Password phish");
    assertThat(value(cmdlet("Get-ComplianceCase", "{\"CaseType\":\"DSR\"}"))).isEmpty();
    Map<String, Object> policy =
        value(
                cmdlet(
                    "New-CaseHoldPolicy",
                    "{\"Name\":\"hold-7\",\"Case\":\"INC-7\",\"ExchangeLocation\":[\"alice@contoso.com\"]}"))
            .get(0);
    assertThat(policy)
        .containsEntry("DistributionStatus", "Pending")
        .containsEntry("Workload", "Exchange");
    assertThat(value(cmdlet("Get-CaseHoldPolicy", "{\"Identity\":\"hold-7\"}")).get(0))
        .containsEntry("DistributionStatus", "Success");
    assertThat(cmdlet("Get-CaseHoldPolicy", "{\"Identity\":\"hold-7\",\"Case\":\"INC-7\"}").code())
        .isEqualTo(400);
    assertThat(
            cmdlet(
                    "Set-CaseHoldPolicy",
                    "{\"Identity\":\"hold-7\",\"AddExchangeLocation\":[\"bob@contoso.com\"],\"RemoveExchangeLocation\":[\"alice@contoso.com\"]}")
                .code())
        .isEqualTo(200);
    assertThat(
            value(cmdlet("Get-CaseHoldPolicy", "{\"Case\":\"INC-7\"}"))
                .get(0)
                .get("ExchangeLocation"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
        .containsExactly("bob@contoso.com");
    assertThat(
            value(
                    cmdlet(
                        "New-CaseHoldRule",
                        "{\"Name\":\"rule-7\",\"Policy\":\"hold-7\",\"ContentMatchQuery\":\"from:micros0ft-support.example\"}"))
                .get(0))
        .containsEntry("Enabled", true);
    assertThat(value(cmdlet("Get-CaseHoldRule", "{\"Policy\":\"hold-7\"}")))
        .extracting(r -> r.get("Name"))
        .containsExactly("rule-7");
    assertThat(cmdlet("Remove-CaseHoldPolicy", "{\"Identity\":\"hold-7\"}").code()).isEqualTo(400);
    assertThat(cmdlet("Remove-CaseHoldRule", "{\"Identity\":\"rule-7\",\"Confirm\":false}").code())
        .isEqualTo(200);
    assertThat(
            cmdlet("Remove-CaseHoldPolicy", "{\"Identity\":\"hold-7\",\"Confirm\":false}").code())
        .isEqualTo(200);
    assertThat(cmdlet("Remove-ComplianceCase", "{\"Identity\":\"INC-7\",\"Confirm\":false}").code())
        .isEqualTo(200);
    assertThat(cmdlet("Get-ComplianceCase", "{\"Identity\":\"INC-7\"}").code()).isEqualTo(404);
  }

  @Test
  void rejectsInvalidQueriesAndUnknownLocations() {
    start(FakeExchange.builder());
    fake.createMailbox("a@contoso.com", "A");
    assertThat(
            cmdlet(
                    "New-ComplianceSearch",
                    "{\"Name\":\"q\",\"ContentMatchQuery\":\"subject:(\",\"ExchangeLocation\":\"All\"}")
                .code())
        .isEqualTo(400);
    assertThat(
            cmdlet(
                    "New-ComplianceSearch",
                    "{\"Name\":\"l\",\"ExchangeLocation\":[\"ghost@contoso.com\"]}")
                .code())
        .isEqualTo(400);
    assertThat(
            cmdlet(
                    "New-ComplianceSearch",
                    "{\"Name\":\"l\",\"ExchangeLocation\":[\"ghost@contoso.com\"],\"AllowNotFoundExchangeLocationsEnabled\":true}")
                .code())
        .isEqualTo(200);
    runToCompletion("l");
    assertThat((String) getSearch("l").get("SuccessResults"))
        .isEqualTo("{Location: ghost@contoso.com, Item count: 0, Total size: 0}");
  }
}
