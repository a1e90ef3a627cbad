package dev.exchangesdk.ews.monitor;

import static dev.exchangesdk.ews.monitor.StatefulEwsServer.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.ews.EwsClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the monitor at random steps of its polls (before or after the handler, before or after a
 * checkpoint write, in the middle of a batch, around post-actions), restarts it over the same
 * checkpoint store, hundreds of times, while mail keeps arriving, users move and read mail, and the
 * server throttles at random. Then checks the guarantee: every mail still in a watched folder was
 * delivered at least once; a mail was delivered again only if the previous run died between its
 * handler's return and the checkpoint write that followed; every redelivery carries the same
 * idempotency key and says it is a possible redelivery.
 */
class CrashRecoveryTest {
  /** Run with the builder's default {@code checkpointEvery}. */
  private static final int DEFAULT_GROUP = 0;

  private static final String SECOND_MAILBOX = "abuse@contoso.com";

  /** Stands in for the process dying: nothing after it runs (the monitor never catches Errors). */
  static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash(String where) {
      super("simulated crash " + where, null, false, false);
    }
  }

  /** Counts the steps of a run and crashes at the chosen one. */
  static final class Steps {
    int step;
    int crashAt = -1;

    void hit(String where) {
      if (++step == crashAt) {
        throw new SimulatedCrash(where + " (step " + step + ")");
      }
    }
  }

  /**
   * What the handler saw, and which mails were in the crash window when a run died: handled, and
   * not yet followed by a checkpoint write.
   */
  static final class Ledger {
    final Map<String, List<MailEvent>> deliveries = new HashMap<>();
    final Map<String, Integer> windows = new HashMap<>();
    final Set<String> returnedNotSaved = new HashSet<>();
    int largestWindow;

    synchronized void delivered(MailEvent e) {
      deliveries.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
      returnedNotSaved.add(e.itemId());
    }

    synchronized void saved() {
      returnedNotSaved.clear();
    }

    synchronized void crashed() {
      largestWindow = Math.max(largestWindow, returnedNotSaved.size());
      for (String id : returnedNotSaved) {
        windows.merge(id, 1, Integer::sum);
      }
      returnedNotSaved.clear();
    }
  }

  /** A store that crashes before or after a real save, at the chosen step. */
  static final class CrashingStore implements CheckpointStore {
    private final CheckpointStore delegate;
    private final Steps steps;
    private final Ledger ledger;

    CrashingStore(CheckpointStore delegate, Steps steps, Ledger ledger) {
      this.delegate = delegate;
      this.steps = steps;
      this.ledger = ledger;
    }

    @Override
    public Optional<StoredCheckpoint> load(String key) {
      return delegate.load(key);
    }

    @Override
    public void save(String key, long expectedVersion, byte[] data) {
      steps.hit("before a checkpoint write");
      delegate.save(key, expectedVersion, data);
      ledger.saved();
      steps.hit("after a checkpoint write");
    }

    @Override
    public boolean tryLease(String key, String owner, Duration ttl) {
      return delegate.tryLease(key, owner, ttl);
    }

    @Override
    public void releaseLease(String key, String owner) {
      delegate.releaseLease(key, owner);
    }
  }

  @Test
  void fakeExchangeNoMailIsLostAndDuplicatesOnlyFollowACrashInTheWindow() {
    try (FakeExchangeServer server = new FakeExchangeServer(false)) {
      // Groups of 3 within polls of 7: group writes happen in the middle of a poll too.
      run(server, new InMemoryCheckpointStore(), 300, 20260101L, false, 3);
    }
  }

  @Test
  void fakeExchangeWithMarkAsReadAndAFileStore(@TempDir Path dir) {
    try (FakeExchangeServer server = new FakeExchangeServer(false);
        FileCheckpointStore store =
            FileCheckpointStore.builder(dir)
                .durability(FileCheckpointStore.Durability.SYNC_PERIODICALLY)
                .build()) {
      run(server, store, 100, 424242L, true, DEFAULT_GROUP);
    }
  }

  @Test
  void statefulServerNoMailIsLostAndDuplicatesOnlyFollowACrashInTheWindow() {
    try (StatefulServerUnderTest server = new StatefulServerUnderTest()) {
      run(server, new InMemoryCheckpointStore(), 150, 777L, false, 1);
    }
  }

  private void run(
      MailServerUnderTest server,
      CheckpointStore backing,
      int crashes,
      long seed,
      boolean markAsRead,
      int group) {
    Random random = new Random(seed);
    Ledger ledger = new Ledger();
    Steps steps = new Steps();
    server.createMailbox(MAILBOX);
    server.createMailbox(SECOND_MAILBOX);
    server.createFolder(MAILBOX, "Inbox/Phishing");
    EwsClient client = server.client();
    MutableClock clock = new MutableClock(server.now());
    CheckpointStore store = new CrashingStore(backing, steps, ledger);
    List<String> movedOut = new ArrayList<>();
    Random handlerRandom = new Random(seed + 1);
    Random faults = new Random(seed + 2);
    // chaos: the handler fails now and then and mail arrives during polls.
    Function<Boolean, MailboxMonitor.Builder> monitorWith =
        chaos ->
            monitor(
                client,
                store,
                clock,
                server,
                steps,
                ledger,
                handlerRandom,
                chaos,
                markAsRead,
                group);
    int mails = 0;
    int crashed = 0;
    int polls = 0;
    while (crashed < crashes) {
      steps.step = 0;
      steps.crashAt = 1 + random.nextInt(60);
      try (MailboxMonitor monitor = monitorWith.apply(true).build()) {
        for (int p = 0; p < 8; p++) {
          mails += arrive(server, random, movedOut);
          if (faults.nextInt(4) == 0) {
            server.injectFaults(faults);
          }
          polls++;
          monitor.pollOnce();
        }
      } catch (SimulatedCrash e) {
        crashed++;
        ledger.crashed();
      }
    }
    // Calm down: no more crashes or faults; drain everything.
    steps.crashAt = -1;
    server.clearFaults();
    try (MailboxMonitor monitor = monitorWith.apply(false).build()) {
      for (int i = 0; i < 200; i++) {
        List<PollReport> reports = monitor.pollOnce();
        if (reports.stream()
            .allMatch(r -> r.outcome() == PollOutcome.COMPLETED && !r.morePending())) {
          break;
        }
      }
    }
    Set<String> expected = new HashSet<>();
    expected.addAll(server.itemIds(MAILBOX, "Inbox/Phishing"));
    expected.addAll(server.itemIds(SECOND_MAILBOX, "Inbox"));
    assertThat(mails).isGreaterThan(300);
    assertThat(polls).isGreaterThan(crashes);
    assertThat(ledger.deliveries.keySet()).containsAll(expected);
    int duplicates = 0;
    for (Map.Entry<String, List<MailEvent>> e : ledger.deliveries.entrySet()) {
      List<MailEvent> seen = e.getValue();
      int windows = ledger.windows.getOrDefault(e.getKey(), 0);
      assertThat(seen.size() - 1)
          .as("deliveries of %s beyond the first, against crashes in its window", e.getKey())
          .isLessThanOrEqualTo(windows);
      assertThat(seen.stream().map(MailEvent::idempotencyKey).distinct()).hasSize(1);
      for (MailEvent again : seen.subList(1, seen.size())) {
        assertThat(again.possibleRedelivery()).isTrue();
      }
      duplicates += seen.size() - 1;
    }
    // The window is real: some crashes landed in it and caused a flagged redelivery.
    assertThat(duplicates).isPositive();
    // ... and as wide as configured: at most one group of unrecorded mails.
    int width = group == DEFAULT_GROUP ? 7 : group; // the default group outsizes a poll of 7
    assertThat(ledger.largestWindow).isBetween(1, width);
    if (group > 1) {
      assertThat(ledger.largestWindow).as("crashes found groups of several mails").isGreaterThan(1);
    }
    if (markAsRead && server instanceof FakeExchangeServer) {
      FakeExchangeServer fake = (FakeExchangeServer) server;
      for (String mailbox : List.of(MAILBOX, SECOND_MAILBOX)) {
        String path = mailbox.equals(MAILBOX) ? "Inbox/Phishing" : "Inbox";
        assertThat(fake.fake.mailbox(mailbox).items(path))
            .as("every handled mail was marked read in the end")
            .allMatch(i -> i.read() || !ledger.deliveries.containsKey(i.id()));
      }
    }
  }

  private static MailboxMonitor.Builder monitor(
      EwsClient client,
      CheckpointStore store,
      MutableClock clock,
      MailServerUnderTest server,
      Steps steps,
      Ledger ledger,
      Random handlerRandom,
      boolean chaos,
      boolean markAsRead,
      int group) {
    MailboxMonitor.Builder builder = MailboxMonitor.builder();
    if (group != DEFAULT_GROUP) {
      builder.checkpointEvery(group, group == 1 ? Duration.ZERO : Duration.ofHours(1));
    }
    return builder
        .client(client)
        .watch(MAILBOX, "Inbox/Phishing")
        .watch(SECOND_MAILBOX, "Inbox")
        .concurrency(1)
        .maxMailsPerPoll(7)
        .markAsRead(markAsRead)
        .checkpointStore(store)
        .clock(clock)
        .instanceId("crash-test")
        .handler(
            e -> {
              steps.hit("before the handler");
              if (chaos && handlerRandom.nextInt(50) == 0) {
                throw new IllegalStateException("the handler's downstream failed");
              }
              if (chaos && handlerRandom.nextInt(10) == 0) {
                // Mail arriving while a poll runs.
                server.deliver(
                    MAILBOX, "Inbox/Phishing", "mid-poll " + handlerRandom.nextLong(), true);
              }
              ledger.delivered(e);
              steps.hit("after the handler");
            });
  }

  /** New mail, and now and then a user moving or reading mail. */
  private static int arrive(MailServerUnderTest server, Random random, List<String> movedOut) {
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      boolean second = random.nextInt(3) == 0;
      boolean withMessageId = random.nextInt(5) != 0;
      String subject = "mail " + random.nextLong();
      if (second) {
        server.deliver(SECOND_MAILBOX, "Inbox", subject, withMessageId);
      } else {
        server.deliver(MAILBOX, "Inbox/Phishing", subject, withMessageId);
      }
    }
    List<String> phishing = server.itemIds(MAILBOX, "Inbox/Phishing");
    if (!phishing.isEmpty() && random.nextInt(6) == 0) {
      String id = phishing.get(random.nextInt(phishing.size()));
      movedOut.add(server.moveItem(MAILBOX, id, "Inbox"));
    }
    if (!movedOut.isEmpty() && random.nextInt(6) == 0) {
      String back = movedOut.remove(random.nextInt(movedOut.size()));
      server.moveItem(MAILBOX, back, "Inbox/Phishing");
    }
    phishing = server.itemIds(MAILBOX, "Inbox/Phishing");
    if (!phishing.isEmpty() && random.nextInt(5) == 0) {
      server.markRead(MAILBOX, phishing.get(random.nextInt(phishing.size())));
    }
    return n;
  }
}
