package dev.exchangesdk.ews.model;

import java.util.List;

/**
 * One batch of changes from a folder synchronization.
 *
 * <p>Immutable and thread-safe.
 *
 * @param changes the changes, oldest first
 * @param syncState the state to pass to the next call (persist it to resume after a restart)
 * @param complete whether this batch reaches the present ({@code IncludesLastItemInRange}); when
 *     false, call again at once with {@code syncState}
 */
public record ItemChanges(List<ItemChange> changes, String syncState, boolean complete) {

  public ItemChanges {
    changes = List.copyOf(changes);
  }
}
