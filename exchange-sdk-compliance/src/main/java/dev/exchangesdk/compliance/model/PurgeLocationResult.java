package dev.exchangesdk.compliance.model;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What a purge action did at one location. Immutable and thread-safe.
 *
 * @param location the mailbox, or empty when the service did not name it (it sometimes prints
 *     {@code Location: ;})
 * @param itemCount items purged
 * @param totalSize their total size in bytes
 * @param failedCount items that could not be purged, when the service said
 */
public record PurgeLocationResult(
    String location, long itemCount, long totalSize, OptionalLong failedCount) {
  public PurgeLocationResult {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(failedCount, "failedCount");
  }
}
