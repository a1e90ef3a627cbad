package dev.exchangesdk.ews.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that writes checkpoints in a tight loop ({@link CheckpointWriterProcess}) with
 * {@code kill -9} ({@link Process#destroyForcibly()}) at random instants, many times, and reads the
 * file back each time: it always holds a whole checkpoint, the last one the writer reported saved
 * or the one it was writing, and the lock of the dead writer never blocks the next one.
 */
class FileCheckpointStoreKillTest {
  private static final int KILLS = 36;

  @Test
  void aWriterKilledAtAnyInstantLeavesACompleteOldOrNewCheckpoint(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("checkpoints");
    Random random = new Random(7);
    long lastSeen = 0;
    int killedBetweenSaveAndReport = 0;
    for (int i = 0; i < KILLS; i++) {
      String durability = i % 2 == 0 ? "SYNC_PERIODICALLY" : "SYNC_EACH_WRITE";
      Path report = tmp.resolve("report-" + i + ".txt");
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx64m",
                  "-XX:TieredStopAtLevel=1",
                  "-cp",
                  System.getProperty("java.class.path"),
                  CheckpointWriterProcess.class.getName(),
                  dir.toString(),
                  durability,
                  report.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (lastSaved(report) <= lastSeen && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      assertThat(lastSaved(report)).as("the writer saved at least once").isGreaterThan(lastSeen);
      Thread.sleep(random.nextInt(120));
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      long acknowledged = lastSaved(report);

      try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
        StoredCheckpoint c = store.load(CheckpointWriterProcess.KEY).orElseThrow();
        assertThat(c.data()).isEqualTo(CheckpointWriterProcess.document(c.version()));
        assertThat(c.version()).isBetween(acknowledged, acknowledged + 1);
        if (c.version() > acknowledged) {
          killedBetweenSaveAndReport++;
        }
        lastSeen = c.version();
      }
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
      }
    }
    assertThat(lastSeen).isGreaterThan(KILLS);
    // Not asserted (timing-dependent), but shows kills landing between a save and its report.
    System.out.println(
        "kills that landed after a save and before its report: " + killedBetweenSaveAndReport);
  }

  /** The version of the last complete {@code saved N} line (the start version before any). */
  private static long lastSaved(Path report) throws IOException {
    if (!Files.exists(report)) {
      return -1;
    }
    String text = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
    List<String> lines = List.of(text.split("\n"));
    long last = -1;
    for (int i = 0; i < lines.size(); i++) {
      boolean complete = i < lines.size() - 1 || text.endsWith("\n");
      String line = lines.get(i);
      if (complete && (line.startsWith("saved ") || line.startsWith("ready "))) {
        last = Long.parseLong(line.substring(6).strip());
      }
    }
    return last;
  }
}
