package dev.exchangesdk.ews.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps checkpoints in memory: for tests, and for monitors whose progress may be forgotten on
 * restart (the first-fetch window then applies again). Compare-and-set and leases behave as in a
 * shared database, so several monitors in one JVM can share one instance. Thread-safe.
 */
public final class InMemoryCheckpointStore implements CheckpointStore {
  private final Map<String, StoredCheckpoint> checkpoints = new ConcurrentHashMap<>();
  private final Map<String, Lease> leases = new ConcurrentHashMap<>();
  private final Clock clock;

  private record Lease(String owner, Instant expiresAt) {}

  public InMemoryCheckpointStore() {
    this(Clock.systemUTC());
  }

  /** A store whose leases expire by {@code clock}. */
  public InMemoryCheckpointStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<StoredCheckpoint> load(String key) {
    return Optional.ofNullable(checkpoints.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public void save(String key, long expectedVersion, byte[] data) {
    Objects.requireNonNull(key, "key");
    StoredCheckpoint next = new StoredCheckpoint(expectedVersion + 1, data);
    checkpoints.compute(
        key,
        (k, current) -> {
          long stored = current == null ? 0 : current.version();
          if (stored != expectedVersion) {
            throw new CheckpointConflictException(
                "Checkpoint "
                    + k
                    + " is at version "
                    + stored
                    + ", not "
                    + expectedVersion
                    + ": another monitor instance changed it");
          }
          return next;
        });
  }

  @Override
  public boolean tryLease(String key, String owner, Duration ttl) {
    Instant now = clock.instant();
    Lease mine = new Lease(owner, now.plus(ttl));
    Lease result =
        leases.compute(
            key,
            (k, current) ->
                current == null
                        || current.owner().equals(owner)
                        || !current.expiresAt().isAfter(now)
                    ? mine
                    : current);
    return result == mine;
  }

  @Override
  public void releaseLease(String key, String owner) {
    leases.computeIfPresent(key, (k, current) -> current.owner().equals(owner) ? null : current);
  }

  /** Forgets every checkpoint and lease. */
  public void clear() {
    checkpoints.clear();
    leases.clear();
  }

  @Override
  public String toString() {
    return "InMemoryCheckpointStore{" + checkpoints.size() + " checkpoints}";
  }
}
