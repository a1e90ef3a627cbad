package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.model.ComplianceSearch;
import dev.exchangesdk.compliance.model.LocationResult;
import dev.exchangesdk.compliance.model.ParsedResults;
import dev.exchangesdk.compliance.model.PurgePlan;
import dev.exchangesdk.compliance.model.PurgeResults;
import dev.exchangesdk.compliance.model.SearchAction;
import dev.exchangesdk.compliance.model.SearchActionType;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport.Outcome;
import dev.exchangesdk.compliance.model.SearchStatus;
import dev.exchangesdk.compliance.model.StepOutcome;
import dev.exchangesdk.compliance.model.StepOutcome.Status;
import dev.exchangesdk.compliance.model.WorkflowStep;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.Poller;
import dev.exchangesdk.core.ResponseFormatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of search-and-purge: create, start, wait, check, confirm, purge, wait. Each step's
 * outcome is recorded; the first failure ends the run with a report saying which objects exist, so
 * that a resume can continue. Single-use, not thread-safe.
 */
final class SearchAndPurgeWorkflow {
  private static final Logger LOG = LoggerFactory.getLogger(SearchAndPurgeWorkflow.class);
  private static final int MAX_SEARCH_LOCATIONS = 50_000;

  private final ComplianceClient client;
  private final SearchAndPurgeRequest request;
  private final String searchName;
  private final String actionName;
  private final List<StepOutcome> steps = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private ComplianceSearch search;
  private PurgePlan plan;
  private SearchAction action;
  private boolean searchExists;
  private boolean actionExists;

  SearchAndPurgeWorkflow(ComplianceClient client, SearchAndPurgeRequest request) {
    this.client = client;
    this.request = request;
    this.searchName = request.searchName();
    this.actionName = SearchActionType.PURGE.actionName(searchName);
  }

  SearchAndPurgeReport run(boolean resume) {
    if (resume && !request.searchNameGiven()) {
      throw new InvalidRequestException("Resuming a search-and-purge needs the search name");
    }
    if (!resume && request.contentMatchQuery().isEmpty()) {
      throw new InvalidRequestException("A search-and-purge needs a content match query (KQL)");
    }
    return resume ? resume() : fresh();
  }

  private SearchAndPurgeReport fresh() {
    if (!createSearch() || !startSearch()) {
      return finish(Outcome.FAILED);
    }
    return waitThenPurge();
  }

  private SearchAndPurgeReport waitThenPurge() {
    Outcome waited = waitForSearch();
    return waited != null ? finish(waited) : checkConfirmPurge();
  }

  private SearchAndPurgeReport checkConfirmPurge() {
    Outcome stop = checkLimits();
    if (stop == null) {
      stop = confirm();
    }
    if (stop != null) {
      return finish(stop);
    }
    if (!createPurge()) {
      return finish(Outcome.FAILED);
    }
    return finish(waitForPurge());
  }

  private SearchAndPurgeReport resume() {
    Optional<SearchAction> existingAction;
    Optional<ComplianceSearch> existingSearch;
    try {
      existingAction = client.getAction(actionName);
      existingSearch = client.getSearch(searchName);
    } catch (ExchangeException e) {
      record(
          WorkflowStep.CREATE_SEARCH,
          Status.FAILED,
          "could not look up existing objects: " + e.getMessage(),
          e);
      return finish(Outcome.FAILED);
    }
    search = existingSearch.orElse(null);
    searchExists = search != null;
    if (existingAction.isPresent()) {
      action = existingAction.get();
      actionExists = true;
      String earlier = "the purge action " + actionName + " already exists";
      record(WorkflowStep.CREATE_SEARCH, Status.SKIPPED, earlier, null);
      record(WorkflowStep.START_SEARCH, Status.SKIPPED, earlier, null);
      record(WorkflowStep.WAIT_FOR_SEARCH, Status.SKIPPED, earlier, null);
      record(WorkflowStep.CHECK_LIMITS, Status.SKIPPED, earlier + " (it was checked then)", null);
      record(WorkflowStep.CONFIRM, Status.SKIPPED, earlier + " (it was confirmed then)", null);
      record(WorkflowStep.CREATE_PURGE, Status.SKIPPED, earlier, null);
      return finish(waitForPurge());
    }
    if (search == null) {
      if (request.contentMatchQuery().isEmpty()) {
        record(
            WorkflowStep.CREATE_SEARCH,
            Status.FAILED,
            "no search named " + searchName + " exists and the request has no query to create it",
            new InvalidRequestException("No search named " + searchName + " to resume"));
        return finish(Outcome.FAILED);
      }
      return fresh();
    }
    String query = request.contentMatchQuery().orElse(search.contentMatchQuery());
    if (!query.equals(search.contentMatchQuery())) {
      record(
          WorkflowStep.CREATE_SEARCH,
          Status.FAILED,
          "the existing search "
              + searchName
              + " has another query ("
              + search.contentMatchQuery()
              + "); refusing to purge its results for the query "
              + query,
          new InvalidRequestException("Search " + searchName + " exists with another query"));
      return finish(Outcome.FAILED);
    }
    record(WorkflowStep.CREATE_SEARCH, Status.SKIPPED, "the search already exists", null);
    SearchStatus status = search.status();
    if (status.isSuccessful()) {
      record(WorkflowStep.START_SEARCH, Status.SKIPPED, "the search already completed", null);
      record(WorkflowStep.WAIT_FOR_SEARCH, Status.DONE, "the search completed earlier", null);
      return checkConfirmPurge();
    }
    if (status.equals(SearchStatus.NOT_STARTED) || status.isTerminal()) {
      if (!startSearch()) {
        return finish(Outcome.FAILED);
      }
    } else {
      record(
          WorkflowStep.START_SEARCH,
          Status.SKIPPED,
          "the search is running (" + status + ")",
          null);
    }
    return waitThenPurge();
  }

  private boolean createSearch() {
    NewSearchRequest.Builder b =
        NewSearchRequest.builder()
            .name(searchName)
            .contentMatchQuery(request.contentMatchQuery().orElseThrow())
            .exchangeLocations(request.exchangeLocations());
    request.description().ifPresent(b::description);
    request.caseName().ifPresent(b::caseName);
    try {
      search = client.createSearch(b.build());
      searchExists = true;
      record(WorkflowStep.CREATE_SEARCH, Status.DONE, "created search " + searchName, null);
      return true;
    } catch (ExchangeException e) {
      searchExists = existsAfterFailure(() -> client.getSearch(searchName).isPresent());
      record(
          WorkflowStep.CREATE_SEARCH,
          Status.FAILED,
          e.getMessage()
              + (searchExists
                  ? " A search named " + searchName + " exists: resume to continue with it."
                  : ""),
          e);
      return false;
    }
  }

  private boolean startSearch() {
    try {
      client.startSearch(searchName);
      record(WorkflowStep.START_SEARCH, Status.DONE, "started search " + searchName, null);
      return true;
    } catch (ExchangeException e) {
      record(WorkflowStep.START_SEARCH, Status.FAILED, e.getMessage(), e);
      return false;
    }
  }

  /** Null when the search completed; otherwise how the workflow ends. */
  private Outcome waitForSearch() {
    Poller.Result<ComplianceSearch> r;
    try {
      r = client.searchPoller(searchName, request.searchWait(), null).await();
    } catch (ExchangeException e) {
      record(WorkflowStep.WAIT_FOR_SEARCH, Status.FAILED, e.getMessage(), e);
      return Outcome.FAILED;
    }
    if (r.lastValue() != null) {
      search = r.lastValue();
    }
    if (!r.isCompleted()) {
      record(
          WorkflowStep.WAIT_FOR_SEARCH,
          Status.TIMED_OUT,
          "the search was still "
              + (search == null ? "not visible" : search.status().toString())
              + " after "
              + r.elapsed()
              + " ("
              + r.polls()
              + " polls, "
              + r.outcome()
              + "); resume later",
          null);
      return Outcome.SEARCH_NOT_FINISHED;
    }
    if (!search.status().isSuccessful()) {
      String errors = search.job().errors();
      record(
          WorkflowStep.WAIT_FOR_SEARCH,
          Status.FAILED,
          "the search ended with status "
              + search.status()
              + (errors.isEmpty() ? "" : ": " + errors)
              + "; not purging partial results (resume to run it again)",
          null);
      return Outcome.FAILED;
    }
    record(
        WorkflowStep.WAIT_FOR_SEARCH,
        Status.DONE,
        "the search completed: " + search.items() + " items",
        null);
    return null;
  }

  private Outcome checkLimits() {
    ParsedResults<LocationResult> results = search.successResults();
    if (!results.isComplete()) {
      record(
          WorkflowStep.CHECK_LIMITS,
          Status.FAILED,
          "could not read the per-mailbox counts ("
              + String.join("; ", results.problems())
              + "); not purging what cannot be checked",
          new ResponseFormatException("Unreadable SuccessResults of " + searchName, null));
      return Outcome.FAILED;
    }
    List<LocationResult> hits = search.locationsWithHits();
    long total = hits.stream().mapToLong(LocationResult::itemCount).sum();
    plan = new PurgePlan(searchName, search.contentMatchQuery(), request.purgeType(), hits, total);
    if (total == 0 && search.items() > 0) {
      record(
          WorkflowStep.CHECK_LIMITS,
          Status.FAILED,
          "the search reports "
              + search.items()
              + " items but no per-mailbox counts; not purging what cannot be checked",
          new ResponseFormatException("No per-location counts for " + searchName, null));
      return Outcome.FAILED;
    }
    if (total == 0) {
      record(WorkflowStep.CHECK_LIMITS, Status.DONE, "the search found nothing to purge", null);
      return Outcome.NOTHING_FOUND;
    }
    List<LocationResult> overMailboxLimit =
        hits.stream().filter(h -> h.itemCount() > request.maxItemsPerMailbox()).toList();
    if (total > request.maxTotalItems() || !overMailboxLimit.isEmpty()) {
      record(
          WorkflowStep.CHECK_LIMITS,
          Status.STOPPED,
          total
              + " items in "
              + hits.size()
              + " mailboxes exceed the limits (at most "
              + request.maxTotalItems()
              + " in total, "
              + request.maxItemsPerMailbox()
              + " per mailbox)"
              + (overMailboxLimit.isEmpty()
                  ? ""
                  : "; over the per-mailbox limit: " + describe(overMailboxLimit))
              + "; nothing purged",
          null);
      return Outcome.LIMIT_EXCEEDED;
    }
    List<LocationResult> overService = plan.locationsOverServiceLimit();
    if (!overService.isEmpty()) {
      notes.add(
          "The service purges at most "
              + PurgePlan.SERVICE_LIMIT_PER_MAILBOX
              + " items per mailbox per purge action; a single purge leaves the rest in "
              + describe(overService)
              + ". Search and purge again (a new search name) after this purge completes, or use "
              + ComplianceOperationNotAllowedException.GRAPH_PURGE_ALTERNATIVE
              + ".");
    }
    if (hits.size() > MAX_SEARCH_LOCATIONS) {
      notes.add(
          "A purge action covers at most 50,000 mailboxes; this search has hits in "
              + hits.size()
              + ". Split it into several searches.");
    }
    record(
        WorkflowStep.CHECK_LIMITS,
        Status.DONE,
        total + " items in " + hits.size() + " mailboxes, within the limits",
        null);
    return null;
  }

  private Outcome confirm() {
    Optional<PurgeConfirmation> confirmation = request.confirmation();
    if (confirmation.isEmpty()) {
      record(
          WorkflowStep.CONFIRM,
          Status.SKIPPED,
          "dry run: no confirmation was given, nothing purged (resume with one to purge)",
          null);
      return Outcome.DRY_RUN;
    }
    boolean yes;
    try {
      yes = confirmation.get().confirm(plan);
    } catch (RuntimeException e) {
      record(WorkflowStep.CONFIRM, Status.FAILED, "the confirmation failed: " + e, e);
      return Outcome.FAILED;
    }
    if (!yes) {
      record(WorkflowStep.CONFIRM, Status.STOPPED, "the purge was declined; nothing purged", null);
      return Outcome.DECLINED;
    }
    record(
        WorkflowStep.CONFIRM, Status.DONE, "confirmed (" + plan.purgeType().wireName() + ")", null);
    return null;
  }

  private boolean createPurge() {
    try {
      action = client.createPurgeAction(searchName, request.purgeType());
      actionExists = true;
      record(
          WorkflowStep.CREATE_PURGE,
          Status.DONE,
          "created purge action " + actionName + " (" + request.purgeType().wireName() + ")",
          null);
      return true;
    } catch (ExchangeException e) {
      // The request may have reached the service before it failed: look before reporting.
      actionExists = existsAfterFailure(() -> client.getAction(actionName).isPresent());
      record(
          WorkflowStep.CREATE_PURGE,
          Status.FAILED,
          e.getMessage()
              + (actionExists
                  ? " The purge action " + actionName + " exists nevertheless: resume to follow it."
                  : ""),
          e);
      return false;
    }
  }

  private Outcome waitForPurge() {
    Poller.Result<SearchAction> r;
    try {
      r = client.actionPoller(actionName, request.purgeWait(), null).await();
    } catch (ExchangeException e) {
      record(WorkflowStep.WAIT_FOR_PURGE, Status.FAILED, e.getMessage(), e);
      return Outcome.FAILED;
    }
    if (r.lastValue() != null) {
      action = r.lastValue();
      actionExists = true;
    }
    if (!r.isCompleted()) {
      record(
          WorkflowStep.WAIT_FOR_PURGE,
          Status.TIMED_OUT,
          "the purge action was still "
              + (action == null ? "not visible" : action.status().toString())
              + " after "
              + r.elapsed()
              + "; resume later",
          null);
      return Outcome.PURGE_NOT_FINISHED;
    }
    if (!action.status().isSuccessful()) {
      String errors = action.job().errors();
      record(
          WorkflowStep.WAIT_FOR_PURGE,
          Status.FAILED,
          "the purge action ended with status "
              + action.status()
              + (errors.isEmpty() ? "" : ": " + errors),
          null);
      return Outcome.FAILED;
    }
    PurgeResults results = action.purgeResults();
    if (!results.locations().isComplete()) {
      notes.add(
          "Some purge results could not be read: "
              + String.join("; ", results.locations().problems()));
    }
    record(
        WorkflowStep.WAIT_FOR_PURGE,
        Status.DONE,
        "purged "
            + results.totalItemCount()
            + " items"
            + (results.totalFailedCount() > 0 ? ", " + results.totalFailedCount() + " failed" : ""),
        null);
    return Outcome.PURGED;
  }

  private boolean existsAfterFailure(BooleanSupplier lookup) {
    try {
      return lookup.getAsBoolean();
    } catch (ExchangeException e) {
      notes.add("Could not check which objects exist after the failure: " + e.getMessage());
      return false;
    }
  }

  private static String describe(List<LocationResult> locations) {
    String shown =
        locations.stream()
            .limit(10)
            .map(l -> l.location() + " (" + l.itemCount() + ")")
            .collect(Collectors.joining(", "));
    return locations.size() > 10 ? shown + " and " + (locations.size() - 10) + " more" : shown;
  }

  private void record(WorkflowStep step, Status status, String detail, RuntimeException error) {
    StepOutcome outcome = new StepOutcome(step, status, detail, Optional.ofNullable(error));
    steps.add(outcome);
    if (request.stepListener() != null) {
      try {
        request.stepListener().accept(outcome);
      } catch (RuntimeException e) {
        LOG.warn("The search-and-purge step listener failed on {}; continuing", step, e);
      }
    }
  }

  private SearchAndPurgeReport finish(Outcome outcome) {
    return new SearchAndPurgeReport(
        searchName,
        actionName,
        outcome,
        steps,
        searchExists,
        actionExists,
        Optional.ofNullable(search),
        Optional.ofNullable(plan),
        Optional.ofNullable(action),
        notes);
  }
}
