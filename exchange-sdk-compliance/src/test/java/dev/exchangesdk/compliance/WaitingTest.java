package dev.exchangesdk.compliance;

import static dev.exchangesdk.compliance.CmdletDispatcher.error;
import static dev.exchangesdk.compliance.CmdletDispatcher.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.compliance.model.ComplianceSearch;
import dev.exchangesdk.compliance.model.SearchAction;
import dev.exchangesdk.compliance.model.SearchActionStatus;
import dev.exchangesdk.compliance.model.SearchStatus;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.Poller;
import dev.exchangesdk.core.StaticTokenCredential;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class WaitingTest extends ClientTestSupport {
  private static final WaitOptions FAST =
      WaitOptions.builder().interval(Duration.ofSeconds(5)).timeout(Duration.ofMinutes(1)).build();

  static MockResponse searchWithStatus(String status) {
    return json(
        200,
        CmdletDispatcher.resource("get-compliancesearch.json")
            .replace("\"Status\":\"Completed\"", "\"Status\":\"" + status + "\""));
  }

  static MockResponse actionWithStatus(String status) {
    return json(
        200,
        CmdletDispatcher.resource("get-compliancesearchaction-purge.json")
            .replace("\"Status\":\"Completed\"", "\"Status\":\"" + status + "\""));
  }

  @Test
  void waitsForASearchUntilItCompletesReportingEachState() {
    cmdlets.on(
        "Get-ComplianceSearch",
        searchWithStatus("Starting"),
        searchWithStatus("InProgress"),
        searchWithStatus("Completed"));
    List<SearchStatus> seen = new ArrayList<>();

    Poller.Result<ComplianceSearch> r =
        client.searchPoller("phish-2026-08-20", FAST, s -> seen.add(s.status())).await();

    assertThat(r.outcome()).isEqualTo(Poller.Outcome.COMPLETED);
    assertThat(r.lastValue().status()).isEqualTo(SearchStatus.COMPLETED);
    assertThat(r.polls()).isEqualTo(3);
    assertThat(seen)
        .containsExactly(SearchStatus.STARTING, SearchStatus.IN_PROGRESS, SearchStatus.COMPLETED);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
  }

  @Test
  void keepsPollingThroughAnUnknownStatus() {
    cmdlets.on(
        "Get-ComplianceSearch",
        searchWithStatus("Indexing"),
        searchWithStatus("PartiallySucceeded"));
    List<String> seen = new ArrayList<>();

    Poller.Result<ComplianceSearch> r =
        client.searchPoller("s", FAST, s -> seen.add(s.status().value())).await();

    assertThat(r.isCompleted()).isTrue();
    assertThat(seen).containsExactly("Indexing", "PartiallySucceeded");
    assertThat(r.lastValue().status().isSuccessful()).isFalse();
  }

  @Test
  void returnsTheLastStateOnTimeout() {
    cmdlets.on("Get-ComplianceSearch", searchWithStatus("InProgress"));

    Poller.Result<ComplianceSearch> r = client.awaitSearch("s", FAST);

    assertThat(r.outcome()).isEqualTo(Poller.Outcome.TIMED_OUT);
    assertThat(r.lastValue().status()).isEqualTo(SearchStatus.IN_PROGRESS);
    assertThat(r.polls()).isEqualTo(13);
    assertThat(r.elapsed()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void stopsWhenCancelledFromTheProgressCallback() {
    cmdlets.on("Get-ComplianceSearch", searchWithStatus("InProgress"));
    List<Poller<ComplianceSearch>> holder = new ArrayList<>();
    Poller<ComplianceSearch> poller =
        client.searchPoller(
            "s",
            FAST,
            s -> {
              if (cmdlets.requests("Get-ComplianceSearch").size() == 2) {
                holder.get(0).cancel();
              }
            });
    holder.add(poller);

    Poller.Result<ComplianceSearch> r = poller.await();

    assertThat(r.outcome()).isEqualTo(Poller.Outcome.CANCELLED);
    assertThat(r.polls()).isEqualTo(2);
    assertThat(r.lastValue().status()).isEqualTo(SearchStatus.IN_PROGRESS);
  }

  @Test
  void cancelWakesARealWaitAtOnce() throws Exception {
    cmdlets.on("Get-ComplianceSearch", searchWithStatus("InProgress"));
    ComplianceClient realTime =
        ComplianceClient.builder()
            .credential(new StaticTokenCredential("t"))
            .tenant(TENANT)
            .regionalHost(server.url("/").uri())
            .build();
    CountDownLatch firstPoll = new CountDownLatch(1);
    Poller<ComplianceSearch> poller =
        realTime.searchPoller(
            "s",
            WaitOptions.builder()
                .interval(Duration.ofHours(1))
                .timeout(Duration.ofHours(2))
                .build(),
            s -> firstPoll.countDown());
    ExecutorService waiter = Executors.newSingleThreadExecutor();
    try {
      Future<Poller.Result<ComplianceSearch>> result = waiter.submit(poller::await);
      assertThat(firstPoll.await(10, TimeUnit.SECONDS)).isTrue();

      poller.cancel();

      // Without the wake-up the wait would last an hour; the JUnit timeout is far shorter.
      assertThat(result.get(10, TimeUnit.SECONDS).outcome()).isEqualTo(Poller.Outcome.CANCELLED);
    } finally {
      waiter.shutdownNow();
    }
  }

  @Test
  void waitsForANewSearchToBecomeVisible() {
    cmdlets.on(
        "Get-ComplianceSearch",
        error(404, "error-404-object-not-found.json"),
        searchWithStatus("Completed"));

    Poller.Result<ComplianceSearch> r = client.awaitSearch("new-one", FAST);

    assertThat(r.isCompleted()).isTrue();
    assertThat(r.polls()).isEqualTo(2);
  }

  @Test
  void failsWhenTheSearchStaysMissingPastTheGracePeriod() {
    cmdlets.on("Get-ComplianceSearch", error(404, "error-404-object-not-found.json"));
    WaitOptions options =
        WaitOptions.builder()
            .interval(Duration.ofSeconds(10))
            .timeout(Duration.ofMinutes(5))
            .notFoundGrace(Duration.ofSeconds(25))
            .build();

    assertThatThrownBy(() -> client.awaitSearch("typo", options))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("compliance search 'typo' does not exist");
    assertThat(cmdlets.requests("Get-ComplianceSearch")).hasSize(4);
  }

  @Test
  void waitsForAnActionUntilItCompletes() {
    cmdlets.on(
        "Get-ComplianceSearchAction",
        actionWithStatus("Starting"),
        actionWithStatus("InProgress"),
        actionWithStatus("Completed"));

    Poller.Result<SearchAction> r = client.awaitAction("phish-2026-08-20_Purge", FAST);

    assertThat(r.isCompleted()).isTrue();
    assertThat(r.lastValue().status()).isEqualTo(SearchActionStatus.COMPLETED);
    assertThat(r.lastValue().purgeResults().totalItemCount()).isEqualTo(3);
  }

  @Test
  void treatsAFailedActionAsFinished() {
    cmdlets.on(
        "Get-ComplianceSearchAction", actionWithStatus("InProgress"), actionWithStatus("Failed"));

    Poller.Result<SearchAction> r = client.awaitAction("x_Purge", FAST);

    assertThat(r.isCompleted()).isTrue();
    assertThat(r.lastValue().status().isSuccessful()).isFalse();
  }

  @Test
  void keepsPollingAnActionWithAnUnknownStatusUntilTimeout() {
    cmdlets.on("Get-ComplianceSearchAction", actionWithStatus("Queued"));

    Poller.Result<SearchAction> r = client.awaitAction("x_Purge", FAST);

    assertThat(r.outcome()).isEqualTo(Poller.Outcome.TIMED_OUT);
    assertThat(r.lastValue().status().isKnown()).isFalse();
    assertThat(r.lastValue().status().value()).isEqualTo("Queued");
  }
}
