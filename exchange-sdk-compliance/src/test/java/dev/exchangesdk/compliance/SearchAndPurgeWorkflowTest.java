package dev.exchangesdk.compliance;

import static dev.exchangesdk.compliance.CmdletDispatcher.error;
import static dev.exchangesdk.compliance.CmdletDispatcher.json;
import static dev.exchangesdk.compliance.WaitingTest.actionWithStatus;
import static dev.exchangesdk.compliance.WaitingTest.searchWithStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.compliance.model.PurgePlan;
import dev.exchangesdk.compliance.model.PurgeType;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport.Outcome;
import dev.exchangesdk.compliance.model.StepOutcome;
import dev.exchangesdk.compliance.model.StepOutcome.Status;
import dev.exchangesdk.compliance.model.WorkflowStep;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.ServiceUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class SearchAndPurgeWorkflowTest extends ClientTestSupport {
  private static final String NAME = "phish-2026-08-20";
  private static final String QUERY =
      "subject:\"Invoice overdue\" AND from:billing@malicious.example";
  private static final WaitOptions WAIT =
      WaitOptions.builder().interval(Duration.ofSeconds(10)).timeout(Duration.ofMinutes(5)).build();

  private SearchAndPurgeRequest.Builder request() {
    return SearchAndPurgeRequest.builder()
        .searchName(NAME)
        .contentMatchQuery(QUERY)
        .searchWait(WAIT)
        .purgeWait(WAIT);
  }

  private void scriptHappySearch() {
    cmdlets
        .on("New-ComplianceSearch", searchWithStatus("NotStarted"))
        .on("Start-ComplianceSearch", json("empty.json"))
        .on("Get-ComplianceSearch", searchWithStatus("InProgress"), searchWithStatus("Completed"));
  }

  private static List<String> steps(SearchAndPurgeReport r) {
    return r.steps().stream().map(s -> s.step() + " " + s.status()).toList();
  }

  @Test
  void dryRunReportsCountsPerMailboxAndPurgesNothing() {
    scriptHappySearch();

    SearchAndPurgeReport r = client.searchAndPurge(request().build());

    assertThat(r.outcome()).isEqualTo(Outcome.DRY_RUN);
    assertThat(steps(r))
        .containsExactly(
            "CREATE_SEARCH DONE",
            "START_SEARCH DONE",
            "WAIT_FOR_SEARCH DONE",
            "CHECK_LIMITS DONE",
            "CONFIRM SKIPPED");
    PurgePlan plan = r.plan().orElseThrow();
    assertThat(plan.totalItems()).isEqualTo(3);
    assertThat(plan.locations())
        .extracting(l -> l.location() + "=" + l.itemCount())
        .containsExactly("jane@contoso.com=2", "joe@contoso.com=1");
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
    assertThat(r.searchExists()).isTrue();
    assertThat(r.purgeActionExists()).isFalse();
    assertThat(r.isResumable()).isTrue();
    assertThat(cmdlets.body("New-ComplianceSearch"))
        .contains("\"Name\":\"phish-2026-08-20\"")
        .contains("\"ExchangeLocation\":[\"All\"]");
  }

  @Test
  void purgesWhenConfirmedAndWithinLimits() {
    scriptHappySearch();
    cmdlets
        .on("New-ComplianceSearchAction", actionWithStatus("Starting"))
        .on(
            "Get-ComplianceSearchAction",
            actionWithStatus("InProgress"),
            actionWithStatus("Completed"));
    List<PurgePlan> asked = new ArrayList<>();
    List<StepOutcome> progress = new ArrayList<>();

    SearchAndPurgeReport r =
        client.searchAndPurge(
            request()
                .confirmation(
                    plan -> {
                      asked.add(plan);
                      return true;
                    })
                .stepListener(progress::add)
                .build());

    assertThat(r.outcome()).isEqualTo(Outcome.PURGED);
    assertThat(steps(r))
        .containsExactly(
            "CREATE_SEARCH DONE",
            "START_SEARCH DONE",
            "WAIT_FOR_SEARCH DONE",
            "CHECK_LIMITS DONE",
            "CONFIRM DONE",
            "CREATE_PURGE DONE",
            "WAIT_FOR_PURGE DONE");
    assertThat(progress).isEqualTo(r.steps());
    assertThat(asked)
        .singleElement()
        .satisfies(p -> assertThat(p.purgeType()).isEqualTo(PurgeType.SOFT_DELETE));
    assertThat(r.purgeResults().orElseThrow().totalItemCount()).isEqualTo(3);
    assertThat(r.step(WorkflowStep.WAIT_FOR_PURGE).orElseThrow().detail())
        .contains("purged 3 items");
    assertThat(cmdlets.body("New-ComplianceSearchAction")).contains("\"PurgeType\":\"SoftDelete\"");
    assertThat(r.isResumable()).isFalse();
  }

  @Test
  void stopsWhenAMailboxHasMoreItemsThanAllowed() {
    scriptHappySearch();

    SearchAndPurgeReport r =
        client.searchAndPurge(
            request().maxItemsPerMailbox(1).confirmation(PurgeConfirmation.confirmed()).build());

    assertThat(r.outcome()).isEqualTo(Outcome.LIMIT_EXCEEDED);
    StepOutcome check = r.step(WorkflowStep.CHECK_LIMITS).orElseThrow();
    assertThat(check.status()).isEqualTo(Status.STOPPED);
    assertThat(check.detail()).contains("jane@contoso.com (2)").contains("nothing purged");
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void stopsWhenTheTotalExceedsTheLimit() {
    scriptHappySearch();

    SearchAndPurgeReport r =
        client.searchAndPurge(
            request().maxTotalItems(2).confirmation(PurgeConfirmation.confirmed()).build());

    assertThat(r.outcome()).isEqualTo(Outcome.LIMIT_EXCEEDED);
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void purgesNothingWhenDeclined() {
    scriptHappySearch();

    SearchAndPurgeReport r = client.searchAndPurge(request().confirmation(plan -> false).build());

    assertThat(r.outcome()).isEqualTo(Outcome.DECLINED);
    assertThat(r.step(WorkflowStep.CONFIRM).orElseThrow().status()).isEqualTo(Status.STOPPED);
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void warnsThatOnePurgeRemovesAtMostTenItemsPerMailbox() {
    String twelve =
        CmdletDispatcher.resource("get-compliancesearch.json")
            .replace("Item count: 2, Total size: 20000", "Item count: 12, Total size: 120000");
    cmdlets
        .on("New-ComplianceSearch", searchWithStatus("NotStarted"))
        .on("Start-ComplianceSearch", json("empty.json"))
        .on("Get-ComplianceSearch", json(200, twelve));

    SearchAndPurgeReport r = client.searchAndPurge(request().maxItemsPerMailbox(50).build());

    assertThat(r.outcome()).isEqualTo(Outcome.DRY_RUN);
    assertThat(r.notes())
        .singleElement()
        .asString()
        .contains("at most 10 items per mailbox")
        .contains("jane@contoso.com (12)");
    assertThat(r.plan().orElseThrow().locationsOverServiceLimit()).hasSize(1);
  }

  @Test
  void refusesToPurgeWhenTheCountsCannotBeRead() {
    String garbled =
        CmdletDispatcher.resource("get-compliancesearch.json")
            .replace("Item count: 1, Total size: 10000", "Item count: many, Total size: 10000");
    cmdlets
        .on("New-ComplianceSearch", searchWithStatus("NotStarted"))
        .on("Start-ComplianceSearch", json("empty.json"))
        .on("Get-ComplianceSearch", json(200, garbled));

    SearchAndPurgeReport r =
        client.searchAndPurge(request().confirmation(PurgeConfirmation.confirmed()).build());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.failedStep().orElseThrow().step()).isEqualTo(WorkflowStep.CHECK_LIMITS);
    assertThat(r.failedStep().orElseThrow().detail()).contains("many");
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void reportsNothingFoundWithoutAskingForConfirmation() {
    String empty =
        CmdletDispatcher.resource("get-compliancesearch.json")
            .replace("\"Items\":3", "\"Items\":0")
            .replaceAll(
                "\"SuccessResults\":\"[^\"]*\"",
                "\"SuccessResults\":\"{Location: jane@contoso.com, Item count: 0, Total size: 0}\"");
    cmdlets
        .on("New-ComplianceSearch", searchWithStatus("NotStarted"))
        .on("Start-ComplianceSearch", json("empty.json"))
        .on("Get-ComplianceSearch", json(200, empty));

    SearchAndPurgeReport r =
        client.searchAndPurge(
            request()
                .confirmation(
                    plan -> {
                      throw new AssertionError("must not ask");
                    })
                .build());

    assertThat(r.outcome()).isEqualTo(Outcome.NOTHING_FOUND);
    assertThat(r.isResumable()).isFalse();
  }

  @Test
  void doesNotPurgeAFailedSearch() {
    cmdlets
        .on("New-ComplianceSearch", searchWithStatus("NotStarted"))
        .on("Start-ComplianceSearch", json("empty.json"))
        .on("Get-ComplianceSearch", searchWithStatus("Failed"));

    SearchAndPurgeReport r =
        client.searchAndPurge(request().confirmation(PurgeConfirmation.confirmed()).build());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.failedStep().orElseThrow().step()).isEqualTo(WorkflowStep.WAIT_FOR_SEARCH);
    assertThat(r.failedStep().orElseThrow().detail()).contains("Failed");
  }

  @Test
  void reportsASearchStillRunningAtTimeoutAsResumable() {
    cmdlets
        .on("New-ComplianceSearch", searchWithStatus("NotStarted"))
        .on("Start-ComplianceSearch", json("empty.json"))
        .on("Get-ComplianceSearch", searchWithStatus("InProgress"));

    SearchAndPurgeReport r =
        client.searchAndPurge(request().confirmation(PurgeConfirmation.confirmed()).build());

    assertThat(r.outcome()).isEqualTo(Outcome.SEARCH_NOT_FINISHED);
    assertThat(r.step(WorkflowStep.WAIT_FOR_SEARCH).orElseThrow().status())
        .isEqualTo(Status.TIMED_OUT);
    assertThat(r.isResumable()).isTrue();
  }

  @Test
  void failsMidwayWithAClearStateAndResumesFromTheExistingSearch() {
    // First run: the search completes, then the service fails the purge creation for good.
    scriptHappySearch();
    MockResponse unavailable =
        new MockResponse.Builder()
            .code(500)
            .body("{\"error\":{\"code\":\"InternalServerError\",\"message\":\"boom\"}}")
            .build();
    cmdlets
        .on("New-ComplianceSearchAction", unavailable)
        .on("Get-ComplianceSearchAction", error(404, "error-404-object-not-found.json"));

    SearchAndPurgeReport failed =
        client.searchAndPurge(request().confirmation(PurgeConfirmation.confirmed()).build());

    assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(failed.failedStep().orElseThrow().step()).isEqualTo(WorkflowStep.CREATE_PURGE);
    assertThat(failed.failedStep().orElseThrow().error()).isPresent();
    assertThat(failed.searchExists()).isTrue();
    assertThat(failed.purgeActionExists()).isFalse();
    assertThat(failed.isResumable()).isTrue();

    // Resume: the search exists and completed; only the purge is created and followed.
    CmdletDispatcher second = new CmdletDispatcher();
    second
        .on("Get-ComplianceSearch", searchWithStatus("Completed"))
        .on(
            "Get-ComplianceSearchAction",
            error(404, "error-404-object-not-found.json"),
            actionWithStatus("Completed"))
        .on("New-ComplianceSearchAction", actionWithStatus("Starting"));
    server.setDispatcher(second);

    SearchAndPurgeReport resumed =
        client.resumeSearchAndPurge(
            SearchAndPurgeRequest.builder()
                .searchName(NAME)
                .searchWait(WAIT)
                .purgeWait(WAIT)
                .confirmation(PurgeConfirmation.confirmed())
                .build());

    assertThat(resumed.outcome()).isEqualTo(Outcome.PURGED);
    assertThat(steps(resumed))
        .containsExactly(
            "CREATE_SEARCH SKIPPED",
            "START_SEARCH SKIPPED",
            "WAIT_FOR_SEARCH DONE",
            "CHECK_LIMITS DONE",
            "CONFIRM DONE",
            "CREATE_PURGE DONE",
            "WAIT_FOR_PURGE DONE");
    assertThat(second.requests("New-ComplianceSearch")).isEmpty();
    assertThat(second.requests("Start-ComplianceSearch")).isEmpty();
  }

  @Test
  void resumeFollowsAnExistingPurgeAction() {
    cmdlets
        .on("Get-ComplianceSearch", searchWithStatus("Completed"))
        .on(
            "Get-ComplianceSearchAction",
            actionWithStatus("InProgress"),
            actionWithStatus("InProgress"),
            actionWithStatus("Completed"));

    SearchAndPurgeReport r =
        client.resumeSearchAndPurge(
            SearchAndPurgeRequest.builder().searchName(NAME).purgeWait(WAIT).build());

    assertThat(r.outcome()).isEqualTo(Outcome.PURGED);
    assertThat(r.step(WorkflowStep.CREATE_PURGE).orElseThrow().status()).isEqualTo(Status.SKIPPED);
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void resumeStartsASearchThatNeverRan() {
    cmdlets
        .on("Get-ComplianceSearchAction", error(404, "error-404-object-not-found.json"))
        .on("Get-ComplianceSearch", searchWithStatus("NotStarted"), searchWithStatus("Completed"))
        .on("Start-ComplianceSearch", json("empty.json"));

    SearchAndPurgeReport r = client.resumeSearchAndPurge(request().build());

    assertThat(r.outcome()).isEqualTo(Outcome.DRY_RUN);
    assertThat(r.step(WorkflowStep.START_SEARCH).orElseThrow().status()).isEqualTo(Status.DONE);
  }

  @Test
  void resumeRefusesASearchWithAnotherQuery() {
    cmdlets
        .on("Get-ComplianceSearchAction", error(404, "error-404-object-not-found.json"))
        .on("Get-ComplianceSearch", searchWithStatus("Completed"));

    SearchAndPurgeReport r =
        client.resumeSearchAndPurge(
            request()
                .contentMatchQuery("subject:other")
                .confirmation(PurgeConfirmation.confirmed())
                .build());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.failedStep().orElseThrow().detail()).contains("another query");
    assertThat(cmdlets.requests("New-ComplianceSearchAction")).isEmpty();
  }

  @Test
  void resumeNeedsTheSearchName() {
    assertThatThrownBy(
            () ->
                client.resumeSearchAndPurge(
                    SearchAndPurgeRequest.builder().contentMatchQuery("x").build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("search name");
  }

  @Test
  void saysWhenTheSearchAlreadyExists() {
    cmdlets
        .on(
            "New-ComplianceSearch",
            json(
                400,
                "{\"error\":{\"code\":\"BadRequest\",\"message\":\"Error executing cmdlet\",\"details\":[{\"code\":\"Client\",\"target\":\"\",\"message\":\"Ex1|Microsoft.Office.ComplianceJob.Tasks.ComplianceJobAlreadyExistsException|The compliance search \\\"phish-2026-08-20\\\" already exists.\"}]}}"))
        .on("Get-ComplianceSearch", searchWithStatus("Completed"));

    SearchAndPurgeReport r = client.searchAndPurge(request().build());

    assertThat(r.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.failedStep().orElseThrow().step()).isEqualTo(WorkflowStep.CREATE_SEARCH);
    assertThat(r.failedStep().orElseThrow().detail()).contains("resume");
    assertThat(r.searchExists()).isTrue();
  }

  @Test
  void recordsATransientFailureThatOutlastedTheRetries() {
    cmdlets
        .on("New-ComplianceSearch", searchWithStatus("NotStarted"))
        .on("Start-ComplianceSearch", new MockResponse.Builder().code(503).build());

    SearchAndPurgeReport r = client.searchAndPurge(request().build());

    assertThat(r.failedStep().orElseThrow().step()).isEqualTo(WorkflowStep.START_SEARCH);
    assertThat(r.failedStep().orElseThrow().error().orElseThrow())
        .isInstanceOf(ServiceUnavailableException.class);
    assertThat(r.searchExists()).isTrue();
  }

  @Test
  void searchesByInternetMessageId() {
    scriptHappySearch();

    SearchAndPurgeReport r =
        client.searchAndPurgeByMessageId(
            "abc123@malicious.example", "jane@contoso.com", "joe@contoso.com");

    assertThat(r.outcome()).isEqualTo(Outcome.DRY_RUN);
    assertThat(cmdlets.body("New-ComplianceSearch"))
        .contains("\"ContentMatchQuery\":\"InternetMessageId:\\\"<abc123@malicious.example>\\\"\"")
        .contains("\"ExchangeLocation\":[\"jane@contoso.com\",\"joe@contoso.com\"]");
  }

  @Test
  void refusesAMalformedMessageId() {
    assertThatThrownBy(() -> SearchAndPurgeRequest.forMessageId("a\"b@c"))
        .isInstanceOf(InvalidRequestException.class);
  }
}
