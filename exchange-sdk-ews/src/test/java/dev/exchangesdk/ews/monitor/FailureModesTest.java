package dev.exchangesdk.ews.monitor;

import static dev.exchangesdk.ews.monitor.StatefulEwsServer.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.ews.monitor.StatefulEwsServer.Fault;
import dev.exchangesdk.ews.monitor.StatefulEwsServer.Mail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the monitor does when things go wrong: throttling and outages in the middle of a poll,
 * rejected sync states, folders that disappear, come back or are renamed, unreadable mail.
 */
class FailureModesTest {
  private StatefulEwsServer ews;
  private MutableClock clock;
  private InMemoryCheckpointStore store;
  private final List<MailEvent> events = new CopyOnWriteArrayList<>();
  private final List<MonitorError> errors = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    ews = new StatefulEwsServer();
    clock = new MutableClock(ews.now());
    store = new InMemoryCheckpointStore(clock);
  }

  @AfterEach
  void tearDown() {
    ews.close();
  }

  private MailboxMonitor.Builder monitor(String folder) {
    return MailboxMonitor.builder()
        .client(ews.client())
        .watch(MAILBOX, folder)
        .checkpointStore(store)
        .handler(events::add)
        .errorListener(errors::add)
        .clock(clock)
        .instanceId("test");
  }

  private static PollReport poll(MailboxMonitor m) {
    return m.pollOnce().get(0);
  }

  private void assertEachDeliveredOnce(int expected) {
    assertThat(events).hasSize(expected);
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(expected);
  }

  // ---- throttling and outages

  @Test
  void throttlingInTheMiddleOfAPollDefersItAndTheNextPollResumesWithoutLossOrDuplicates() {
    for (int i = 0; i < 120; i++) {
      ews.deliver("Inbox", Mail.of("m" + i));
    }
    int[] handled = {0};
    try (MailboxMonitor m =
        monitor("Inbox")
            .maxMailsPerPoll(100)
            .handler(
                e -> {
                  events.add(e);
                  if (++handled[0] == 20) {
                    // The server throttles every attempt of the next call (4 attempts).
                    ews.failNext(Fault.BUSY_MESSAGE, 4);
                  }
                })
            .build()) {
      PollReport first = poll(m);
      assertThat(first.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(first.error()).isInstanceOf(ThrottledException.class);
      assertThat(first.delivered()).isEqualTo(50);
      assertThat(m.status().folders().get(0).consecutiveDeferrals()).isEqualTo(1);
      assertThat(ews.sleeps()).contains(Duration.ofMillis(250));

      PollReport second = poll(m);
      assertThat(second.outcome()).isEqualTo(PollOutcome.COMPLETED);
      PollReport third = poll(m);
      assertThat(third.morePending()).isFalse();
      assertThat(m.status().folders().get(0).consecutiveDeferrals()).isZero();
    }
    assertEachDeliveredOnce(120);
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void anOutageDefersThePollAndLosesNothing() {
    ews.deliver("Inbox", Mail.of("before"));
    try (MailboxMonitor m = monitor("Inbox").build()) {
      ews.failNext(Fault.UNAVAILABLE_503, 4);
      PollReport down = poll(m);
      assertThat(down.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(down.error()).isInstanceOf(ServiceUnavailableException.class);
      ews.failNext(Fault.DISCONNECT, 2);
      PollReport back = poll(m);
      assertThat(back.outcome()).isEqualTo(PollOutcome.COMPLETED);
    }
    assertEachDeliveredOnce(1);
  }

  @Test
  void theThirdThrottledPollInARowFailsAsInThePack() {
    try (MailboxMonitor m = monitor("Inbox").build()) {
      ews.failNext(Fault.BUSY_SOAP_FAULT, 12);
      assertThat(poll(m).outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(poll(m).outcome()).isEqualTo(PollOutcome.DEFERRED);
      PollReport third = poll(m);
      assertThat(third.outcome()).isEqualTo(PollOutcome.FAILED);
      assertThat(third.error()).isInstanceOf(ThrottledException.class);
      assertThat(errors).anyMatch(e -> e.kind() == MonitorError.Kind.POLL_FAILED);
      assertThat(poll(m).outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(m.status().folders().get(0).consecutiveDeferrals()).isZero();
    }
  }

  @Test
  void aMailboxBeingMovedGivesEmptyPollsThatNeverCountAsFailures() {
    ews.deliver("Inbox", Mail.of("waiting"));
    try (MailboxMonitor m = monitor("Inbox").build()) {
      ews.failNext("SyncFolderItems", Fault.MAILBOX_MOVE, 20);
      for (int i = 0; i < 4; i++) {
        PollReport r = poll(m);
        assertThat(r.outcome()).isEqualTo(PollOutcome.DEFERRED);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("ErrorMailboxMoveInProgress"));
      }
      assertThat(m.status().folders().get(0).consecutiveDeferrals()).isZero();
      ews.failNext("SyncFolderItems", Fault.BUSY_MESSAGE, 0);
    }
    assertThat(events).isEmpty();
  }

  // ---- sync state rejected

  @Test
  void aRejectedSyncStateResynchronizesAndSkipsWhatWasHandled() {
    for (int i = 0; i < 30; i++) {
      ews.deliver("Inbox", Mail.of("old " + i));
    }
    try (MailboxMonitor m = monitor("Inbox").build()) {
      poll(m);
      assertEachDeliveredOnce(30);
      ews.advance(Duration.ofMinutes(1));
      for (int i = 0; i < 5; i++) {
        ews.deliver("Inbox", Mail.of("new " + i));
      }
      ews.invalidateSyncStates();
      PollReport r = poll(m);

      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("rejected the sync state"));
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("re-synchronization complete"));
      assertThat(r.delivered()).isEqualTo(5);
      assertThat(r.skippedAlreadyHandled()).isEqualTo(30);
    }
    assertEachDeliveredOnce(35);
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void aResyncBeyondTheRememberedIdsSkipsSettledMailAndFlagsWhatItCannotRuleOut() {
    Instant start = ews.now();
    for (int i = 0; i < 700; i++) {
      ews.deliver("Inbox", Mail.of("old " + i).received(start.minusSeconds(60)));
    }
    try (MailboxMonitor m = monitor("Inbox").rememberedIds(600).maxMailsPerPoll(1000).build()) {
      poll(m);
      assertEachDeliveredOnce(700);
      // Time passes; a quiet poll settles the folder.
      ews.advance(Duration.ofMinutes(30));
      clock.advance(Duration.ofMinutes(30));
      poll(m);
      // A mail with an old received time is moved in, a new one arrives, then the state breaks.
      String other = ews.createFolder(MAILBOX, "Inbox", "Elsewhere");
      String parked =
          ews.deliver(
              MAILBOX, "Inbox/Elsewhere", Mail.of("moved in").received(start.minusSeconds(90)));
      ews.moveItem(MAILBOX, parked, ews.folderId(MAILBOX, "Inbox"));
      ews.deliver("Inbox", Mail.of("brand new"));
      ews.invalidateSyncStates();
      PollReport r = poll(m);

      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.delivered()).isEqualTo(2);
      assertThat(r.skippedAlreadyHandled()).isEqualTo(700);
      assertThat(other).isNotBlank();
    }
    assertThat(events).hasSize(702);
    MailEvent movedIn =
        events.get(700).subject().equals("moved in") ? events.get(700) : events.get(701);
    MailEvent fresh = movedIn == events.get(700) ? events.get(701) : events.get(700);
    assertThat(movedIn.possibleRedelivery()).isTrue();
    assertThat(fresh.subject()).isEqualTo("brand new");
    assertThat(fresh.possibleRedelivery()).isFalse();
  }

  // ---- folders

  @Test
  void aDeletedFolderFailsEveryPollKeepsItsCheckpointAndAReplacementStartsFromTheHighWaterMark() {
    String id = ews.createFolder(MAILBOX, "Inbox", "Phishing");
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      ews.deliver("Inbox/Phishing", Mail.of("first"));
      poll(m);
      ews.deleteFolder(MAILBOX, id);
      for (int i = 0; i < 2; i++) {
        PollReport gone = poll(m);
        assertThat(gone.outcome()).isEqualTo(PollOutcome.FAILED);
        assertThat(gone.error())
            .isInstanceOf(NotFoundException.class)
            .hasMessageContaining("no longer exists")
            .hasMessageContaining("checkpoint is kept");
      }
      assertThat(store.load(MonitoredFolder.of(MAILBOX, "Inbox/Phishing").key())).isPresent();

      ews.advance(Duration.ofMinutes(1));
      String replacement = ews.createFolder(MAILBOX, "Inbox", "Phishing");
      Instant nineDaysAgo = ews.now().minus(Duration.ofDays(9));
      // Old mail that has sat unchanged in the new folder is settled; old mail moved into it
      // after the old folder was last settled may be new to the monitor.
      ews.deliver("Inbox/Phishing", Mail.of("old, never moved").received(nineDaysAgo));
      String old = ews.deliver("Inbox", Mail.of("old, archived").received(nineDaysAgo));
      ews.moveItem(MAILBOX, old, replacement);
      ews.deliver("Inbox/Phishing", Mail.of("after the replacement"));
      clock.set(ews.now());
      PollReport back = poll(m);

      assertThat(back.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(back.notes()).anySatisfy(n -> assertThat(n).contains("new folder took its place"));
    }
    List<String> subjects = new ArrayList<>();
    events.forEach(e -> subjects.add(e.subject()));
    assertThat(subjects)
        .containsExactlyInAnyOrder("first", "old, archived", "after the replacement");
    assertThat(events.stream().filter(e -> e.subject().equals("old, archived")))
        .allMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void aFolderConfiguredByIdThatIsDeletedFailsWithAClearError() {
    String id = ews.createFolder(MAILBOX, "Inbox", "ById");
    try (MailboxMonitor m = monitor(id).build()) {
      poll(m);
      ews.deleteFolder(MAILBOX, id);
      PollReport gone = poll(m);
      assertThat(gone.outcome()).isEqualTo(PollOutcome.FAILED);
      assertThat(gone.error()).hasMessageContaining("no longer exists").hasMessageContaining(id);
    }
  }

  @Test
  void aRenamedFolderIsStillWatchedAndTheStaleConfiguredPathIsReported() {
    String id = ews.createFolder(MAILBOX, "Inbox", "Phishing");
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      poll(m);
    }
    ews.renameFolder(MAILBOX, id, "Phishing (old)");
    ews.deliver("Inbox/Phishing (old)", Mail.of("still arrives"));
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      PollReport r = poll(m);
      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.notes())
          .anySatisfy(
              n ->
                  assertThat(n)
                      .contains("'Inbox/Phishing' no longer resolves")
                      .contains("Phishing (old)"));
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("still arrives");
  }

  @Test
  void mailMovedInAndOutIsDeliveredOncePerArrival() {
    ews.createFolder(MAILBOX, "Inbox", "Phishing");
    String inbox = ews.folderId(MAILBOX, "Inbox");
    String phishing = ews.folderId(MAILBOX, "Inbox/Phishing");
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      poll(m);
      String a = ews.deliver("Inbox", Mail.of("moved in later"));
      String b = ews.deliver("Inbox/Phishing", Mail.of("moved out before the poll"));
      ews.moveItem(MAILBOX, b, inbox);
      String inPhishing = ews.moveItem(MAILBOX, a, phishing);
      poll(m);
      // Out and back in: a new item in the folder, delivered as such.
      String out = ews.moveItem(MAILBOX, inPhishing, inbox);
      ews.moveItem(MAILBOX, out, phishing);
      poll(m);
    }
    assertThat(events)
        .extracting(MailEvent::subject)
        .containsExactly("moved in later", "moved in later");
    assertThat(events.get(0).idempotencyKey()).isNotEqualTo(events.get(1).idempotencyKey());
  }

  // ---- unreadable mail

  @Test
  void unparsableMailStopsTheFolderUntilSkippingIsEnabled() {
    ews.deliver("Inbox", Mail.of("a"));
    String bad = ews.deliver("Inbox", Mail.of("b"));
    ews.deliver("Inbox", Mail.of("c"));
    ews.corruptItem(MAILBOX, bad);
    try (MailboxMonitor m = monitor("Inbox").build()) {
      for (int i = 0; i < 2; i++) {
        PollReport r = poll(m);
        assertThat(r.outcome()).isEqualTo(PollOutcome.FAILED);
        assertThat(r.error())
            .isInstanceOfSatisfying(
                UnparsableMailException.class, u -> assertThat(u.itemId()).isEqualTo(bad))
            .hasMessageContaining("skipUnparsable");
      }
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("a");
    try (MailboxMonitor m = monitor("Inbox").skipUnparsable(true).build()) {
      PollReport r = poll(m);
      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.unparsable()).isEqualTo(1);
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("a", "c");
    assertThat(errors)
        .filteredOn(e -> e.kind() == MonitorError.Kind.UNPARSABLE_MAIL)
        .singleElement()
        .satisfies(e -> assertThat(e.itemId()).isEqualTo(bad));
  }

  @Test
  void mailTheServerReportsCorruptGoesToTheListenerWhenSkipping() {
    String bad = ews.deliver("Inbox", Mail.of("corrupt"));
    ews.deliver("Inbox", Mail.of("fine"));
    ews.failItem(MAILBOX, bad, "ErrorCorruptData");
    try (MailboxMonitor m = monitor("Inbox").skipUnparsable(true).build()) {
      poll(m);
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("fine");
    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(MonitorError.Kind.UNPARSABLE_MAIL);
              assertThat(e.itemId()).isEqualTo(bad);
              assertThat(e.error()).hasMessageContaining("ErrorCorruptData");
            });
  }

  @Test
  void anUnparsableMailIsReportedAgainWhenTheListenerThrows() {
    String bad = ews.deliver("Inbox", Mail.of("corrupt"));
    ews.failItem(MAILBOX, bad, "ErrorCorruptData");
    int[] calls = {0};
    try (MailboxMonitor m =
        monitor("Inbox")
            .skipUnparsable(true)
            .errorListener(
                e -> {
                  if (e.kind() == MonitorError.Kind.UNPARSABLE_MAIL && calls[0]++ == 0) {
                    throw new IllegalStateException("ticket system down");
                  }
                })
            .build()) {
      assertThat(poll(m).outcome()).isEqualTo(PollOutcome.FAILED);
      assertThat(poll(m).outcome()).isEqualTo(PollOutcome.COMPLETED);
    }
    assertThat(calls[0]).isEqualTo(2);
  }

  @Test
  void mailThatVanishesBeforeItIsReadIsCountedNotFailed() {
    String gone = ews.deliver("Inbox", Mail.of("gone"));
    ews.deliver("Inbox", Mail.of("here"));
    ews.failItem(MAILBOX, gone, "ErrorItemNotFound");
    try (MailboxMonitor m = monitor("Inbox").build()) {
      PollReport r = poll(m);
      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.vanished()).isEqualTo(1);
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("here");
  }

  // ---- size

  @Test
  void aFolderOfMoreThanAThousandItemsIsSynchronizedInBatches() {
    Instant old = ews.now().minus(Duration.ofDays(30));
    for (int i = 0; i < 1500; i++) {
      ews.deliver("Inbox", Mail.of("archive " + i).received(old));
    }
    for (int i = 0; i < 30; i++) {
      ews.deliver("Inbox", Mail.of("recent " + i));
    }
    try (MailboxMonitor m = monitor("Inbox").build()) {
      PollReport r = poll(m);
      assertThat(r.skippedBeforeWindow()).isEqualTo(1500);
      assertThat(r.delivered()).isEqualTo(30);
      assertThat(ews.calls("SyncFolderItems")).isGreaterThanOrEqualTo(3);
      ews.deliver("Inbox", Mail.of("later"));
      assertThat(poll(m).delivered()).isEqualTo(1);
    }
    assertEachDeliveredOnce(31);
  }

  @Test
  void modifiedTimeModeDeliversEachNewVersionButNotReadFlagChanges() {
    String id = ews.deliver("Inbox", Mail.of("evolving"));
    try (MailboxMonitor m = monitor("Inbox").timeFilter(TimeFilter.MODIFIED_TIME).build()) {
      poll(m);
      ews.markRead(MAILBOX, id);
      assertThat(poll(m).delivered()).isZero();
      ews.advance(Duration.ofMinutes(1));
      ews.touch(MAILBOX, id);
      assertThat(poll(m).delivered()).isEqualTo(1);
    }
    assertThat(events).hasSize(2);
    Set<String> keys = new HashSet<>();
    events.forEach(e -> keys.add(e.idempotencyKey()));
    assertThat(keys).hasSize(2);
    assertThat(events.get(0).itemId()).isEqualTo(events.get(1).itemId());
  }
}
