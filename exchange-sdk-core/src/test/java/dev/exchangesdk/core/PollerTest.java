package dev.exchangesdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PollerTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));

  /** A sleeper that moves the clock instead of waiting. */
  private final Sleeper clockSleeper = clock::advance;

  @Test
  void pollsUntilDoneReportingEveryState() {
    Iterator<String> states = List.of("Starting", "InProgress", "Completed").iterator();
    List<String> progress = new ArrayList<>();

    Poller.Result<String> result =
        Poller.<String>builder()
            .operation(states::next)
            .isDone("Completed"::equals)
            .interval(Duration.ofSeconds(10))
            .timeout(Duration.ofMinutes(5))
            .onProgress(progress::add)
            .clock(clock)
            .sleeper(clockSleeper)
            .build()
            .await();

    assertThat(result.outcome()).isEqualTo(Poller.Outcome.COMPLETED);
    assertThat(result.lastValue()).isEqualTo("Completed");
    assertThat(result.polls()).isEqualTo(3);
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(20));
    assertThat(progress).containsExactly("Starting", "InProgress", "Completed");
  }

  @Test
  void givesUpAtTheTimeoutWithTheLastStateSeen() {
    Poller.Result<String> result =
        Poller.<String>builder()
            .operation(() -> "InProgress")
            .isDone("Completed"::equals)
            .interval(Duration.ofSeconds(10))
            .timeout(Duration.ofSeconds(25))
            .clock(clock)
            .sleeper(clockSleeper)
            .build()
            .await();

    assertThat(result.outcome()).isEqualTo(Poller.Outcome.TIMED_OUT);
    assertThat(result.lastValue()).isEqualTo("InProgress");
    assertThat(result.polls()).isEqualTo(4); // at 0, 10, 20 and 25 seconds
    assertThat(result.elapsed()).isEqualTo(Duration.ofSeconds(25));
  }

  @Test
  void cancelFromAnotherThreadWakesAWaitingPoller() throws Exception {
    CountDownLatch firstPoll = new CountDownLatch(1);
    Poller<String> poller =
        Poller.<String>builder()
            .operation(
                () -> {
                  firstPoll.countDown();
                  return "InProgress";
                })
            .isDone("Completed"::equals)
            .interval(Duration.ofHours(1))
            .timeout(Duration.ofHours(2))
            .build();

    CompletableFuture<Poller.Result<String>> waiting = CompletableFuture.supplyAsync(poller::await);
    assertThat(firstPoll.await(10, TimeUnit.SECONDS)).isTrue();
    poller.cancel();

    Poller.Result<String> result = waiting.get(10, TimeUnit.SECONDS);
    assertThat(result.outcome()).isEqualTo(Poller.Outcome.CANCELLED);
    assertThat(result.lastValue()).isEqualTo("InProgress");
    assertThat(result.polls()).isEqualTo(1);
  }

  @Test
  void aPollerCancelledBeforeItStartsNeverPolls() {
    Poller<String> poller =
        Poller.<String>builder()
            .operation(
                () -> {
                  throw new AssertionError("must not poll");
                })
            .isDone(s -> true)
            .build();
    poller.cancel();

    assertThat(poller.await().outcome()).isEqualTo(Poller.Outcome.CANCELLED);
  }
}
