package dev.exchangesdk.ews.monitor;

import static dev.exchangesdk.ews.monitor.StatefulEwsServer.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.monitor.StatefulEwsServer.Mail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailboxMonitorTest {
  private StatefulEwsServer ews;
  private MutableClock clock;
  private InMemoryCheckpointStore store;
  private final List<MailEvent> events = new CopyOnWriteArrayList<>();

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

  private MailboxMonitor.Builder monitor() {
    return MailboxMonitor.builder()
        .client(ews.client())
        .watch(MAILBOX, "Inbox")
        .checkpointStore(store)
        .handler(events::add)
        .clock(clock)
        .instanceId("test-instance");
  }

  private PollReport pollOnce(MailboxMonitor m) {
    List<PollReport> reports = m.pollOnce();
    assertThat(reports).hasSize(1);
    return reports.get(0);
  }

  private List<String> subjects() {
    List<String> out = new ArrayList<>();
    for (MailEvent e : events) {
      out.add(e.subject());
    }
    return out;
  }

  @Test
  void firstRunDeliversOnlyMailReceivedInsideTheFirstFetchWindow() {
    Instant now = ews.now();
    ews.deliver("Inbox", Mail.of("old").received(now.minus(Duration.ofHours(2))));
    ews.deliver("Inbox", Mail.of("older").received(now.minus(Duration.ofDays(3))));
    ews.deliver("Inbox", Mail.of("recent").received(now.minus(Duration.ofMinutes(5))));
    try (MailboxMonitor m = monitor().build()) {
      PollReport r = pollOnce(m);

      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(subjects()).containsExactly("recent");
      assertThat(r.skippedBeforeWindow()).isEqualTo(2);
      assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("first run"));
    }
  }

  @Test
  void firstFetchWindowIsReadAsThePackWritesIt() {
    Instant now = ews.now();
    ews.deliver("Inbox", Mail.of("two days old").received(now.minus(Duration.ofDays(2))));
    ews.deliver("Inbox", Mail.of("four days old").received(now.minus(Duration.ofDays(4))));
    try (MailboxMonitor m = monitor().firstFetch("3 days").build()) {
      pollOnce(m);
    }
    assertThat(subjects()).containsExactly("two days old");
    assertThatThrownBy(() -> monitor().firstFetch("three days"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'<number> <unit>'");
  }

  @Test
  void deliversEachNewMailExactlyOnceAcrossPolls() {
    try (MailboxMonitor m = monitor().build()) {
      pollOnce(m);
      ews.deliver("Inbox", Mail.of("one"));
      ews.deliver("Inbox", Mail.of("two"));
      PollReport first = pollOnce(m);
      PollReport second = pollOnce(m);
      ews.deliver("Inbox", Mail.of("three"));
      PollReport third = pollOnce(m);

      assertThat(subjects()).containsExactly("one", "two", "three");
      assertThat(first.delivered()).isEqualTo(2);
      assertThat(second.delivered()).isZero();
      assertThat(third.delivered()).isEqualTo(1);
      assertThat(events).noneMatch(MailEvent::possibleRedelivery);
    }
  }

  @Test
  void eventCarriesTheWholeMailAndAStableIdempotencyKey() throws Exception {
    String id =
        ews.deliver(
            "Inbox",
            Mail.of("Invoice overdue")
                .messageId("<abc@evil.example>")
                .header("Received", "from a")
                .header("X-Spam", "yes")
                .header("Received", "from b")
                .text("Pay now")
                .html("<p>Pay now</p>"));
    try (MailboxMonitor m = monitor().build()) {
      pollOnce(m);
    }
    assertThat(events).hasSize(1);
    MailEvent e = events.get(0);
    assertThat(e.itemId()).isEqualTo(id);
    assertThat(e.mailbox()).isEqualTo(MAILBOX);
    assertThat(e.folderPath()).isEqualTo("inbox");
    assertThat(e.folderId()).isEqualTo(ews.folderId(MAILBOX, "Inbox"));
    assertThat(e.internetMessageId()).isEqualTo("<abc@evil.example>");
    assertThat(e.subject()).isEqualTo("Invoice overdue");
    assertThat(e.from().address()).isEqualTo("attacker@evil.example");
    assertThat(e.to()).extracting(a -> a.address()).containsExactly(MAILBOX);
    assertThat(e.headers())
        .containsExactly(
            new MailHeader("Received", "from a"),
            new MailHeader("X-Spam", "yes"),
            new MailHeader("Received", "from b"));
    assertThat(e.textBody()).isEqualTo("Pay now");
    assertThat(e.htmlBody()).isEqualTo("<p>Pay now</p>");
    assertThat(e.format()).isEqualTo(BodyFormat.TEXT);
    assertThat(e.changeKey()).isNotBlank();
    assertThat(e.conversationId()).isNotBlank();
    assertThat(e.receivedAt()).isEqualTo(ews.now());
    String expectedKey =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest((MAILBOX + "|" + id).getBytes(StandardCharsets.UTF_8)));
    assertThat(e.idempotencyKey()).isEqualTo(expectedKey);
    assertThat(e.toString()).doesNotContain("Invoice").doesNotContain("Pay now");
  }

  @Test
  void deliversMailWithoutMessageIdAndEveryItemSharingOne() {
    ews.deliver("Inbox", Mail.of("no id").messageId(null));
    ews.deliver("Inbox", Mail.of("copy 1").messageId("<same@evil.example>"));
    ews.deliver("Inbox", Mail.of("copy 2").messageId("<same@evil.example>"));
    try (MailboxMonitor m = monitor().build()) {
      pollOnce(m);
    }
    assertThat(subjects()).containsExactlyInAnyOrder("no id", "copy 1", "copy 2");
    assertThat(events.stream().map(MailEvent::idempotencyKey).distinct()).hasSize(3);
  }

  @Test
  void deliversEveryOneOfManyMailsSharingOneTimestamp() {
    Instant same = ews.now().minus(Duration.ofMinutes(1));
    for (int i = 0; i < 230; i++) {
      ews.deliver("Inbox", Mail.of("same second " + i).received(same));
    }
    try (MailboxMonitor m = monitor().maxMailsPerPoll(50).build()) {
      List<PollReport> reports = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        reports.add(pollOnce(m));
      }
      assertThat(reports.subList(0, 4)).allMatch(PollReport::morePending);
      assertThat(reports.get(5).morePending()).isFalse();
    }
    assertThat(events).hasSize(230);
    assertThat(events.stream().map(MailEvent::itemId).distinct()).hasSize(230);
  }

  @Test
  void passesOverItemsThatAreNotMailUnlessAskedFor() {
    ews.deliver("Inbox", Mail.of("invite").itemClass("IPM.Schedule.Meeting.Request"));
    ews.deliver("Inbox", Mail.of("signed").itemClass("IPM.Note.SMIME"));
    try (MailboxMonitor m = monitor().build()) {
      PollReport r = pollOnce(m);
      assertThat(r.skippedNotMail()).isEqualTo(1);
    }
    assertThat(subjects()).containsExactly("signed");
  }

  @Test
  void attachmentsArriveWithContentHashAndTheirDeliveryNames() throws Exception {
    byte[] pdf = "%PDF-1.7 invoice".getBytes(StandardCharsets.UTF_8);
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    ews.deliver(
        "Inbox",
        Mail.of("with attachments")
            .file("invoice.pdf", "application/pdf", pdf)
            .inline("image1.png", "image/png", "123", png)
            .inline("", "image/png", "<456>", png)
            .attachedMail("Forwarded", "Subject: inner\r\nMessage-ID: <[x@y]>\r\n\r\nbody\r\n")
            .brokenAttachment("broken.pdf", "ErrorCannotOpenFileAttachment"));
    try (MailboxMonitor m = monitor().build()) {
      PollReport r = pollOnce(m);
      assertThat(r.outcome()).isEqualTo(PollOutcome.COMPLETED);
    }
    List<MailAttachment> a = events.get(0).attachments();
    assertThat(a)
        .extracting(MailAttachment::name)
        .containsExactly(
            "invoice.pdf",
            "123-attachmentName-image1.png",
            "456-attachmentName-untitled_attachment",
            "Forwarded.eml",
            "broken.pdf");
    assertThat(a.get(0).sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(a.get(0).size()).isEqualTo(pdf.length);
    assertThat(a.get(0).contentType()).isEqualTo("application/pdf");
    assertThat(a.get(1).isInline()).isTrue();
    assertThat(a.get(1).contentId()).isEqualTo("123");
    assertThat(a.get(3).kind()).isEqualTo(AttachmentInfo.Kind.ITEM);
    assertThat(a.get(3).contentType()).isEqualTo("message/rfc822");
    assertThat(a.get(4).hasContent()).isFalse();
    assertThat(a.get(4).error())
        .get()
        .satisfies(e -> assertThat(e.errorCode()).isEqualTo("ErrorCannotOpenFileAttachment"));
  }

  @Test
  void attachmentContentIsReadableInsideTheHandler() {
    byte[] pdf = "%PDF-1.7 invoice".getBytes(StandardCharsets.UTF_8);
    ews.deliver("Inbox", Mail.of("one").file("invoice.pdf", "application/pdf", pdf));
    List<byte[]> seen = new ArrayList<>();
    List<String> eml = new ArrayList<>();
    ews.deliver(
        "Inbox",
        Mail.of("two")
            .attachedMail("Fwd", "Subject: inner\r\nMessage-ID: <[x@y]>\r\n\r\nbody\r\n"));
    try (MailboxMonitor m =
        monitor()
            .handler(
                e -> {
                  for (MailAttachment a : e.attachments()) {
                    if (a.kind() == AttachmentInfo.Kind.FILE) {
                      seen.add(a.bytes());
                    } else {
                      eml.add(new String(a.bytes(), StandardCharsets.UTF_8));
                    }
                  }
                })
            .build()) {
      pollOnce(m);
    }
    assertThat(seen).containsExactly(pdf);
    assertThat(eml).singleElement().satisfies(s -> assertThat(s).contains("Message-ID: <x@y>"));
  }

  @Test
  void legacyNamingKeepsPlainNamesForInlineAttachments() {
    ews.deliver(
        "Inbox", Mail.of("inline").inline("image1.png", "image/png", "123", new byte[] {1, 2}));
    try (MailboxMonitor m = monitor().legacyAttachmentNaming(true).build()) {
      pollOnce(m);
    }
    assertThat(events.get(0).attachments())
        .extracting(MailAttachment::name)
        .containsExactly("image1.png");
  }

  @Test
  void spoolsLargeAttachmentsToATemporaryFileDeletedAfterTheHandlerReturns(@TempDir Path spool)
      throws Exception {
    byte[] big = new byte[300_000];
    new java.util.Random(1).nextBytes(big);
    ews.deliver("Inbox", Mail.of("big").file("big.bin", "application/octet-stream", big));
    List<Path> files = new ArrayList<>();
    List<Boolean> existedDuringHandler = new ArrayList<>();
    try (MailboxMonitor m =
        monitor()
            .spoolThreshold(64 * 1024)
            .spoolDirectory(spool)
            .handler(
                e -> {
                  MailAttachment a = e.attachments().get(0);
                  Path p = a.spooledFile().orElseThrow();
                  files.add(p);
                  existedDuringHandler.add(Files.exists(p));
                  try (var in = a.openStream()) {
                    assertThat(in.readAllBytes()).isEqualTo(big);
                  }
                })
            .build()) {
      pollOnce(m);
    }
    assertThat(existedDuringHandler).containsExactly(true);
    assertThat(files.get(0)).doesNotExist();
    try (var left = Files.list(spool)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aHandlerThatThrowsGetsTheSameMailAgainWithTheSameKey() {
    ews.deliver("Inbox", Mail.of("first"));
    ews.deliver("Inbox", Mail.of("second"));
    List<String> failures = new ArrayList<>();
    boolean[] fail = {true};
    try (MailboxMonitor m =
        monitor()
            .handler(
                e -> {
                  if (fail[0] && e.subject().equals("second")) {
                    failures.add(e.idempotencyKey());
                    throw new IllegalStateException("downstream is down");
                  }
                  events.add(e);
                })
            .build()) {
      PollReport failed = pollOnce(m);
      assertThat(failed.outcome()).isEqualTo(PollOutcome.FAILED);
      assertThat(failed.error())
          .isInstanceOf(MailHandlerException.class)
          .hasRootCauseMessage("downstream is down");
      assertThat(m.status().folders().get(0).consecutiveFailures()).isEqualTo(1);

      fail[0] = false;
      PollReport retried = pollOnce(m);
      assertThat(retried.outcome()).isEqualTo(PollOutcome.COMPLETED);
      assertThat(m.status().folders().get(0).consecutiveFailures()).isZero();
    }
    assertThat(subjects()).containsExactly("first", "second");
    assertThat(events.get(1).idempotencyKey()).isEqualTo(failures.get(0));
    assertThat(events.get(1).possibleRedelivery()).isTrue();
    assertThat(events.get(0).possibleRedelivery()).isFalse();
  }

  /** A store that counts its writes. */
  private static final class CountingStore implements CheckpointStore {
    private final CheckpointStore delegate;
    int saves;

    CountingStore(CheckpointStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public java.util.Optional<StoredCheckpoint> load(String key) {
      return delegate.load(key);
    }

    @Override
    public void save(String key, long expectedVersion, byte[] data) {
      delegate.save(key, expectedVersion, data);
      saves++;
    }
  }

  @Test
  void oneCheckpointWriteRecordsAGroupOfMailsOrEachMailWhenAsked() {
    for (int i = 0; i < 25; i++) {
      ews.deliver("Inbox", Mail.of("m" + i));
    }
    CountingStore grouped = new CountingStore(store);
    try (MailboxMonitor m = monitor().checkpointStore(grouped).build()) {
      assertThat(pollOnce(m).delivered()).isEqualTo(25);
    }
    // Groups of 10: a write before m0, after m9, m19 and m24, and one ending the sync batch.
    assertThat(grouped.saves).isEqualTo(5);

    ews.deliver("Inbox", Mail.of("one by one"));
    for (int i = 1; i < 25; i++) {
      ews.deliver("Inbox", Mail.of("one by one " + i));
    }
    CountingStore perMail = new CountingStore(store);
    try (MailboxMonitor m =
        monitor().checkpointStore(perMail).checkpointEvery(1, Duration.ZERO).build()) {
      assertThat(pollOnce(m).delivered()).isEqualTo(25);
    }
    // A write before the first mail, one after each mail, one ending the sync batch.
    assertThat(perMail.saves).isEqualTo(27);
    assertThat(events).hasSize(50).noneMatch(MailEvent::possibleRedelivery);
    assertThatThrownBy(() -> monitor().checkpointEvery(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Stands in for the process dying: the monitor never catches Errors. */
  private static final class ProcessDeath extends Error {
    private static final long serialVersionUID = 1L;

    ProcessDeath() {
      super("process died", null, false, false);
    }
  }

  @Test
  void mailHandledWhenTheProcessDiedComesBackFlaggedEvenAfterAFailedPoll() {
    List<String> flagged = diedAfterTheSecondOfThreeMails(monitor());
    // Nothing was recorded: the whole announced group comes back, flagged.
    assertThat(flagged).containsExactly("first", "second", "third");
  }

  @Test
  void perMailCheckpointsRedeliverOnlyTheMailWhoseWriteWasMissing() {
    List<String> flagged =
        diedAfterTheSecondOfThreeMails(monitor().checkpointEvery(1, Duration.ZERO));
    assertThat(flagged).containsExactly("second");
  }

  /**
   * Run 1 dies after the handler returned for "second", before a write recorded it; run 2's first
   * poll is throttled before it reaches any mail; its second poll delivers. Returns the subjects
   * delivered flagged as possible redeliveries.
   */
  private List<String> diedAfterTheSecondOfThreeMails(MailboxMonitor.Builder builder) {
    ews.deliver("Inbox", Mail.of("first"));
    ews.deliver("Inbox", Mail.of("second"));
    ews.deliver("Inbox", Mail.of("third"));
    builder.concurrency(1);
    try (MailboxMonitor m =
        builder
            .handler(
                e -> {
                  events.add(e);
                  if (e.subject().equals("second")) {
                    throw new ProcessDeath();
                  }
                })
            .build()) {
      assertThatThrownBy(m::pollOnce).isInstanceOf(ProcessDeath.class);
    }
    List<MailEvent> firstRun = new ArrayList<>(events);
    events.clear();
    try (MailboxMonitor m = builder.handler(events::add).build()) {
      ews.failNext("GetItem", StatefulEwsServer.Fault.BUSY_MESSAGE, 4);
      PollReport throttled = pollOnce(m);
      assertThat(throttled.outcome()).isEqualTo(PollOutcome.DEFERRED);
      assertThat(throttled.delivered()).isZero();
      assertThat(pollOnce(m).outcome()).isEqualTo(PollOutcome.COMPLETED);
    }
    List<String> flagged = new ArrayList<>();
    for (MailEvent e : events) {
      if (e.possibleRedelivery()) {
        flagged.add(e.subject());
      }
    }
    for (MailEvent before : firstRun) {
      assertThat(events)
          .filteredOn(e -> e.itemId().equals(before.itemId()))
          .allSatisfy(e -> assertThat(e.idempotencyKey()).isEqualTo(before.idempotencyKey()));
    }
    assertThat(subjects()).containsAll(List.of("second", "third"));
    return flagged;
  }

  @Test
  void aPollStopsAtTheMaximumAndTheNextOneContinues() {
    for (int i = 0; i < 7; i++) {
      ews.deliver("Inbox", Mail.of("m" + i));
    }
    try (MailboxMonitor m = monitor().maxMailsPerPoll(3).build()) {
      PollReport a = pollOnce(m);
      PollReport b = pollOnce(m);
      PollReport c = pollOnce(m);
      assertThat(List.of(a.delivered(), b.delivered(), c.delivered())).containsExactly(3, 3, 1);
      assertThat(a.morePending()).isTrue();
      assertThat(c.morePending()).isFalse();
    }
    assertThat(subjects()).containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6");
    assertThat(events).noneMatch(MailEvent::possibleRedelivery);
  }

  @Test
  void aNewMonitorOverTheSameStoreContinuesWhereTheLastStopped() {
    try (MailboxMonitor m = monitor().build()) {
      pollOnce(m);
    }
    ews.deliver("Inbox", Mail.of("while down"));
    try (MailboxMonitor m =
        MailboxMonitor.builder()
            .client(ews.client())
            .watch(MAILBOX, "Inbox")
            .checkpointStore(store)
            .handler(events::add)
            .clock(clock)
            .build()) {
      pollOnce(m);
      ews.deliver("Inbox", Mail.of("after restart"));
      pollOnce(m);
    }
    assertThat(subjects()).containsExactly("while down", "after restart");
  }

  @Test
  void builderRefusesIncompleteOrContradictorySettings() {
    assertThatThrownBy(() -> MailboxMonitor.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client");
    assertThatThrownBy(
            () ->
                MailboxMonitor.builder()
                    .client(ews.client())
                    .watch(MAILBOX, "Inbox")
                    .handler(e -> {})
                    .build())
        .hasMessageContaining("one of checkpointStore and checkpointDirectory");
    assertThatThrownBy(() -> monitor().skipUnparsable(true).build())
        .hasMessageContaining("errorListener");
    assertThatThrownBy(() -> monitor().maxMailsPerPoll(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000");
  }
}
