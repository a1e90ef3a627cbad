package dev.exchangesdk.benchmarks.monitor;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.monitor.CheckpointStore;
import dev.exchangesdk.ews.monitor.FileCheckpointStore;
import dev.exchangesdk.ews.monitor.InMemoryCheckpointStore;
import dev.exchangesdk.ews.monitor.MailboxMonitor;
import dev.exchangesdk.ews.monitor.PollOutcome;
import dev.exchangesdk.ews.monitor.PollReport;
import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.FakeMailbox;
import dev.exchangesdk.testkit.TestClock;
import dev.exchangesdk.testkit.model.NewMessage;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drains a backlog of small mails (no attachments) from FakeExchange on loopback through the real
 * {@link EwsClient} and {@link MailboxMonitor}, end to end (sync, GetItem, event building, handler,
 * one checkpoint write per mail), and prints mails per second, peak heap, GC time, and how the CPU
 * split between the fake server's threads and the client's. Run it with the heap the requirement
 * names:
 *
 * <pre>{@code
 * mvn -q -Dquick -pl benchmarks -am package -DskipTests
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar \
 *     dev.exchangesdk.benchmarks.monitor.BacklogDrainCheck [options]
 * }</pre>
 *
 * Options: {@code mails=10000}, {@code maxPerPoll=500}, {@code store=memory|file|file-sync} ({@code
 * file}: {@link FileCheckpointStore.Durability#SYNC_PERIODICALLY}; {@code file-sync}: every save
 * forced to disk), {@code tls=false}, {@code validate=false} (FakeExchange's schema validation of
 * every request), {@code every=10} (mails one checkpoint write records, the monitor's {@code
 * checkpointEvery}; {@code 1}: a write per mail), {@code runs=3}, {@code verbose=false} (a line per
 * poll).
 */
public final class BacklogDrainCheck {
  private static boolean verbose;
  private static int checkpointEvery;

  private BacklogDrainCheck() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new HashMap<>();
    for (String a : args) {
      int eq = a.indexOf('=');
      opt.put(a.substring(0, eq), a.substring(eq + 1));
    }
    int mails = Integer.parseInt(opt.getOrDefault("mails", "10000"));
    int maxPerPoll = Integer.parseInt(opt.getOrDefault("maxPerPoll", "500"));
    String storeKind = opt.getOrDefault("store", "memory");
    boolean tls = Boolean.parseBoolean(opt.getOrDefault("tls", "false"));
    boolean validate = Boolean.parseBoolean(opt.getOrDefault("validate", "false"));
    int runs = Integer.parseInt(opt.getOrDefault("runs", "3"));
    verbose = Boolean.parseBoolean(opt.getOrDefault("verbose", "false"));
    checkpointEvery = Integer.parseInt(opt.getOrDefault("every", "10"));
    System.out.printf(
        "backlog=%d maxPerPoll=%d store=%s every=%d tls=%s validate=%s heap max=%d MiB%n",
        mails,
        maxPerPoll,
        storeKind,
        checkpointEvery,
        tls,
        validate,
        Runtime.getRuntime().maxMemory() >> 20);
    for (int run = 1; run <= runs; run++) {
      runOnce(run, mails, maxPerPoll, storeKind, tls, validate);
    }
  }

  private static void runOnce(
      int run, int mails, int maxPerPoll, String storeKind, boolean tls, boolean validate)
      throws Exception {
    TestClock clock = TestClock.at(Instant.parse("2026-11-20T12:00:00Z"));
    Path dir = Files.createTempDirectory("monitor-bench-");
    try (FakeExchange fake =
        FakeExchange.builder().tls(tls).clock(clock).validateEwsRequests(validate).start()) {
      FakeMailbox soc = fake.createMailbox("soc@contoso.com", "SOC");
      soc.createFolder("Inbox/Phishing");
      for (int i = 0; i < mails; i++) {
        soc.deliver(
            "Inbox/Phishing",
            NewMessage.builder()
                .from("Mallory", "mallory@evil.example")
                .to("soc@contoso.com")
                .subject("Invoice " + i + " overdue")
                .text("Dear customer, please pay invoice " + i + " today.")
                .build());
      }
      HttpOptions http = fake.httpOptions();
      EwsClient client =
          EwsClient.builder()
              .environment(fake.environment())
              .httpOptions(http)
              .credential(fake.tokenCredential())
              .build();
      CountingStore store = new CountingStore(store(storeKind, dir));
      AtomicLong handled = new AtomicLong();
      Set<String> keys = new HashSet<>();
      System.gc();
      resetPeaks();
      long gcBefore = gcMillis();
      Map<Long, Long> cpuBefore = threadCpu();
      long start = System.nanoTime();
      int polls = 0;
      try (MailboxMonitor monitor =
          MailboxMonitor.builder()
              .client(client)
              .watch("soc@contoso.com", "Inbox/Phishing")
              .checkpointStore(store)
              .maxMailsPerPoll(maxPerPoll)
              .checkpointEvery(
                  checkpointEvery, checkpointEvery == 1 ? Duration.ZERO : Duration.ofSeconds(1))
              .clock(clock)
              .handler(
                  e -> {
                    keys.add(e.idempotencyKey());
                    handled.incrementAndGet();
                  })
              .build()) {
        while (true) {
          long pollStart = System.nanoTime();
          PollReport r = monitor.pollOnce().get(0);
          polls++;
          if (verbose) {
            System.out.printf(
                "  poll %d: %d mails in %d ms%n",
                polls, r.delivered(), (System.nanoTime() - pollStart) / 1_000_000);
          }
          if (r.outcome() != PollOutcome.COMPLETED) {
            throw new IllegalStateException("Poll did not complete: " + r);
          }
          if (!r.morePending()) {
            break;
          }
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<Long, Long> cpuAfter = threadCpu();
      long gcMillis = gcMillis() - gcBefore;
      store.close();
      if (handled.get() != mails || keys.size() != mails) {
        throw new IllegalStateException(
            "Handled " + handled.get() + " mails with " + keys.size() + " keys; expected " + mails);
      }
      double[] split = cpuSplit(cpuBefore, cpuAfter);
      System.out.printf(
          "run %d: %d mails in %.2f s = %.0f mails/s, %d polls, peak heap %d MiB, GC %d ms;"
              + " CPU %.2f s fake server, %.2f s client; %d checkpoint writes, largest %d bytes%n",
          run,
          mails,
          seconds,
          mails / seconds,
          polls,
          peakHeapMiB(),
          gcMillis,
          split[0],
          split[1],
          store.saves,
          store.largest);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : (Iterable<Path>) files::iterator) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** Counts the saves and remembers the largest document. */
  private static final class CountingStore implements CheckpointStore {
    private final CheckpointStore delegate;
    long saves;
    int largest;

    CountingStore(CheckpointStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public java.util.Optional<dev.exchangesdk.ews.monitor.StoredCheckpoint> load(String key) {
      return delegate.load(key);
    }

    @Override
    public void save(String key, long expectedVersion, byte[] data) {
      saves++;
      largest = Math.max(largest, data.length);
      delegate.save(key, expectedVersion, data);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private static CheckpointStore store(String kind, Path dir) {
    switch (kind) {
      case "memory":
        return new InMemoryCheckpointStore();
      case "file":
        return FileCheckpointStore.builder(dir)
            .durability(FileCheckpointStore.Durability.SYNC_PERIODICALLY)
            .build();
      case "file-sync":
        return FileCheckpointStore.open(dir);
      default:
        throw new IllegalArgumentException("store=memory|file|file-sync, not " + kind);
    }
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  private static long peakHeapMiB() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  private static Map<Long, Long> threadCpu() {
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    Map<Long, Long> out = new HashMap<>();
    for (long id : t.getAllThreadIds()) {
      long cpu = t.getThreadCpuTime(id);
      if (cpu > 0) {
        out.put(id, cpu);
      }
    }
    return out;
  }

  /** CPU seconds spent in the fake's request threads, and in every other thread. */
  private static double[] cpuSplit(Map<Long, Long> before, Map<Long, Long> after) {
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    double server = 0;
    double client = 0;
    for (Map.Entry<Long, Long> e : after.entrySet()) {
      double delta = (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1e9;
      ThreadInfo info = t.getThreadInfo(e.getKey());
      String name = info == null ? "" : info.getThreadName();
      if (name.startsWith("fake-exchange")) {
        server += delta;
      } else {
        client += delta;
      }
    }
    return new double[] {server, client};
  }
}
