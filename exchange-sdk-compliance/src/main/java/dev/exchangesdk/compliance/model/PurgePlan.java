package dev.exchangesdk.compliance.model;

import java.util.List;
import java.util.Objects;

/**
 * What a search-and-purge is about to purge, shown to the caller's confirmation: the search, the
 * purge type, and the mailboxes with matching items. Immutable and thread-safe.
 *
 * @param searchName the completed search whose results would be purged
 * @param contentMatchQuery its KQL query
 * @param purgeType how the items would be removed
 * @param locations the locations with at least one matching item
 * @param totalItems the sum of their item counts
 */
public record PurgePlan(
    String searchName,
    String contentMatchQuery,
    PurgeType purgeType,
    List<LocationResult> locations,
    long totalItems) {

  /** The most items one purge action removes from one mailbox. */
  public static final int SERVICE_LIMIT_PER_MAILBOX = 10;

  public PurgePlan {
    Objects.requireNonNull(searchName, "searchName");
    Objects.requireNonNull(contentMatchQuery, "contentMatchQuery");
    Objects.requireNonNull(purgeType, "purgeType");
    locations = List.copyOf(locations);
  }

  /** The largest item count of a single location. */
  public long maxItemsPerLocation() {
    return locations.stream().mapToLong(LocationResult::itemCount).max().orElse(0);
  }

  /**
   * The locations with more items than one purge action removes ({@value
   * #SERVICE_LIMIT_PER_MAILBOX}): a single purge leaves the rest in place.
   */
  public List<LocationResult> locationsOverServiceLimit() {
    return locations.stream().filter(l -> l.itemCount() > SERVICE_LIMIT_PER_MAILBOX).toList();
  }
}
