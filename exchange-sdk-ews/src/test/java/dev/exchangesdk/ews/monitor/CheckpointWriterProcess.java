package dev.exchangesdk.ews.monitor;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link FileCheckpointStoreKillTest}: writes checkpoints in a tight loop,
 * each version's document derived from the version number, and appends a line {@code saved N} to a
 * report file after each completed save, until it is killed.
 *
 * <p>Arguments: the checkpoint directory, the durability ({@code SYNC_EACH_WRITE} / {@code
 * SYNC_PERIODICALLY}), the report file. (Reports go to a file, not stdout: when a process dies the
 * JDK may close its stdout pipe under a reading thread, losing the last lines.)
 */
public final class CheckpointWriterProcess {
  static final String KEY = "soc@contoso.com|path:Inbox/Phishing";

  private CheckpointWriterProcess() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    FileCheckpointStore.Durability durability = FileCheckpointStore.Durability.valueOf(args[1]);
    FileCheckpointStore store = FileCheckpointStore.builder(dir).durability(durability).build();
    long version = store.load(KEY).map(StoredCheckpoint::version).orElse(0L);
    // One write(2) per report, appended, unbuffered: a report made is in the file when the kill
    // comes (the kernel holds it).
    try (FileOutputStream report = new FileOutputStream(args[2], true)) {
      report.write(("ready " + version + "\n").getBytes(StandardCharsets.UTF_8));
      while (true) {
        store.save(KEY, version, document(version + 1));
        version++;
        report.write(("saved " + version + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  /** The document of a version: its number, then a body whose length varies with it. */
  static byte[] document(long version) {
    int length = (int) ((version * 7919) % 20_000) + 100;
    StringBuilder s = new StringBuilder("{\"version\":").append(version).append(",\"body\":\"");
    while (s.length() < length) {
      s.append((char) ('a' + (s.length() + version) % 26));
    }
    return s.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
  }
}
