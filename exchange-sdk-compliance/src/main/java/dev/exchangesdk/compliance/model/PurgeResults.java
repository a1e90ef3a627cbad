package dev.exchangesdk.compliance.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The results of a purge action, read from its {@code Results} text: the purge type, the totals and
 * one row per location. Immutable and thread-safe.
 *
 * @param purgeType {@code SoftDelete} or {@code HardDelete} as the service printed it, when it did
 * @param itemCount the total the service printed in the header, when it did
 * @param totalSize the total size in bytes the service printed in the header, when it did
 * @param locations the per-location rows, with the raw text and any parse problems
 */
public record PurgeResults(
    Optional<String> purgeType,
    OptionalLong itemCount,
    OptionalLong totalSize,
    ParsedResults<PurgeLocationResult> locations) {

  public PurgeResults {
    Objects.requireNonNull(purgeType, "purgeType");
    Objects.requireNonNull(itemCount, "itemCount");
    Objects.requireNonNull(totalSize, "totalSize");
    Objects.requireNonNull(locations, "locations");
  }

  /** Nothing purged and no text. */
  public static PurgeResults empty() {
    return new PurgeResults(
        Optional.empty(), OptionalLong.empty(), OptionalLong.empty(), ParsedResults.empty());
  }

  /** The header's item count, or the sum of the rows when the header had none. */
  public long totalItemCount() {
    return itemCount.orElseGet(
        () -> locations.rows().stream().mapToLong(PurgeLocationResult::itemCount).sum());
  }

  /** The sum of the rows' failed counts (rows without one count as zero). */
  public long totalFailedCount() {
    return locations.rows().stream().mapToLong(r -> r.failedCount().orElse(0)).sum();
  }

  /** The original text. */
  public String raw() {
    return locations.raw();
  }
}
