package dev.exchangesdk.ews.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.testkit.FakeMailbox;
import dev.exchangesdk.testkit.MailboxUnavailable;
import dev.exchangesdk.testkit.UnreadableItem;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The failure modes of {@link FailureModesTest} that need server-side state, against FakeExchange's
 * own fault injection over HTTPS: mailbox moves, revoked sync states and unreadable mail. {@code
 * FailureModesTest} checks the same against the stopgap {@link StatefulEwsServer}.
 */
class FailureModesOnFakeExchangeTest {
  private static final String SOC = "soc@contoso.com";
  private static final String FOLDER = "Inbox/Phishing";

  private FakeExchangeServer server;
  private FakeMailbox soc;
  private MutableClock clock;
  private InMemoryCheckpointStore store;
  private final List<MailEvent> events = new CopyOnWriteArrayList<>();
  private final List<MonitorError> errors = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    server = new FakeExchangeServer(true);
    soc = server.fake.createMailbox(SOC, "SOC");
    soc.createFolder(FOLDER);
    clock = new MutableClock(server.now());
    store = new InMemoryCheckpointStore(clock);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private MailboxMonitor.Builder monitor() {
    return MailboxMonitor.builder()
        .client(server.client())
        .watch(SOC, FOLDER)
        .checkpointStore(store)
        .handler(events::add)
        .errorListener(errors::add)
        .clock(clock)
        .instanceId("fake-test");
  }

  private static NewMessage mail(String subject) {
    return FakeExchangeServer.phish(SOC, subject);
  }

  private ItemInfo deliverAt(Instant at, String folder, NewMessage m) {
    return server.deliverAt(soc, at, folder, m);
  }

  private static PollReport poll(MailboxMonitor m) {
    return m.pollOnce().get(0);
  }

  private List<String> subjects() {
    List<String> out = new ArrayList<>();
    events.forEach(e -> out.add(e.subject()));
    return out;
  }

  private void assertEachDeliveredOnce(int expected) {
    assertThat(events).hasSize(expected);
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(expected);
  }

  // ---- mailbox moves

  @ParameterizedTest
  @EnumSource(MailboxUnavailable.class)
  void aMailboxBeingMovedGivesEmptyPollsThatNeverCountAsFailures(MailboxUnavailable reason) {
    soc.deliver(FOLDER, mail("before"));
    try (MailboxMonitor m = monitor().build()) {
      poll(m);
      soc.deliver(FOLDER, mail("waiting"));
      server.fake.faults().mailboxUnavailable(SOC, reason, 1000);
      // More polls than maxConsecutiveDeferrals: a move never turns into a failure.
      for (int i = 0; i < 5; i++) {
        PollReport r = poll(m);
        assertThat(r.outcome()).isEqualTo(PollOutcome.DEFERRED);
        assertThat(r.delivered()).isZero();
        assertThat(r.error())
            .isInstanceOfSatisfying(
                ServiceUnavailableException.class,
                e -> assertThat(e.errorCode()).isEqualTo(reason.responseCode()));
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains(reason.responseCode()));
        assertThat(m.status().folders().get(0).consecutiveDeferrals()).isZero();
        assertThat(m.status().folders().get(0).consecutiveFailures()).isZero();
      }
      assertThat(server.fake.faults().pending(SOC)).isLessThan(1000);

      server.fake.faults().clear(); // the move is done
      PollReport after = poll(m);
      assertThat(after.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(after.delivered()).isEqualTo(1);
    }
    assertThat(subjects()).containsExactly("before", "waiting");
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
    assertThat(errors).isEmpty();
  }

  @Test
  void aMoveInTheMiddleOfAPollDefersItAndTheNextPollResumesWithoutLossOrDuplicates() {
    for (int i = 0; i < 120; i++) {
      soc.deliver(FOLDER, mail("m" + i));
    }
    int[] handled = {0};
    try (MailboxMonitor m =
        monitor()
            .maxMailsPerPoll(100)
            .handler(
                e -> {
                  events.add(e);
                  if (++handled[0] == 20) {
                    server
                        .fake
                        .faults()
                        .mailboxUnavailable(SOC, MailboxUnavailable.MOVE_IN_PROGRESS, 8);
                  }
                })
            .build()) {
      PollReport first = poll(m);
      assertThat(first.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(first.delivered()).isBetween(20, 99);
      PollReport second = poll(m);
      assertThat(second.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(second.delivered()).isZero();
      assertThat(server.fake.faults().pending(SOC)).isZero();
      while (poll(m).morePending()) {
        // drain
      }
      assertThat(m.status().folders().get(0).consecutiveDeferrals()).isZero();
    }
    assertEachDeliveredOnce(120);
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  // ---- sync states revoked

  @Test
  void aRevokedSyncStateResynchronizesAndSkipsWhatWasHandled() {
    for (int i = 0; i < 30; i++) {
      soc.deliver(FOLDER, mail("old " + i));
    }
    try (MailboxMonitor m = monitor().build()) {
      poll(m);
      assertEachDeliveredOnce(30);
      server.clock.advance(Duration.ofMinutes(1));
      for (int i = 0; i < 5; i++) {
        soc.deliver(FOLDER, mail("new " + i));
      }
      server.fake.faults().revokeSyncStates(SOC);
      PollReport r = poll(m);

      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("rejected the sync state"));
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("re-synchronization complete"));
      assertThat(r.delivered()).isEqualTo(5);
      assertThat(r.skippedAlreadyHandled()).isEqualTo(30);
      // The new state works: nothing more, nothing again.
      assertThat(poll(m).delivered()).isZero();
    }
    assertEachDeliveredOnce(35);
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void aResyncBeyondTheRememberedIdsSkipsSettledMailAndFlagsWhatItCannotRuleOut() {
    Instant start = server.now();
    for (int i = 0; i < 700; i++) {
      deliverAt(start.minusSeconds(60), FOLDER, mail("old " + i));
    }
    try (MailboxMonitor m = monitor().rememberedIds(600).maxMailsPerPoll(1000).build()) {
      poll(m);
      assertEachDeliveredOnce(700);
      // Time passes; a quiet poll settles the folder.
      server.clock.advance(Duration.ofMinutes(30));
      clock.advance(Duration.ofMinutes(30));
      poll(m);
      // A mail with an old received time is moved in, a new one arrives, then the state breaks.
      soc.createFolder("Inbox/Elsewhere");
      ItemInfo parked = deliverAt(start.minusSeconds(90), "Inbox/Elsewhere", mail("moved in"));
      soc.moveItem(parked.id(), FOLDER);
      soc.deliver(FOLDER, mail("brand new"));
      server.fake.faults().revokeSyncStates();
      PollReport r = poll(m);

      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.delivered()).isEqualTo(2);
      assertThat(r.skippedAlreadyHandled()).isEqualTo(700);
    }
    assertEachDeliveredOnce(702);
    List<MailEvent> last = events.subList(700, 702);
    assertThat(last)
        .extracting(MailEvent::subject)
        .containsExactlyInAnyOrder("moved in", "brand new");
    for (MailEvent e : last) {
      // Only the mail it cannot tell from one handled before is flagged.
      assertThat(e.possibleRedelivery()).isEqualTo(e.subject().equals("moved in"));
    }
  }

  // ---- unreadable mail

  @ParameterizedTest
  @EnumSource(UnreadableItem.class)
  void anUnreadableMailStopsTheFolderUntilSkippingIsEnabledThenGoesToTheListener(
      UnreadableItem how) {
    Instant now = server.now();
    deliverAt(now.minusSeconds(3), FOLDER, mail("a"));
    String bad = deliverAt(now.minusSeconds(2), FOLDER, mail("b")).id();
    deliverAt(now.minusSeconds(1), FOLDER, mail("c"));
    server.fake.faults().unreadableItem(SOC, bad, how);
    try (MailboxMonitor m = monitor().build()) {
      for (int i = 0; i < 2; i++) {
        PollReport r = poll(m);
        assertThat(r.outcome()).isEqualTo(PollOutcome.FAILED);
        assertThat(r.error())
            .isInstanceOfSatisfying(
                UnparsableMailException.class, u -> assertThat(u.itemId()).isEqualTo(bad))
            .hasMessageContaining("skipUnparsable");
      }
    }
    assertThat(subjects()).containsExactly("a");
    try (MailboxMonitor m = monitor().skipUnparsable(true).build()) {
      PollReport r = poll(m);
      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(r.unparsable()).isEqualTo(1);
      assertThat(poll(m).unparsable()).isZero();
    }
    assertThat(subjects()).containsExactly("a", "c");
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
    assertThat(errors)
        .filteredOn(e -> e.kind() == MonitorError.Kind.UNPARSABLE_MAIL)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.itemId()).isEqualTo(bad);
              if (how == UnreadableItem.CORRUPT_DATA) {
                assertThat(e.error()).hasMessageContaining("ErrorCorruptData");
              } else {
                assertThat(e.error()).hasCauseInstanceOf(ResponseFormatException.class);
              }
            });
  }
}
