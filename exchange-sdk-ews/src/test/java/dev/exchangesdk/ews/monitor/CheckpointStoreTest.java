package dev.exchangesdk.ews.monitor;

import static dev.exchangesdk.ews.monitor.StatefulEwsServer.MAILBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.ews.monitor.StatefulEwsServer.Mail;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {
  private static final String KEY = "soc@contoso.com|path:Inbox/Phishing";
  private static final byte[] DOC = "{\"format\":1}".getBytes(StandardCharsets.UTF_8);

  @Test
  void fileStoreSavesVersionsAndLoadsTheLatest(@TempDir Path dir) {
    try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
      assertThat(store.load(KEY)).isEmpty();
      store.save(KEY, 0, DOC);
      store.save(KEY, 1, "second".getBytes(StandardCharsets.UTF_8));
      StoredCheckpoint c = store.load(KEY).orElseThrow();
      assertThat(c.version()).isEqualTo(2);
      assertThat(new String(c.data(), StandardCharsets.UTF_8)).isEqualTo("second");
    }
    try (FileCheckpointStore reopened = FileCheckpointStore.open(dir)) {
      assertThat(reopened.load(KEY).orElseThrow().version()).isEqualTo(2);
      assertThat(reopened.fileFor(KEY).getFileName().toString())
          .startsWith("soc@contoso.com_path_Inbox_Phishing-")
          .endsWith(".checkpoint");
    }
  }

  @Test
  void aSaveAgainstAStaleVersionIsAConflictInEveryStore(@TempDir Path dir) {
    try (FileCheckpointStore file = FileCheckpointStore.open(dir)) {
      for (CheckpointStore store : List.of(file, new InMemoryCheckpointStore())) {
        store.save(KEY, 0, DOC);
        store.save(KEY, 1, DOC);
        assertThatThrownBy(() -> store.save(KEY, 1, DOC))
            .isInstanceOf(CheckpointConflictException.class)
            .hasMessageContaining("version 2, not 1");
        assertThatThrownBy(() -> store.save("other", 3, DOC))
            .isInstanceOf(CheckpointConflictException.class);
        assertThat(store.load(KEY).orElseThrow().version()).isEqualTo(2);
      }
    }
  }

  @Test
  void everyFlippedByteIsReportedAsCorruptionNeverTakenForAnEmptyCheckpoint(@TempDir Path dir)
      throws Exception {
    Path file;
    try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
      store.save(KEY, 0, DOC);
      file = store.fileFor(KEY);
    }
    byte[] good = Files.readAllBytes(file);
    for (int i = 0; i < good.length; i++) {
      byte[] bad = good.clone();
      bad[i] ^= 0x01;
      Files.write(file, bad);
      try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
        int at = i;
        assertThatThrownBy(() -> store.load(KEY))
            .as("byte %d flipped", at)
            .isInstanceOf(CorruptCheckpointException.class)
            .hasMessageContaining("is damaged")
            .hasMessageContaining("delete it to start this folder afresh");
      }
    }
  }

  @Test
  void everyTruncationIsReportedAsCorruption(@TempDir Path dir) throws Exception {
    Path file;
    try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
      store.save(KEY, 0, DOC);
      file = store.fileFor(KEY);
    }
    byte[] good = Files.readAllBytes(file);
    for (int n = 0; n < good.length; n++) {
      byte[] cut = java.util.Arrays.copyOf(good, n);
      Files.write(file, cut);
      try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
        assertThatThrownBy(() -> store.load(KEY))
            .isInstanceOf(CorruptCheckpointException.class)
            .satisfies(e -> assertThat(((CorruptCheckpointException) e).key()).isEqualTo(KEY));
      }
    }
  }

  @Test
  void aCheckpointFileOfAnotherKeyIsRefused(@TempDir Path dir) throws Exception {
    try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
      store.save("a|inbox", 0, DOC);
      Files.copy(store.fileFor("a|inbox"), store.fileFor("b|inbox"));
      assertThatThrownBy(() -> store.load("b|inbox"))
          .isInstanceOf(CorruptCheckpointException.class)
          .hasMessageContaining("belongs to another key (a|inbox)");
    }
  }

  @Test
  void aSecondStoreOnTheSameDirectoryIsRefusedUntilTheFirstCloses(@TempDir Path dir) {
    FileCheckpointStore first = FileCheckpointStore.open(dir);
    assertThatThrownBy(() -> FileCheckpointStore.open(dir))
        .isInstanceOf(CheckpointStoreLockedException.class)
        .hasMessageContaining("in use by another FileCheckpointStore");
    first.close();
    try (FileCheckpointStore second = FileCheckpointStore.open(dir)) {
      second.save(KEY, 0, DOC);
    }
    assertThatThrownBy(() -> first.load(KEY)).isInstanceOf(CheckpointException.class);
  }

  @Test
  void temporaryFilesOfAnInterruptedSaveAreRemovedWhenTheStoreOpens(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("x.checkpoint.1234.tmp"), "half a checkpoint");
    try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
      assertThat(store.load(KEY)).isEmpty();
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly(".lock");
    }
  }

  @Test
  void periodicDurabilitySavesAreReadBackAfterClose(@TempDir Path dir) {
    try (FileCheckpointStore store =
        FileCheckpointStore.builder(dir)
            .durability(FileCheckpointStore.Durability.SYNC_PERIODICALLY)
            .syncInterval(Duration.ofMillis(5))
            .build()) {
      for (int v = 0; v < 50; v++) {
        store.save(KEY, v, ("v" + (v + 1)).getBytes(StandardCharsets.UTF_8));
      }
    }
    try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
      assertThat(new String(store.load(KEY).orElseThrow().data(), StandardCharsets.UTF_8))
          .isEqualTo("v50");
    }
  }

  @Test
  void aLeaseBelongsToOneOwnerUntilItExpiresOrIsReleased(@TempDir Path dir) {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
    try (FileCheckpointStore file = FileCheckpointStore.builder(dir).clock(clock).build()) {
      for (CheckpointStore store : List.of(file, new InMemoryCheckpointStore(clock))) {
        assertThat(store.tryLease(KEY, "a", Duration.ofMinutes(2))).isTrue();
        assertThat(store.tryLease(KEY, "b", Duration.ofMinutes(2))).isFalse();
        assertThat(store.tryLease(KEY, "a", Duration.ofMinutes(2))).isTrue();
        clock.advance(Duration.ofMinutes(3));
        assertThat(store.tryLease(KEY, "b", Duration.ofMinutes(2))).isTrue();
        store.releaseLease(KEY, "a");
        assertThat(store.tryLease(KEY, "a", Duration.ofMinutes(2))).isFalse();
        store.releaseLease(KEY, "b");
        assertThat(store.tryLease(KEY, "a", Duration.ofMinutes(2))).isTrue();
        store.releaseLease(KEY, "a");
      }
    }
  }

  @Test
  void aDamagedCheckpointStopsItsFolderOnEveryPollAndIsNeverReset(@TempDir Path dir)
      throws Exception {
    List<MailEvent> events = new ArrayList<>();
    try (StatefulEwsServer ews = new StatefulEwsServer()) {
      ews.deliver("Inbox", Mail.of("first"));
      MailboxMonitor.Builder builder =
          MailboxMonitor.builder()
              .client(ews.client())
              .watch(MAILBOX, "Inbox")
              .checkpointDirectory(dir)
              .handler(events::add)
              .clock(new MutableClock(ews.now()));
      try (MailboxMonitor m = builder.build()) {
        m.pollOnce();
      }
      Path file;
      try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
        file = store.fileFor(MonitoredFolder.of(MAILBOX, "Inbox").key());
      }
      byte[] bytes = Files.readAllBytes(file);
      bytes[bytes.length - 5] ^= 0x20;
      Files.write(file, bytes);
      ews.deliver("Inbox", Mail.of("second"));
      try (MailboxMonitor m = builder.build()) {
        for (int i = 0; i < 2; i++) {
          PollReport r = m.pollOnce().get(0);
          assertThat(r.outcome()).isEqualTo(PollOutcome.FAILED);
          assertThat(r.error()).isInstanceOf(CorruptCheckpointException.class);
        }
        assertThat(m.status().healthy()).isFalse();
      }
      assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }
    assertThat(events).extracting(MailEvent::subject).containsExactly("first");
  }

  @Test
  void theCheckpointDocumentIsReadableJson(@TempDir Path dir) throws Exception {
    try (StatefulEwsServer ews = new StatefulEwsServer()) {
      ews.deliver("Inbox", Mail.of("first"));
      try (MailboxMonitor m =
          MailboxMonitor.builder()
              .client(ews.client())
              .watch(MAILBOX, "Inbox")
              .checkpointDirectory(dir)
              .handler(e -> {})
              .clock(new MutableClock(ews.now()))
              .build()) {
        m.pollOnce();
      }
      try (FileCheckpointStore store = FileCheckpointStore.open(dir)) {
        String json =
            new String(
                store.load(MonitoredFolder.of(MAILBOX, "Inbox").key()).orElseThrow().data(),
                StandardCharsets.UTF_8);
        assertThat(json)
            .contains("\"format\": 1")
            .contains("\"mailbox\": \"soc@contoso.com\"")
            .contains("\"folder\": \"inbox\"")
            .contains("\"feed\": \"sync\"")
            .contains("\"syncState\"")
            .contains("\"highWaterReceived\": \"" + ews.now() + "\"")
            .contains("\"handledTotal\": 1");
      }
    }
  }
}
