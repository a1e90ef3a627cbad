package dev.exchangesdk.ews.monitor;

import static dev.exchangesdk.ews.monitor.StatefulEwsServer.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.ews.monitor.StatefulEwsServer.Mail;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The managed service: background polling, backlog draining, back-off and graceful close. These
 * tests wait for outcomes (with a generous deadline), never for durations.
 */
class ServiceModeTest {
  private static final String OTHER = "abuse@contoso.com";

  private StatefulEwsServer ews;
  private InMemoryCheckpointStore store;
  private final List<MailEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    ews = new StatefulEwsServer();
    ews.now(Clock.systemUTC().instant());
    store = new InMemoryCheckpointStore();
  }

  @AfterEach
  void tearDown() {
    ews.close();
  }

  private MailboxMonitor.Builder monitor() {
    return MailboxMonitor.builder()
        .client(ews.client())
        .watch(MAILBOX, "Inbox")
        .checkpointStore(store)
        .handler(events::add)
        .instanceId("service-test");
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not reached");
      }
      Thread.sleep(10);
    }
  }

  @Test
  void theServiceDrainsABacklogByPollingAgainAtOnceNotAfterTheInterval() throws Exception {
    for (int i = 0; i < 400; i++) {
      ews.deliver("Inbox", Mail.of("backlog " + i));
    }
    ews.validateRequests(false);
    try (MailboxMonitor m =
        monitor().pollInterval(Duration.ofHours(1)).maxMailsPerPoll(25).build()) {
      m.start();
      assertThat(m.status().running()).isTrue();
      await(() -> m.status().mailsHandled() == 400);
      FolderStatus s = m.status().folders().get(0);
      assertThat(s.polls()).isGreaterThanOrEqualTo(16);
      await(() -> !m.status().folders().get(0).morePending());
      assertThatThrownBy(m::pollOnce).isInstanceOf(IllegalStateException.class);
    }
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(400);
  }

  @Test
  void closeLetsTheMailBeingHandledFinishAndRecordsIt() throws Exception {
    ews.deliver("Inbox", Mail.of("first"));
    ews.deliver("Inbox", Mail.of("second"));
    CountDownLatch inHandler = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    MailboxMonitor m =
        monitor()
            .handler(
                e -> {
                  if (e.subject().equals("first")) {
                    inHandler.countDown();
                    release.await();
                  }
                  events.add(e);
                })
            .build();
    m.start();
    assertThat(inHandler.await(60, TimeUnit.SECONDS)).isTrue();
    Thread closer = new Thread(m::close);
    closer.start();
    await(() -> !m.status().running());
    release.countDown();
    closer.join(60_000);
    assertThat(events).extracting(MailEvent::subject).containsExactly("first");

    try (MailboxMonitor again = monitor().build()) {
      again.pollOnce();
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("first", "second");
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void aFailingFolderBacksOffWhileTheOthersKeepGoing() throws Exception {
    ews.mailbox(OTHER);
    Duration interval = Duration.ofMillis(100);
    try (MailboxMonitor m =
        monitor()
            .watch(OTHER, "Inbox")
            .pollInterval(interval)
            .handler(
                e -> {
                  if (e.mailbox().equals(OTHER)) {
                    throw new IllegalStateException("no route for " + e.mailbox());
                  }
                  events.add(e);
                })
            .build()) {
      m.start();
      ews.deliver(OTHER, "Inbox", Mail.of("stuck"));
      for (int i = 0; i < 5; i++) {
        ews.deliver(MAILBOX, "Inbox", Mail.of("flowing " + i));
      }
      await(() -> events.size() == 5 && m.status().folders().get(1).consecutiveFailures() >= 2);
      FolderStatus failing = m.status().folders().get(1);
      assertThat(failing.lastOutcome()).isEqualTo(PollOutcome.FAILED);
      assertThat(failing.lastError()).isInstanceOf(MailHandlerException.class);
      Duration backoff = Duration.between(failing.lastPollFinishedAt(), failing.nextPollAt());
      assertThat(backoff)
          .isGreaterThanOrEqualTo(interval.multipliedBy(1L << (failing.consecutiveFailures() - 1)));
      assertThat(m.status().healthy()).isFalse();
      assertThat(m.status().folders().get(0).healthy()).isTrue();
    }
  }

  @Test
  void pollOnceRunsEveryFolderAtOnceWithinTheConcurrencyLimit() {
    ews.mailbox(OTHER);
    ews.deliver(MAILBOX, "Inbox", Mail.of("a"));
    ews.deliver(OTHER, "Inbox", Mail.of("b"));
    try (MailboxMonitor m = monitor().watch(OTHER, "Inbox").concurrency(2).build()) {
      List<PollReport> reports = m.pollOnce();
      assertThat(reports).extracting(r -> r.folder().mailbox()).containsExactly(MAILBOX, OTHER);
      assertThat(reports).allMatch(r -> r.delivered() == 1);
      assertThat(m.status().mailsHandled()).isEqualTo(2);
    }
  }

  @Test
  void twoMonitorsSharingAStoreNeverWorkOnOneFolderAtOnce() {
    ews.deliver("Inbox", Mail.of("once"));
    try (MailboxMonitor a = monitor().instanceId("a").build();
        MailboxMonitor b = monitor().instanceId("b").build()) {
      PollReport first = a.pollOnce().get(0);
      PollReport second = b.pollOnce().get(0);
      assertThat(first.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(second.outcome()).isEqualTo(PollOutcome.SKIPPED);
      assertThat(second.notes()).anySatisfy(n -> assertThat(n).contains("lease"));
    }
    assertThat(events).hasSize(1);
  }
}
