package dev.exchangesdk.ews.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.testkit.Endpoint;
import dev.exchangesdk.testkit.FakeMailbox;
import dev.exchangesdk.testkit.ServerBusyForm;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The monitor against FakeExchange over HTTPS with the real EwsClient: the scenarios of issue 4 on
 * the testkit's own SyncFolderItems, GetItem, GetAttachment, UpdateItem and MoveItem.
 */
class MonitorOnFakeExchangeTest {
  private static final String SOC = "soc@contoso.com";

  private FakeExchangeServer server;
  private FakeMailbox soc;
  private MutableClock clock;
  private InMemoryCheckpointStore store;
  private final List<MailEvent> events = new CopyOnWriteArrayList<>();

  @BeforeEach
  void setUp() {
    server = new FakeExchangeServer(true);
    soc = server.fake.createMailbox(SOC, "SOC");
    soc.createFolder("Inbox/Phishing");
    clock = new MutableClock(server.now());
    store = new InMemoryCheckpointStore(clock);
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private MailboxMonitor.Builder monitor(String folder) {
    return MailboxMonitor.builder()
        .client(server.client())
        .watch(SOC, folder)
        .checkpointStore(store)
        .handler(events::add)
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

  @Test
  void firstRunSkipsMailOlderThanTheWindowAndDeliversEverythingNewAfterwards() {
    deliverAt(server.now().minus(Duration.ofHours(3)), "Inbox/Phishing", mail("old"));
    soc.deliver("Inbox/Phishing", mail("recent"));
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      PollReport first = poll(m);
      assertThat(first.skippedBeforeWindow()).isEqualTo(1);
      soc.deliver("Inbox/Phishing", mail("next"));
      poll(m);
    }
    assertThat(subjects()).containsExactly("recent", "next");
  }

  @Test
  void theEventCarriesTheMailItsHeadersAndItsAttachments() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10};
    NewMessage inner = mail("the original phish");
    soc.deliver(
        "Inbox/Phishing",
        NewMessage.builder()
            .from("Mallory", "mallory@evil.example")
            .to(SOC)
            .cc("cfo@contoso.com")
            .subject("Fwd: invoice")
            .html("<p>see <img src=\"cid:logo\"></p>")
            .header("X-Phish-Score", "9")
            .attachFile("invoice.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8))
            .inlineImage("logo.png", "image/png", "logo", png)
            .attachMessage(inner)
            .build());
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      poll(m);
    }
    MailEvent e = events.get(0);
    assertThat(e.subject()).isEqualTo("Fwd: invoice");
    assertThat(e.from().address()).isEqualTo("mallory@evil.example");
    assertThat(e.cc()).extracting(a -> a.address()).containsExactly("cfo@contoso.com");
    assertThat(e.internetMessageId()).isNotBlank();
    assertThat(e.headers())
        .anySatisfy(h -> assertThat(h.name()).isEqualToIgnoringCase("X-Phish-Score"));
    assertThat(e.htmlBody()).contains("cid:logo");
    assertThat(e.attachments())
        .extracting(MailAttachment::name)
        .contains("invoice.pdf", "logo-attachmentName-logo.png");
    MailAttachment attached =
        e.attachments().stream()
            .filter(a -> a.kind() == AttachmentInfo.Kind.ITEM)
            .findFirst()
            .orElseThrow();
    assertThat(attached.name()).endsWith(".eml");
    assertThat(new String(attached.bytes(), StandardCharsets.UTF_8)).contains("the original phish");
    MailAttachment pdf =
        e.attachments().stream()
            .filter(a -> a.name().equals("invoice.pdf"))
            .findFirst()
            .orElseThrow();
    assertThat(pdf.bytes()).isEqualTo("%PDF".getBytes(StandardCharsets.UTF_8));
    assertThat(pdf.sha256()).hasSize(64);
  }

  @Test
  void mailWithoutMessageIdManyInOneSecondAndSharedMessageIdsAreAllDelivered() {
    soc.deliver(
        "Inbox/Phishing",
        NewMessage.builder()
            .from("x@evil.example")
            .to(SOC)
            .subject("no id")
            .withoutMessageId()
            .build());
    for (int i = 0; i < 3; i++) {
      soc.deliver(
          "Inbox/Phishing",
          NewMessage.builder()
              .from("x@evil.example")
              .to(SOC)
              .subject("shared " + i)
              .messageId("<same@evil.example>")
              .build());
    }
    for (int i = 0; i < 120; i++) {
      soc.deliver("Inbox/Phishing", mail("same second " + i));
    }
    try (MailboxMonitor m = monitor("Inbox/Phishing").maxMailsPerPoll(50).build()) {
      for (int i = 0; i < 4; i++) {
        poll(m);
      }
    }
    assertThat(events).hasSize(124);
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(124);
    assertThat(events).anySatisfy(e -> assertThat(e.internetMessageId()).isNull());
  }

  @Test
  void throttlingAndOutagesInThePollLoseNothing() {
    for (int i = 0; i < 30; i++) {
      soc.deliver("Inbox/Phishing", mail("m" + i));
    }
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      server
          .fake
          .faults()
          .ewsServerBusy(4, Duration.ofMillis(300), ServerBusyForm.RESPONSE_MESSAGE);
      PollReport throttled = poll(m);
      assertThat(throttled.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(throttled.error()).isInstanceOf(ThrottledException.class);
      assertThat(server.sleeps).contains(Duration.ofMillis(300));

      server.fake.faults().serviceUnavailable(Endpoint.EWS, 4);
      PollReport down = poll(m);
      assertThat(down.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(down.error()).isInstanceOf(ServiceUnavailableException.class);

      server.fake.faults().ewsServerBusy(2, Duration.ofMillis(200), ServerBusyForm.SOAP_FAULT);
      server.fake.faults().dropConnections(Endpoint.EWS, 1);
      PollReport recovered = poll(m);
      assertThat(recovered.outcome()).isEqualTo(PollOutcome.COMPLETED);
    }
    assertThat(events).hasSize(30);
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(30);
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void aFolderThatDisappearsIsReportedAndWatchedAgainWhenItReappears() {
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      soc.deliver("Inbox/Phishing", mail("before"));
      poll(m);
      soc.deleteFolder("Inbox/Phishing");
      PollReport gone = poll(m);
      assertThat(gone.outcome()).isEqualTo(PollOutcome.FAILED);
      assertThat(gone.error())
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("checkpoint is kept");

      server.clock.advance(Duration.ofMinutes(1));
      clock.set(server.now());
      soc.createFolder("Inbox/Phishing");
      soc.deliver("Inbox/Phishing", mail("after"));
      PollReport back = poll(m);
      assertThat(back.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(back.notes()).anySatisfy(n -> assertThat(n).contains("new folder took its place"));
    }
    assertThat(subjects()).containsExactly("before", "after");
  }

  @Test
  void aRenamedFolderKeepsDeliveringAndSaysTheConfiguredPathIsStale() {
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      poll(m);
    }
    soc.renameFolder("Inbox/Phishing", "Phishing 2025");
    soc.deliver("Inbox/Phishing 2025", mail("after the rename"));
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      PollReport r = poll(m);
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("Phishing 2025"));
    }
    assertThat(subjects()).containsExactly("after the rename");
  }

  @Test
  void aSyncStateTheServerRejectsStartsAResyncThatSkipsWhatWasHandled() {
    for (int i = 0; i < 10; i++) {
      soc.deliver("Inbox/Phishing", mail("handled " + i));
    }
    MonitoredFolder folder = MonitoredFolder.of(SOC, "Inbox/Phishing");
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      poll(m);
    }
    // The stored state stops being accepted (corrupted; as after a mailbox move).
    StoredCheckpoint c = store.load(folder.key()).orElseThrow();
    String json = new String(c.data(), StandardCharsets.UTF_8);
    String broken =
        json.replaceAll(
            "\"syncState\": \"[^\"]*\"", "\"syncState\": \"H4sIAAAAAAAAAAMAAAAAAAAAAAA=\"");
    assertThat(broken).isNotEqualTo(json);
    store.save(folder.key(), c.version(), broken.getBytes(StandardCharsets.UTF_8));
    server.clock.advance(Duration.ofMinutes(1));
    soc.deliver("Inbox/Phishing", mail("new"));
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      PollReport r = poll(m);
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("rejected the sync state"));
      assertThat(r.delivered()).isEqualTo(1);
      assertThat(r.skippedAlreadyHandled()).isEqualTo(10);
    }
    assertThat(events).hasSize(11);
    assertThat(events.get(10).subject()).isEqualTo("new");
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void mailMovedInIsDeliveredAndMailMovedOutBeforeThePollIsNot() {
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      poll(m);
      ItemInfo reported = soc.deliver("Inbox", mail("reported by a user"));
      soc.moveItem(reported.id(), "Inbox/Phishing");
      ItemInfo misfiled = soc.deliver("Inbox/Phishing", mail("misfiled"));
      soc.moveItem(misfiled.id(), "Inbox");
      poll(m);
    }
    assertThat(subjects()).containsExactly("reported by a user");
  }

  @Test
  void markAsReadAndMoveAreAppliedAfterTheMailIsRecorded() {
    soc.createFolder("Inbox/Handled");
    for (int i = 0; i < 5; i++) {
      soc.deliver("Inbox/Phishing", mail("phish " + i));
    }
    try (MailboxMonitor m =
        monitor("Inbox/Phishing").markAsRead(true).moveTo("Inbox/Handled").build()) {
      PollReport r = poll(m);
      assertThat(r.postActionsApplied()).isEqualTo(10);
      assertThat(poll(m).delivered()).isZero();
    }
    assertThat(soc.items("Inbox/Phishing")).isEmpty();
    assertThat(soc.items("Inbox/Handled")).hasSize(5).allMatch(ItemInfo::read);
    assertThat(events).hasSize(5);
  }

  @Test
  void aPostActionThatFailsIsRetriedOnTheNextPollNeverByRedeliveringTheMail() {
    for (int i = 0; i < 3; i++) {
      soc.deliver("Inbox/Phishing", mail("phish " + i));
    }
    int[] handled = {0};
    try (MailboxMonitor m =
        MailboxMonitor.builder()
            .client(server.clientBuilder(RetryOptions.none()).build())
            .watch(SOC, "Inbox/Phishing")
            .checkpointStore(store)
            .clock(clock)
            .markAsRead(true)
            .handler(
                e -> {
                  events.add(e);
                  if (++handled[0] == 3) {
                    // The next calls, the batched mark-as-read (a best-effort Message-ID
                    // lookup, then the update), are throttled.
                    server
                        .fake
                        .faults()
                        .ewsServerBusy(3, Duration.ofMillis(100), ServerBusyForm.SOAP_FAULT);
                  }
                })
            .build()) {
      PollReport first = poll(m);
      assertThat(first.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(first.delivered()).isEqualTo(3);
      assertThat(soc.items("Inbox/Phishing")).noneMatch(ItemInfo::read);
      server.fake.faults().clear();
      PollReport second = poll(m);
      assertThat(second.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(second.delivered()).isZero();
      assertThat(second.postActionsApplied()).isEqualTo(3);
    }
    assertThat(soc.items("Inbox/Phishing")).allMatch(ItemInfo::read);
    assertThat(events).hasSize(3);
  }

  @Test
  void aMoveToAMissingFolderIsGivenUpAfterFiveAttemptsWithoutBlockingNewMail() {
    List<MonitorError> errors = new CopyOnWriteArrayList<>();
    String firstId = soc.deliver("Inbox/Phishing", mail("first")).id();
    try (MailboxMonitor m =
        monitor("Inbox/Phishing").moveTo("Inbox/Missing").errorListener(errors::add).build()) {
      for (int i = 0; i < 5; i++) {
        PollReport r = poll(m);
        assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
        if (i == 1) {
          soc.deliver("Inbox/Phishing", mail("second"));
        }
      }
    }
    assertThat(subjects()).containsExactly("first", "second");
    assertThat(errors)
        .filteredOn(e -> e.kind() == MonitorError.Kind.POST_ACTION_FAILED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.error()).hasMessageContaining("stays where it is");
              assertThat(e.itemId()).isEqualTo(firstId);
            });
    assertThat(soc.items("Inbox/Phishing")).hasSize(2);
  }

  @Test
  void aFolderOfMoreThanAThousandItemsAndNewMailInIt() {
    Instant old = server.now().minus(Duration.ofDays(2));
    for (int i = 0; i < 1200; i++) {
      deliverAt(old, "Inbox/Phishing", mail("archive " + i));
    }
    for (int i = 0; i < 20; i++) {
      soc.deliver("Inbox/Phishing", mail("new " + i));
    }
    try (MailboxMonitor m = monitor("Inbox/Phishing").build()) {
      PollReport r = poll(m);
      assertThat(r.skippedBeforeWindow()).isEqualTo(1200);
      assertThat(r.delivered()).isEqualTo(20);
    }
  }

  @Test
  void aTenThousandMailBacklogDrainsInServiceModeWithoutWaitingForTheInterval() throws Exception {
    for (int i = 0; i < 10_000; i++) {
      soc.deliver("Inbox/Phishing", mail("backlog " + i));
    }
    try (MailboxMonitor m =
        monitor("Inbox/Phishing").pollInterval(Duration.ofHours(1)).maxMailsPerPoll(500).build()) {
      m.start();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
      while (m.status().mailsHandled() < 10_000 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertThat(m.status().mailsHandled()).isEqualTo(10_000);
    }
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(10_000);
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }
}
