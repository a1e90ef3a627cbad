package dev.exchangesdk.ews.monitor;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a {@link MailboxMonitor} keeps its progress: one checkpoint per monitored folder, named by
 * {@link MonitoredFolder#key()}. The checkpoint is an opaque document the monitor writes (UTF-8
 * JSON, see {@code docs/MONITOR.md}); a store keeps it with a version number and never interprets
 * it.
 *
 * <p>The contract that makes the monitor's guarantees hold:
 *
 * <ul>
 *   <li>{@link #save} is atomic and durable when it returns: a later {@link #load}, in this process
 *       or after a crash, returns either the previous document or the new one, whole.
 *   <li>{@link #save} is a compare-and-set on the version: it fails with {@link
 *       CheckpointConflictException} when the stored version is not {@code expectedVersion}, so two
 *       monitor instances can never both advance one folder.
 *   <li>Damage is reported, never repaired silently: {@link #load} throws {@link
 *       CorruptCheckpointException} for a document it cannot vouch for.
 * </ul>
 *
 * <p>Several monitor instances may share one store (a database) and share the work: before polling
 * a folder an instance takes a lease on its key ({@link #tryLease}); an instance that cannot get
 * the lease skips the folder. A database-backed store keeps two small tables: checkpoints {@code
 * (key, version, data, updated_at)} saved with {@code UPDATE ... WHERE key=? AND version=?} (or an
 * insert for version 0), and leases {@code (key, owner, expires_at)} taken with {@code UPDATE ...
 * WHERE key=? AND (owner=? OR expires_at < now)}. The version check fences off an instance whose
 * lease expired while it was still working.
 *
 * <p>Implementations must be thread-safe: the monitor polls several folders at once.
 */
public interface CheckpointStore extends AutoCloseable {

  /**
   * The checkpoint stored under {@code key}, or empty when there is none.
   *
   * @throws CorruptCheckpointException when the stored document is damaged
   * @throws CheckpointException when the store cannot be read
   */
  Optional<StoredCheckpoint> load(String key);

  /**
   * Stores {@code data} under {@code key} as version {@code expectedVersion + 1}, if the stored
   * version is {@code expectedVersion} ({@code 0}: nothing stored yet).
   *
   * @throws CheckpointConflictException when the stored version differs
   * @throws CheckpointException when the store cannot be written (nothing was changed then)
   */
  void save(String key, long expectedVersion, byte[] data);

  /**
   * Takes or renews the lease on {@code key} for {@code owner} until {@code ttl} from now; false
   * when another owner holds an unexpired lease. Stores used by a single monitor instance may grant
   * every request (the default).
   */
  default boolean tryLease(String key, String owner, Duration ttl) {
    return true;
  }

  /** Gives up {@code owner}'s lease on {@code key}, if it holds it. */
  default void releaseLease(String key, String owner) {}

  /** Releases what the store holds (file locks, connections). */
  @Override
  default void close() {}
}
