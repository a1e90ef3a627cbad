package dev.exchangesdk.compliance;

import static dev.exchangesdk.compliance.CmdletDispatcher.error;
import static dev.exchangesdk.compliance.CmdletDispatcher.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.compliance.model.ComplianceSearch;
import dev.exchangesdk.compliance.model.LocationResult;
import dev.exchangesdk.compliance.model.SearchStatus;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ComplianceSearchOperationsTest extends ClientTestSupport {

  @Test
  void createsASearchOfAllMailboxesSendingOnlyWhatWasSet() {
    cmdlets.on("New-ComplianceSearch", json("get-compliancesearch.json"));

    ComplianceSearch created =
        client.createSearch(
            NewSearchRequest.builder()
                .name("phish-2026-08-20")
                .contentMatchQuery("subject:\"Invoice overdue\"")
                .build());

    assertThat(created.name()).isEqualTo("phish-2026-08-20");
    assertThat(cmdlets.body("New-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-ComplianceSearch\",\"Parameters\":{"
                + "\"Name\":\"phish-2026-08-20\","
                + "\"ContentMatchQuery\":\"subject:\\\"Invoice overdue\\\"\","
                + "\"ExchangeLocation\":[\"All\"],"
                + "\"Confirm\":false}}}");
  }

  @Test
  void sendsEveryCreateInput() {
    cmdlets.on("New-ComplianceSearch", json("get-compliancesearch.json"));

    client.createSearch(
        NewSearchRequest.builder()
            .name("s1")
            .caseName("Contoso Legal")
            .contentMatchQuery("from:x@y.z")
            .description("why")
            .allowNotFoundExchangeLocations(true)
            .exchangeLocations("jane@contoso.com", "Finance Team")
            .exchangeLocationExclusions(List.of("ceo@contoso.com"))
            .publicFolderLocations(List.of("All"))
            .sharePointLocations(List.of("https://contoso.sharepoint.com/sites/Legal Team"))
            .sharePointLocationExclusions(List.of("https://contoso.sharepoint.com/sites/HR"))
            .build());

    assertThat(cmdlets.body("New-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-ComplianceSearch\",\"Parameters\":{"
                + "\"Name\":\"s1\",\"Case\":\"Contoso Legal\",\"ContentMatchQuery\":\"from:x@y.z\","
                + "\"Description\":\"why\",\"AllowNotFoundExchangeLocationsEnabled\":true,"
                + "\"ExchangeLocation\":[\"jane@contoso.com\",\"Finance Team\"],"
                + "\"ExchangeLocationExclusion\":[\"ceo@contoso.com\"],"
                + "\"PublicFolderLocation\":[\"All\"],"
                + "\"SharePointLocation\":[\"https://contoso.sharepoint.com/sites/Legal Team\"],"
                + "\"SharePointLocationExclusion\":[\"https://contoso.sharepoint.com/sites/HR\"],"
                + "\"Confirm\":false}}}");
  }

  @Test
  void searchesNoMailboxWhenAskedTo() {
    cmdlets.on("New-ComplianceSearch", json("get-compliancesearch.json"));

    client.createSearch(
        NewSearchRequest.builder()
            .name("sites-only")
            .withoutExchangeLocations()
            .sharePointLocations(List.of("All"))
            .build());

    assertThat(cmdlets.body("New-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-ComplianceSearch\",\"Parameters\":{"
                + "\"Name\":\"sites-only\",\"SharePointLocation\":[\"All\"],"
                + "\"Confirm\":false}}}");
  }

  @Test
  void generatesANeutralNameWhenNoneIsGiven() {
    NewSearchRequest request = NewSearchRequest.forQuery("subject:x");

    assertThat(request.name()).matches("Search-[0-9a-f-]{36}");
    assertThat(NewSearchRequest.forQuery("subject:x").name()).isNotEqualTo(request.name());
  }

  @Test
  void sendsTheStandardInvokeCommandHeaders() throws Exception {
    cmdlets.on("Get-ComplianceSearch", json("get-compliancesearch.json"));

    client.getSearch("phish-2026-08-20");

    RecordedRequest r = cmdlets.requests("Get-ComplianceSearch").get(0);
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath())
        .isEqualTo("/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer test-token");
    assertThat(r.getHeaders().get("X-CmdletName")).isEqualTo("Get-ComplianceSearch");
    assertThat(r.getHeaders().get("X-ResponseFormat")).isEqualTo("json");
    assertThat(r.getHeaders().get("X-AnchorMailbox"))
        .isEqualTo(
            "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@contoso.onmicrosoft.com");
    assertThat(r.getHeaders().get("Accept-Language")).isEqualTo("en-US");
    assertThat(r.getBody().utf8())
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceSearch\",\"Parameters\":{"
                + "\"Identity\":\"phish-2026-08-20\"}}}");
  }

  @Test
  void readsEveryFieldOfASearchAndItsPerLocationResults() {
    cmdlets.on("Get-ComplianceSearch", json("get-compliancesearch.json"));

    ComplianceSearch s = client.getSearch("phish-2026-08-20").orElseThrow();

    assertThat(s.identity()).isEqualTo("3f1e6a0b-77f4-4a5b-9a63-2d7e1c1e0a10");
    assertThat(s.status()).isEqualTo(SearchStatus.COMPLETED);
    assertThat(s.contentMatchQuery())
        .isEqualTo("subject:\"Invoice overdue\" AND from:billing@malicious.example");
    assertThat(s.description()).isEqualTo("BEC wave 2026-08-20");
    assertThat(s.items()).isEqualTo(3);
    assertThat(s.size()).isEqualTo(30000);
    assertThat(s.logLevel()).isEqualTo("Suppressed");
    assertThat(s.job().jobId()).isEqualTo("0b6a9c2e-1111-4a5b-9a63-2d7e1c1e0a11");
    assertThat(s.job().jobRunId()).isEqualTo("7d0c2f3a-2222-4a5b-9a63-2d7e1c1e0a12");
    assertThat(s.job().createdBy()).isEqualTo("Compliance Admin");
    assertThat(s.job().createdTime()).contains(Instant.parse("2026-08-20T11:58:03Z"));
    assertThat(s.job().jobEndTime()).contains(Instant.parse("2026-08-20T12:01:41Z"));
    assertThat(s.job().errors()).isEmpty();
    assertThat(s.locations().exchange()).containsExactly("All");
    assertThat(s.azureBatchFrameworkEnabled()).isTrue();
    assertThat(s.valid()).isTrue();
    assertThat(s.tenantId()).isEqualTo("00000000-0000-0000-0000-00000000c0de");
    assertThat(s.successResults().rows())
        .containsExactly(
            new LocationResult("jane@contoso.com", 2, 20000),
            new LocationResult("joe@contoso.com", 1, 10000),
            new LocationResult("amy@contoso.com", 0, 0));
    assertThat(s.locationsWithHits()).hasSize(2);
    assertThat(s.raw()).containsEntry("UnindexedItems", 0L).doesNotContainKey("Items@odata.type");
  }

  @Test
  void reportsAMissingSearchAsEmptyNotAsAnError() {
    cmdlets.on("Get-ComplianceSearch", error(404, "error-404-object-not-found.json"));

    assertThat(client.getSearch("gone")).isEqualTo(Optional.empty());
  }

  @Test
  void doesNotMistakeAMissingEndpointForAMissingSearch() {
    cmdlets.on(
        "Get-ComplianceSearch",
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "text/html")
            .body("<html><body>404 - File or directory not found.</body></html>")
            .build());

    assertThatThrownBy(() -> client.getSearch("s1"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("File or directory not found");
  }

  @Test
  void reportsAnEmptyAnswerAsEmpty() {
    cmdlets.on("Get-ComplianceSearch", json("empty.json"));

    assertThat(client.getSearch("gone")).isEmpty();
  }

  @Test
  void listsSearchesWithUnlimitedResultSize() {
    cmdlets.on("Get-ComplianceSearch", json("get-compliancesearch.json"));

    List<ComplianceSearch> all = client.listSearches().stream().toList();

    assertThat(all).extracting(ComplianceSearch::name).containsExactly("phish-2026-08-20");
    assertThat(cmdlets.body("Get-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceSearch\",\"Parameters\":{"
                + "\"ResultSize\":\"Unlimited\"}}}");
  }

  @Test
  void listsTheSearchesOfACase() {
    cmdlets.on("Get-ComplianceSearch", json("empty.json"));

    assertThat(client.listSearches("Contoso Legal")).isEmpty();
    assertThat(cmdlets.body("Get-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceSearch\",\"Parameters\":{"
                + "\"Case\":\"Contoso Legal\",\"ResultSize\":\"Unlimited\"}}}");
  }

  @Test
  void carriesAListingsWarningsOnItsPage() {
    cmdlets.on(
        "Get-ComplianceSearch",
        json(
            200,
            CmdletDispatcher.resource("get-compliancesearch.json")
                .replace(
                    "\"@adminapi.warnings\":[]",
                    "\"@adminapi.warnings\":[\"Some searches could not be read.\"]")));

    Page<ComplianceSearch> page = client.listSearches().byPage().iterator().next();

    assertThat(page.items()).hasSize(1);
    assertThat(page.warnings())
        .containsExactly(
            new CmdletWarning("Get-ComplianceSearch", "Some searches could not be read."));
  }

  @Test
  void listsSearchesPageByPage() {
    String page1 =
        CmdletDispatcher.resource("get-compliancesearch.json")
            .replace(
                "\"value\":",
                "\"@odata.nextLink\":\""
                    + server.url(
                        "/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand?$skiptoken=2")
                    + "\",\"value\":");
    String page2 =
        CmdletDispatcher.resource("get-compliancesearch.json")
            .replace("phish-2026-08-20", "second");
    cmdlets.on("Get-ComplianceSearch", json(200, page1), json(200, page2));

    List<String> names = client.listSearches().stream().map(ComplianceSearch::name).toList();

    assertThat(names).containsExactly("phish-2026-08-20", "second");
    assertThat(
            cmdlets.requests("Get-ComplianceSearch").get(1).getUrl().queryParameter("$skiptoken"))
        .isEqualTo("2");
  }

  @Test
  void updatesASearchWithAddsAndRemoves() {
    cmdlets.on("Set-ComplianceSearch", json("empty.json"));

    client.updateSearch(
        "s1",
        SearchUpdate.builder()
            .contentMatchQuery("subject:new")
            .addExchangeLocations("a@contoso.com")
            .removeExchangeLocations(List.of("b@contoso.com"))
            .publicFolderLocations(List.of("All"))
            .removeSharePointLocations(List.of("https://contoso.sharepoint.com/sites/x"))
            .build());

    assertThat(cmdlets.body("Set-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Set-ComplianceSearch\",\"Parameters\":{"
                + "\"Identity\":\"s1\",\"ContentMatchQuery\":\"subject:new\","
                + "\"AddExchangeLocation\":[\"a@contoso.com\"],"
                + "\"RemoveExchangeLocation\":[\"b@contoso.com\"],"
                + "\"PublicFolderLocation\":[\"All\"],"
                + "\"RemoveSharePointLocation\":[\"https://contoso.sharepoint.com/sites/x\"],"
                + "\"Confirm\":false}}}");
  }

  @Test
  void refusesAnUpdateThatChangesNothing() {
    assertThatThrownBy(() -> SearchUpdate.builder().build())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("must change something");
  }

  @Test
  void startsStopsAndRemovesWithoutConfirmationPrompts() {
    cmdlets
        .on("Start-ComplianceSearch", json("empty.json"))
        .on("Stop-ComplianceSearch", json("empty.json"))
        .on("Remove-ComplianceSearch", json("empty.json"));

    client.startSearch("s1");
    client.stopSearch("s1");
    client.removeSearch("s1");

    assertThat(cmdlets.body("Start-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Start-ComplianceSearch\",\"Parameters\":{"
                + "\"Identity\":\"s1\",\"Force\":true,\"Confirm\":false}}}");
    assertThat(cmdlets.body("Stop-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Stop-ComplianceSearch\",\"Parameters\":{"
                + "\"Identity\":\"s1\",\"Confirm\":false}}}");
    assertThat(cmdlets.body("Remove-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Remove-ComplianceSearch\",\"Parameters\":{"
                + "\"Identity\":\"s1\",\"Confirm\":false}}}");
  }

  @Test
  void refusesBlankNamesBeforeSending() {
    assertThatThrownBy(() -> client.getSearch("  "))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("search name");
    assertThat(cmdlets.requests()).isEmpty();
  }

  @Test
  void runsOtherCmdletsThroughTheEscapeHatch() {
    cmdlets.on("Get-RetentionCompliancePolicy", json("get-caseholdpolicy.json"));

    CmdletResult result =
        client.invoke("Get-RetentionCompliancePolicy", Map.of("Identity", "Legal retention"));

    assertThat(result.objects())
        .singleElement()
        .satisfies(o -> assertThat(o).containsEntry("Mode", "Enforce"));
    assertThat(cmdlets.body("Get-RetentionCompliancePolicy"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-RetentionCompliancePolicy\","
                + "\"Parameters\":{\"Identity\":\"Legal retention\"}}}");
  }

  @Test
  void refusesSomethingThatIsNotACmdletName() {
    assertThatThrownBy(() -> client.invoke("Get-Thing; Remove-Everything", Map.of()))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(cmdlets.requests()).isEmpty();
  }

  @Test
  void passesCmdletWarningsToTheListener() {
    List<CmdletWarning> warnings = new CopyOnWriteArrayList<>();
    ComplianceClient withListener =
        ComplianceClient.builder()
            .credential(new StaticTokenCredential("t"))
            .tenant(TENANT)
            .httpOptions(httpOptions())
            .regionalHost(server.url("/").uri())
            .warningListener(warnings::add)
            .build();
    String body =
        CmdletDispatcher.resource("empty.json")
            .replace(
                "\"@adminapi.warnings\":[]",
                "\"@adminapi.warnings\":[\"The search is already running.\"]");
    cmdlets.on("Start-ComplianceSearch", json(200, body));

    withListener.startSearch("s1");

    assertThat(warnings)
        .containsExactly(
            new CmdletWarning("Start-ComplianceSearch", "The search is already running."));
  }
}
