package dev.exchangesdk.compliance.model;

import java.util.Objects;

/**
 * One location of a finished compliance search: how many items matched there and their size (one
 * record of {@code SuccessResults}). Immutable and thread-safe.
 *
 * @param location the mailbox address or site URL, as the service names it
 * @param itemCount matching items at that location
 * @param totalSize their total size in bytes
 */
public record LocationResult(String location, long itemCount, long totalSize) {
  public LocationResult {
    Objects.requireNonNull(location, "location");
  }
}
