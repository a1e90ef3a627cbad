package dev.exchangesdk.compliance;

import static dev.exchangesdk.compliance.CmdletDispatcher.error;
import static dev.exchangesdk.compliance.CmdletDispatcher.json;
import static dev.exchangesdk.compliance.CmdletDispatcher.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.exchangesdk.compliance.model.PreviewItem;
import dev.exchangesdk.compliance.model.PurgeLocationResult;
import dev.exchangesdk.compliance.model.PurgeResults;
import dev.exchangesdk.compliance.model.PurgeType;
import dev.exchangesdk.compliance.model.SearchAction;
import dev.exchangesdk.compliance.model.SearchActionStatus;
import dev.exchangesdk.compliance.model.SearchActionType;
import dev.exchangesdk.compliance.model.SearchLocations;
import dev.exchangesdk.compliance.model.SearchStatus;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SearchActionOperationsTest extends ClientTestSupport {

  @Test
  void purgesWithSoftDeleteByDefaultOnceTheSearchIsCompleted() {
    cmdlets
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"))
        .on("New-ComplianceSearchAction", json("get-compliancesearchaction-purge.json"));

    SearchAction action = client.purge("phish-2026-08-20");

    assertThat(action.name()).isEqualTo("phish-2026-08-20_Purge");
    assertThat(cmdlets.requests())
        .extracting(r -> r.getHeaders().get("X-CmdletName"))
        .containsExactly("Get-ComplianceSearch", "New-ComplianceSearchAction");
    assertThat(cmdlets.body("Get-ComplianceSearch"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceSearch\",\"Parameters\":{"
                + "\"Identity\":\"phish-2026-08-20\"}}}");
    assertThat(cmdlets.body("New-ComplianceSearchAction"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-ComplianceSearchAction\",\"Parameters\":{"
                + "\"SearchName\":\"phish-2026-08-20\",\"Purge\":true,\"PurgeType\":\"SoftDelete\","
                + "\"Force\":true,\"Confirm\":false}}}");
  }

  @Test
  void hardDeletesOnlyWhenAskedExplicitly() {
    cmdlets
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"))
        .on("New-ComplianceSearchAction", json("get-compliancesearchaction-purge.json"));

    client.purge("phish-2026-08-20", PurgeType.HARD_DELETE);

    assertThat(cmdlets.body("New-ComplianceSearchAction")).contains("\"PurgeType\":\"HardDelete\"");
  }

  @Test
  void refusesToPurgeASearchThatIsStillRunningWithoutCreatingAnAction() {
    cmdlets.on(
        "Get-ComplianceSearch",
        json(
            200, resource("get-compliancesearch.json").replace("\"Completed\"", "\"InProgress\"")));

    assertThatThrownBy(() -> client.purge("phish-2026-08-20"))
        .asInstanceOf(type(SearchNotCompletedException.class))
        .satisfies(
            e -> {
              assertThat(e.searchName()).isEqualTo("phish-2026-08-20");
              assertThat(e.status()).isEqualTo(SearchStatus.IN_PROGRESS);
              assertThat(e.getMessage())
                  .contains("'phish-2026-08-20' is InProgress, not Completed")
                  .contains("awaitSearch");
              assertThat(e).isInstanceOf(InvalidRequestException.class);
            });
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void refusesToPurgeASearchThatEndedWithoutSearchingEverything() {
    cmdlets.on(
        "Get-ComplianceSearch",
        json(
            200,
            resource("get-compliancesearch.json")
                .replace("\"Completed\"", "\"PartiallySucceeded\"")));

    assertThatThrownBy(() -> client.purge("phish-2026-08-20", PurgeType.HARD_DELETE))
        .asInstanceOf(type(SearchNotCompletedException.class))
        .satisfies(
            e -> {
              assertThat(e.status()).isEqualTo(SearchStatus.PARTIALLY_SUCCEEDED);
              assertThat(e.getMessage()).contains("start it again (startSearch)");
            });
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void refusesToPurgeASearchThatDoesNotExist() {
    cmdlets.on("Get-ComplianceSearch", error(404, "error-404-object-not-found.json"));

    assertThatThrownBy(() -> client.purge("nope"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no compliance search named 'nope'");
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void readsTheLocationsAnActionCovers() {
    cmdlets.on("Get-ComplianceSearchAction", json("get-compliancesearchaction-purge.json"));

    SearchAction action = client.getAction("phish-2026-08-20_Purge").orElseThrow();

    assertThat(action.locations().exchange())
        .containsExactly("jane@contoso.com", "joe@contoso.com");
    assertThat(action.locations().sharePoint())
        .containsExactly("https://contoso.sharepoint.com/sites/Finance");
    assertThat(action.locations().exchangeExclusion()).isEmpty();
    assertThat(action.locations().oneDrive()).isEmpty();
  }

  @Test
  void readsAnActionWithoutLocationsAsEmptyLists() {
    cmdlets.on("Get-ComplianceSearchAction", json("get-compliancesearchaction-preview.json"));

    SearchAction action = client.getAction("phish-2026-08-20_Preview").orElseThrow();

    assertThat(action.locations()).isEqualTo(SearchLocations.none());
  }

  @Test
  void createsAPreviewAction() {
    cmdlets.on("New-ComplianceSearchAction", json("get-compliancesearchaction-preview.json"));

    SearchAction preview = client.preview("phish-2026-08-20");

    assertThat(preview.isPreview()).isTrue();
    assertThat(cmdlets.body("New-ComplianceSearchAction"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-ComplianceSearchAction\",\"Parameters\":{"
                + "\"SearchName\":\"phish-2026-08-20\",\"Preview\":true,\"Confirm\":false}}}");
  }

  @Test
  @SuppressWarnings("deprecation")
  void sendsEveryExportOption() {
    cmdlets.on("New-ComplianceSearchAction", json("get-compliancesearchaction-preview.json"));

    client.export(
        "s1",
        ExportRequest.builder()
            .format("Mime")
            .scope("IndexedItemsOnly")
            .scenario("General")
            .sharePointArchiveFormat("PerUserZip")
            .includeSharePointDocumentVersions(true)
            .notifyEmail("a@contoso.com")
            .notifyEmailCc("b@contoso.com")
            .build());

    assertThat(cmdlets.body("New-ComplianceSearchAction"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"New-ComplianceSearchAction\",\"Parameters\":{"
                + "\"SearchName\":\"s1\",\"Export\":true,\"Format\":\"Mime\","
                + "\"Scope\":\"IndexedItemsOnly\",\"Scenario\":\"General\","
                + "\"SharePointArchiveFormat\":\"PerUserZip\","
                + "\"IncludeSharePointDocumentVersions\":true,\"NotifyEmail\":\"a@contoso.com\","
                + "\"NotifyEmailCC\":\"b@contoso.com\",\"Confirm\":false}}}");
  }

  @Test
  void readsAPurgeActionAndItsResults() {
    cmdlets.on("Get-ComplianceSearchAction", json("get-compliancesearchaction-purge.json"));

    SearchAction action =
        client.getAction(SearchActionType.PURGE.actionName("phish-2026-08-20")).orElseThrow();

    assertThat(action.status()).isEqualTo(SearchActionStatus.COMPLETED);
    assertThat(action.searchName()).isEqualTo("phish-2026-08-20");
    assertThat(action.isPurge()).isTrue();
    assertThat(action.job().jobRunId()).isEqualTo("5e6f7a8b-5555-4a5b-9a63-2d7e1c1e0a15");
    assertThat(action.estimateSearchRunId()).isEqualTo("7d0c2f3a-2222-4a5b-9a63-2d7e1c1e0a12");
    PurgeResults results = action.purgeResults();
    assertThat(results.purgeType()).contains("SoftDelete");
    assertThat(results.itemCount()).isEqualTo(OptionalLong.of(3));
    assertThat(results.locations().rows())
        .containsExactly(
            new PurgeLocationResult("jane@contoso.com", 2, 20000, OptionalLong.of(0)),
            new PurgeLocationResult("joe@contoso.com", 1, 10000, OptionalLong.of(0)));
    assertThat(cmdlets.body("Get-ComplianceSearchAction"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Get-ComplianceSearchAction\",\"Parameters\":{"
                + "\"Identity\":\"phish-2026-08-20_Purge\"}}}");
  }

  @Test
  void readsPreviewRowsWithSubjectsContainingSeparators() {
    cmdlets.on("Get-ComplianceSearchAction", json("get-compliancesearchaction-preview.json"));

    List<PreviewItem> rows =
        client.getAction("phish-2026-08-20_Preview").orElseThrow().previewResults().rows();

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).subject()).isEqualTo("Invoice overdue; pay today, Location: Paris");
    assertThat(rows.get(0).sender()).isEqualTo("Billing Dept");
    assertThat(rows.get(0).receivedTime()).contains(LocalDateTime.of(2026, 8, 20, 9, 15, 2));
    assertThat(rows.get(1).dataLink()).isEqualTo("data/All/joe-1.eml");
  }

  @Test
  void reportsAMissingActionAsEmpty() {
    cmdlets.on("Get-ComplianceSearchAction", error(404, "error-404-object-not-found.json"));

    assertThat(client.getAction("nope_Purge")).isEmpty();
  }

  @Test
  void listsAndRemovesActions() {
    cmdlets
        .on("Get-ComplianceSearchAction", json("get-compliancesearchaction-purge.json"))
        .on("Remove-ComplianceSearchAction", json("empty.json"));

    assertThat(client.listActions().stream().map(SearchAction::name))
        .containsExactly("phish-2026-08-20_Purge");
    client.removeAction("phish-2026-08-20_Purge");

    assertThat(cmdlets.body("Remove-ComplianceSearchAction"))
        .isEqualTo(
            "{\"CmdletInput\":{\"CmdletName\":\"Remove-ComplianceSearchAction\",\"Parameters\":{"
                + "\"Identity\":\"phish-2026-08-20_Purge\",\"Confirm\":false}}}");
  }
}
