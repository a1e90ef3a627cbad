package dev.exchangesdk.ews.monitor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link FileCheckpointStoreKillTest}: writes checkpoints in a tight loop,
 * each version's document derived from the version number, and reports each completed save on
 * stdout ({@code saved N}) until it is killed.
 *
 * <p>Arguments: the directory, the durability ({@code SYNC_EACH_WRITE} / {@code
 * SYNC_PERIODICALLY}).
 */
public final class CheckpointWriterProcess {
  static final String KEY = "soc@contoso.com|path:Inbox/Phishing";

  private CheckpointWriterProcess() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    FileCheckpointStore.Durability durability = FileCheckpointStore.Durability.valueOf(args[1]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    FileCheckpointStore store = FileCheckpointStore.builder(dir).durability(durability).build();
    long version = store.load(KEY).map(StoredCheckpoint::version).orElse(0L);
    out.println("ready at " + version);
    while (true) {
      store.save(KEY, version, document(version + 1));
      version++;
      out.println("saved " + version);
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
