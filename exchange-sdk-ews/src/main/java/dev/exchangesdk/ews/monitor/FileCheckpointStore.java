package dev.exchangesdk.ews.monitor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each checkpoint in its own file in one directory (the default store).
 *
 * <p><b>Atomic replace.</b> A save writes the whole document to a fresh temporary file in the same
 * directory, forces it to disk, renames it over the checkpoint file in one atomic step, and forces
 * the directory, so the file holds the old document or the new one, whole, whenever the process
 * (or, with {@link Durability#SYNC_EACH_WRITE}, the machine) stops. Temporary files left by a
 * killed writer are deleted when the store opens.
 *
 * <p><b>Checksum.</b> Each file starts with a header line naming the format, version, length and
 * key, and a line with the SHA-256 of header and document. A flipped byte, a truncated file or a
 * file of another key is reported as {@link CorruptCheckpointException}, never taken for an empty
 * checkpoint.
 *
 * <p><b>Lock.</b> The store holds an exclusive lock on {@code .lock} in the directory while open; a
 * second store on the same directory, in this process or another, fails with {@link
 * CheckpointStoreLockedException}. The lock dies with the process, so a restart after a crash opens
 * normally. Close the store to release it.
 *
 * <p>Thread-safe. Leases are kept in memory: the directory lock already makes this process the only
 * writer, so leases only arbitrate between monitors in this JVM.
 */
public final class FileCheckpointStore implements CheckpointStore {
  private static final Logger LOG = LoggerFactory.getLogger(FileCheckpointStore.class);
  static final String MAGIC = "EXCHANGE-SDK-CHECKPOINT/1";
  private static final String SUFFIX = ".checkpoint";
  private static final String TEMP_SUFFIX = ".tmp";
  private static final int MAX_FILE_SIZE = 64 * 1024 * 1024;

  /** When saved checkpoints reach the disk. */
  public enum Durability {
    /**
     * Every save is forced to disk (file and directory) before it returns: a checkpoint survives a
     * power loss as well as a killed process. Saves are bounded by the disk's flush rate (about 100
     * per second on a virtual disk, thousands on a local SSD).
     */
    SYNC_EACH_WRITE,
    /**
     * Saves are atomic renames, forced to disk together every {@link Builder#syncInterval}: a
     * killed process loses nothing (the kernel holds the data), a power loss or kernel crash may
     * roll checkpoints back by up to one interval, and the mails handled in it are delivered again
     * (same keys). Several thousand saves per second.
     */
    SYNC_PERIODICALLY
  }

  private final Path directory;
  private final Durability durability;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final Map<String, Long> versions = new ConcurrentHashMap<>();
  private final Map<String, Object> keyLocks = new ConcurrentHashMap<>();
  private final Map<String, Lease> leases = new ConcurrentHashMap<>();
  private final Set<Path> unsynced = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService syncer;
  private final Clock clock;
  private volatile boolean directorySyncSupported = true;
  private volatile boolean closed;

  private record Lease(String owner, Instant expiresAt) {}

  private FileCheckpointStore(Builder b) {
    this.directory = b.directory.toAbsolutePath().normalize();
    this.durability = b.durability;
    this.clock = b.clock;
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new CheckpointException("Cannot create the checkpoint directory " + directory, e);
    }
    Path lockFile = directory.resolve(".lock");
    FileChannel channel = null;
    FileLock acquired = null;
    try {
      channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        acquired = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        acquired = null;
      }
      if (acquired == null) {
        throw new CheckpointStoreLockedException(
            "The checkpoint directory "
                + directory
                + " is in use by another FileCheckpointStore (this process or another): two"
                + " monitors must not share checkpoint files; give each its own directory or"
                + " share one store instance",
            null);
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      closeQuietly(channel);
      throw new CheckpointException("Cannot lock the checkpoint directory " + directory, e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
    this.lockChannel = channel;
    this.lock = acquired;
    deleteStaleTemporaryFiles();
    if (durability == Durability.SYNC_PERIODICALLY) {
      syncer =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "checkpoint-sync");
                t.setDaemon(true);
                return t;
              });
      long ms = Math.max(1, b.syncInterval.toMillis());
      syncer.scheduleWithFixedDelay(this::syncPending, ms, ms, TimeUnit.MILLISECONDS);
    } else {
      syncer = null;
    }
  }

  /** A store in {@code directory} (created if needed) that forces every save to disk. */
  public static FileCheckpointStore open(Path directory) {
    return builder(directory).build();
  }

  public static Builder builder(Path directory) {
    return new Builder(directory);
  }

  public Path directory() {
    return directory;
  }

  public Durability durability() {
    return durability;
  }

  /** The file that holds the checkpoint of {@code key}. */
  public Path fileFor(String key) {
    return directory.resolve(fileName(key));
  }

  @Override
  public Optional<StoredCheckpoint> load(String key) {
    Objects.requireNonNull(key, "key");
    ensureOpen();
    synchronized (lockFor(key)) {
      Optional<StoredCheckpoint> c = read(key);
      versions.put(key, c.map(StoredCheckpoint::version).orElse(0L));
      return c;
    }
  }

  @Override
  public void save(String key, long expectedVersion, byte[] data) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(data, "data");
    ensureOpen();
    synchronized (lockFor(key)) {
      Long known = versions.get(key);
      long stored = known != null ? known : read(key).map(StoredCheckpoint::version).orElse(0L);
      if (stored != expectedVersion) {
        versions.put(key, stored);
        throw new CheckpointConflictException(
            "Checkpoint "
                + key
                + " is at version "
                + stored
                + ", not "
                + expectedVersion
                + ": another monitor changed it");
      }
      long version = expectedVersion + 1;
      write(key, version, data);
      versions.put(key, version);
    }
  }

  @Override
  public boolean tryLease(String key, String owner, Duration ttl) {
    Instant now = clock.instant();
    Lease mine = new Lease(owner, now.plus(ttl));
    return leases.compute(
            key,
            (k, current) ->
                current == null
                        || current.owner().equals(owner)
                        || !current.expiresAt().isAfter(now)
                    ? mine
                    : current)
        == mine;
  }

  @Override
  public void releaseLease(String key, String owner) {
    leases.computeIfPresent(key, (k, current) -> current.owner().equals(owner) ? null : current);
  }

  /** Forces pending saves to disk (periodic mode), then releases the directory lock. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (syncer != null) {
      syncer.shutdown();
      try {
        syncer.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      syncPending();
    }
    try {
      lock.release();
    } catch (IOException e) {
      LOG.debug("Releasing the lock of {} failed", directory, e);
    }
    closeQuietly(lockChannel);
  }

  @Override
  public String toString() {
    return "FileCheckpointStore{" + directory + ", " + durability + '}';
  }

  // ---- file format

  private Optional<StoredCheckpoint> read(String key) {
    Path file = fileFor(key);
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_SIZE) {
        throw corrupt(key, file, "it is larger than " + MAX_FILE_SIZE + " bytes", null);
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new CheckpointException("Cannot read the checkpoint file " + file, e);
    }
    return Optional.of(decode(key, file, bytes));
  }

  /** Checks header, checksum, length and key; anything off is corruption. */
  static StoredCheckpoint decode(String key, Path file, byte[] bytes) {
    int headerEnd = indexOf(bytes, 0);
    if (headerEnd < 0) {
      throw corrupt(key, file, "it has no header line (empty or truncated file)", null);
    }
    int sumEnd = indexOf(bytes, headerEnd + 1);
    if (sumEnd < 0) {
      throw corrupt(key, file, "it has no checksum line (truncated file)", null);
    }
    String header = new String(bytes, 0, headerEnd, StandardCharsets.UTF_8);
    String sumLine =
        new String(bytes, headerEnd + 1, sumEnd - headerEnd - 1, StandardCharsets.UTF_8);
    String[] parts = header.split(" ");
    if (parts.length != 4 || !parts[0].equals(MAGIC)) {
      throw corrupt(
          key,
          file,
          "its header is not '" + MAGIC + " version=.. length=.. key=..' (unknown format)",
          null);
    }
    long version;
    int length;
    String storedKey;
    try {
      version = Long.parseLong(field(parts[1], "version"));
      length = Integer.parseInt(field(parts[2], "length"));
      storedKey =
          new String(Base64.getUrlDecoder().decode(field(parts[3], "key")), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw corrupt(key, file, "its header cannot be read: " + e.getMessage(), e);
    }
    int dataStart = sumEnd + 1;
    if (!sumLine.startsWith("sha256=")) {
      throw corrupt(key, file, "its checksum line is damaged", null);
    }
    byte[] expected = sha256(bytes, 0, headerEnd + 1, bytes, dataStart, bytes.length - dataStart);
    if (!HexFormat.of().formatHex(expected).equals(sumLine.substring("sha256=".length()))) {
      throw corrupt(
          key,
          file,
          bytes.length - dataStart != length
              ? "it holds "
                  + (bytes.length - dataStart)
                  + " bytes of "
                  + length
                  + " (truncated or extended) and its checksum does not match"
              : "its SHA-256 checksum does not match (the content was changed or damaged)",
          null);
    }
    if (bytes.length - dataStart != length) {
      throw corrupt(key, file, "its length does not match its header", null);
    }
    if (!storedKey.equals(key)) {
      throw corrupt(key, file, "it belongs to another key (" + storedKey + ")", null);
    }
    if (version < 1) {
      throw corrupt(key, file, "its version " + version + " is not positive", null);
    }
    byte[] data = new byte[length];
    System.arraycopy(bytes, dataStart, data, 0, length);
    return new StoredCheckpoint(version, data);
  }

  /** The file content for a document: header line, checksum line, document. */
  static byte[] encode(String key, long version, byte[] data) {
    byte[] header =
        (MAGIC
                + " version="
                + version
                + " length="
                + data.length
                + " key="
                + Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(key.getBytes(StandardCharsets.UTF_8))
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] sum =
        ("sha256="
                + HexFormat.of().formatHex(sha256(header, 0, header.length, data, 0, data.length))
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[header.length + sum.length + data.length];
    System.arraycopy(header, 0, out, 0, header.length);
    System.arraycopy(sum, 0, out, header.length, sum.length);
    System.arraycopy(data, 0, out, header.length + sum.length, data.length);
    return out;
  }

  private void write(String key, long version, byte[] data) {
    Path target = fileFor(key);
    Path tmp = directory.resolve(fileName(key) + "." + UUID.randomUUID() + TEMP_SUFFIX);
    boolean sync = durability == Durability.SYNC_EACH_WRITE;
    try {
      try (FileChannel out =
          FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buf = ByteBuffer.wrap(encode(key, version, data));
        while (buf.hasRemaining()) {
          out.write(buf);
        }
        if (sync) {
          out.force(true);
        }
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      if (sync) {
        syncDirectory();
      } else {
        unsynced.add(target);
      }
    } catch (IOException e) {
      throw new CheckpointException(
          "Cannot write the checkpoint file " + target + " (the previous checkpoint is intact)", e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // Deleted when the store next opens.
        }
      }
    }
  }

  private void syncPending() {
    if (unsynced.isEmpty()) {
      return;
    }
    for (Path p : Set.copyOf(unsynced)) {
      unsynced.remove(p);
      try (FileChannel c = FileChannel.open(p, StandardOpenOption.READ)) {
        c.force(true);
      } catch (NoSuchFileException e) {
        // Replaced meanwhile; the newer file is in the set again.
      } catch (IOException e) {
        LOG.warn("Forcing checkpoint {} to disk failed: {}", p, e.toString());
        unsynced.add(p);
      }
    }
    syncDirectory();
  }

  private void syncDirectory() {
    if (!directorySyncSupported) {
      return;
    }
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some platforms (Windows) cannot open a directory; their renames are durable on their own.
      directorySyncSupported = false;
      LOG.debug("This platform cannot force directory {} to disk: {}", directory, e.toString());
    }
  }

  private void deleteStaleTemporaryFiles() {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(directory, "*" + TEMP_SUFFIX)) {
      for (Path p : stale) {
        Files.deleteIfExists(p);
        LOG.debug("Deleted {} left by an interrupted save", p);
      }
    } catch (IOException e) {
      LOG.warn("Cannot clean temporary files in {}: {}", directory, e.toString());
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new CheckpointException("The checkpoint store " + directory + " is closed");
    }
  }

  private Object lockFor(String key) {
    return keyLocks.computeIfAbsent(key, k -> new Object());
  }

  /** A readable prefix of the key plus a hash of all of it: safe on every file system. */
  static String fileName(String key) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < key.length() && s.length() < 60; i++) {
      char c = key.charAt(i);
      s.append(
          (c >= 'a' && c <= 'z')
                  || (c >= 'A' && c <= 'Z')
                  || (c >= '0' && c <= '9')
                  || c == '.'
                  || c == '@'
                  || c == '-'
                  || c == '_'
              ? c
              : '_');
    }
    byte[] k = key.getBytes(StandardCharsets.UTF_8);
    byte[] h = sha256(k, 0, k.length, k, 0, 0);
    return s + "-" + HexFormat.of().formatHex(h, 0, 8) + SUFFIX;
  }

  private static String field(String part, String name) {
    if (!part.startsWith(name + "=")) {
      throw new IllegalArgumentException("expected " + name + "=..., found " + part);
    }
    return part.substring(name.length() + 1);
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length && i < from + 4096; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static byte[] sha256(byte[] a, int aOff, int aLen, byte[] b, int bOff, int bLen) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(a, aOff, aLen);
      d.update(b, bOff, bLen);
      return d.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static CorruptCheckpointException corrupt(
      String key, Path file, String why, Throwable cause) {
    return new CorruptCheckpointException(
        key,
        "The checkpoint file "
            + file
            + " of "
            + key
            + " is damaged: "
            + why
            + ". The monitor will not guess: restore the file from a backup, or delete it to start"
            + " this folder afresh (its first-fetch window applies again)",
        cause);
  }

  private static void closeQuietly(FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // Nothing to do: the channel is gone either way.
      }
    }
  }

  /** Builds a {@link FileCheckpointStore}. Not thread-safe. */
  public static final class Builder {
    private final Path directory;
    private Durability durability = Durability.SYNC_EACH_WRITE;
    private Duration syncInterval = Duration.ofSeconds(1);
    private Clock clock = Clock.systemUTC();

    private Builder(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** Default {@link Durability#SYNC_EACH_WRITE}. */
    public Builder durability(Durability durability) {
      this.durability = Objects.requireNonNull(durability, "durability");
      return this;
    }

    /** How often {@link Durability#SYNC_PERIODICALLY} forces saves to disk; default 1 s. */
    public Builder syncInterval(Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("syncInterval must be positive");
      }
      this.syncInterval = interval;
      return this;
    }

    /** The clock leases expire by. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Opens the store.
     *
     * @throws CheckpointStoreLockedException when the directory is in use by another store
     */
    public FileCheckpointStore build() {
      return new FileCheckpointStore(this);
    }
  }
}
