package dev.exchangesdk.ews.monitor;

import static dev.exchangesdk.ews.monitor.StatefulEwsServer.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.ews.monitor.StatefulEwsServer.Mail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The query feed (FindItem on a time mark): public folders, and the pack's mechanism on request,
 * without the pack's gaps (PARITY 3.3/3.4).
 */
class QueryFeedTest {
  private StatefulEwsServer ews;
  private MutableClock clock;
  private InMemoryCheckpointStore store;
  private final List<MailEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    ews = new StatefulEwsServer();
    ews.now(Instant.parse("2021-07-14T13:00:00Z"));
    clock = new MutableClock(ews.now());
    store = new InMemoryCheckpointStore(clock);
  }

  @AfterEach
  void tearDown() {
    ews.close();
  }

  private MailboxMonitor.Builder monitor(MonitoredFolder folder) {
    return MailboxMonitor.builder()
        .client(ews.client())
        .watch(folder)
        .checkpointStore(store)
        .handler(events::add)
        .clock(clock)
        .instanceId("test");
  }

  private String checkpoint(MonitoredFolder folder) {
    return new String(store.load(folder.key()).orElseThrow().data(), StandardCharsets.UTF_8);
  }

  @Test
  void publicFoldersAreWatchedWithFindItemBecauseSyncIsNotAvailableThere() {
    ews.createPublicFolder("Phishing Reports");
    MonitoredFolder folder = MonitoredFolder.publicFolder(MAILBOX, "Phishing Reports");
    try (MailboxMonitor m = monitor(folder).build()) {
      m.pollOnce();
      ews.advance(Duration.ofSeconds(5));
      ews.deliver(MAILBOX, "publicfoldersroot/Phishing Reports", Mail.of("reported"));
      PollReport r = m.pollOnce().get(0);
      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.delivered()).isEqualTo(1);
      m.pollOnce();
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("reported");
    assertThat(ews.calls("SyncFolderItems")).isZero();
    assertThat(ews.calls("FindItem")).isPositive();
    assertThat(checkpoint(folder)).contains("\"feed\": \"query\"");
  }

  /** PARITY 3.3's transition table with max = 1, on ItemIds rather than Message-IDs. */
  @Test
  void followsThePackTransitionsWithoutItsEndlessLoop() {
    MonitoredFolder inbox = MonitoredFolder.of(MAILBOX, "Inbox");
    try (MailboxMonitor m =
        monitor(inbox).changeFeed(ChangeFeed.QUERY).maxMailsPerPoll(1).build()) {
      // none, no mail: nothing happens; the mark starts at the first-fetch window.
      assertThat(m.pollOnce().get(0).delivered()).isZero();
      assertThat(checkpoint(inbox)).contains("\"queryMark\": \"2021-07-14T12:50:00Z\"");

      // m1 at 13:00:00: delivered; the mark moves to it, its id is the boundary.
      ews.deliver("Inbox", Mail.of("m1").received(Instant.parse("2021-07-14T13:00:00Z")));
      assertThat(m.pollOnce().get(0).delivered()).isEqualTo(1);
      assertThat(checkpoint(inbox)).contains("\"queryMark\": \"2021-07-14T13:00:00Z\"");

      // m2 and m3 at 13:09: one per poll; the mark stands still and the boundary accumulates.
      ews.deliver("Inbox", Mail.of("m2").received(Instant.parse("2021-07-14T13:09:00Z")));
      ews.deliver(
          "Inbox", Mail.of("m3").messageId(null).received(Instant.parse("2021-07-14T13:09:00Z")));
      assertThat(m.pollOnce().get(0).delivered()).isEqualTo(1);
      assertThat(checkpoint(inbox)).contains("\"queryMark\": \"2021-07-14T13:09:00Z\"");
      assertThat(m.pollOnce().get(0).delivered()).isEqualTo(1);
      assertThat(boundarySize(checkpoint(inbox))).isEqualTo(2);

      // No new mail: unchanged, and nothing delivered twice.
      String before = checkpoint(inbox).replaceAll("\"updatedAt\": \"[^\"]*\"", "");
      assertThat(m.pollOnce().get(0).delivered()).isZero();
      assertThat(checkpoint(inbox).replaceAll("\"updatedAt\": \"[^\"]*\"", "")).isEqualTo(before);
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("m1", "m2", "m3");
  }

  @Test
  void manyMailsSharingOneSecondAreEachDeliveredOnce() {
    Instant second = Instant.parse("2021-07-14T12:59:00Z");
    for (int i = 0; i < 120; i++) {
      ews.deliver("Inbox", Mail.of("same " + i).received(second));
    }
    try (MailboxMonitor m =
        monitor(MonitoredFolder.of(MAILBOX, "Inbox"))
            .changeFeed(ChangeFeed.QUERY)
            .maxMailsPerPoll(50)
            .build()) {
      for (int i = 0; i < 4; i++) {
        m.pollOnce();
      }
    }
    assertThat(events).hasSize(120);
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(120);
  }

  @Test
  void receivedTimeQueriesMissMailMovedInWithAnOlderTimeWhichModifiedTimeQueriesSee() {
    ews.createFolder(MAILBOX, "Inbox", "Phishing");
    String phishing = ews.folderId(MAILBOX, "Inbox/Phishing");
    MonitoredFolder byReceived = MonitoredFolder.of(MAILBOX, "Inbox/Phishing");
    try (MailboxMonitor received = monitor(byReceived).changeFeed(ChangeFeed.QUERY).build();
        MailboxMonitor modified =
            MailboxMonitor.builder()
                .client(ews.client())
                .watch(MAILBOX, "Inbox/Phishing")
                .checkpointStore(new InMemoryCheckpointStore(clock))
                .handler(events::add)
                .changeFeed(ChangeFeed.QUERY)
                .timeFilter(TimeFilter.MODIFIED_TIME)
                .clock(clock)
                .build()) {
      received.pollOnce();
      modified.pollOnce();
      ews.advance(Duration.ofMinutes(2));
      ews.deliver("Inbox/Phishing", Mail.of("new"));
      String old =
          ews.deliver(
              "Inbox", Mail.of("old, moved in").received(ews.now().minus(Duration.ofHours(5))));
      ews.moveItem(MAILBOX, old, phishing);
      assertThat(received.pollOnce().get(0).delivered()).isEqualTo(1);
      assertThat(modified.pollOnce().get(0).delivered()).isEqualTo(2);
    }
    assertThat(events)
        .extracting(MailEvent::subject)
        .containsExactly("new", "new", "old, moved in");
  }

  @Test
  void switchingFromTheQueryFeedToSyncContinuesFromTheHighWaterMark() {
    MonitoredFolder inbox = MonitoredFolder.of(MAILBOX, "Inbox");
    for (int i = 0; i < 3; i++) {
      ews.deliver("Inbox", Mail.of("before " + i));
    }
    try (MailboxMonitor m = monitor(inbox).changeFeed(ChangeFeed.QUERY).build()) {
      m.pollOnce();
    }
    ews.advance(Duration.ofMinutes(1));
    ews.deliver("Inbox", Mail.of("after"));
    try (MailboxMonitor m = monitor(inbox).changeFeed(ChangeFeed.SYNC).build()) {
      PollReport r = m.pollOnce().get(0);
      assertThat(r.notes())
          .anySatisfy(n -> assertThat(n).contains("change feed changed from query to sync"));
      assertThat(r.delivered()).isEqualTo(1);
    }
    assertThat(events)
        .extracting(MailEvent::subject)
        .containsExactly("before 0", "before 1", "before 2", "after");
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  private static int boundarySize(String json) {
    String b = json.replaceAll("(?s).*\"queryBoundary\": \"([^\"]*)\".*", "$1");
    return java.util.Base64.getDecoder().decode(b).length / 8;
  }
}
