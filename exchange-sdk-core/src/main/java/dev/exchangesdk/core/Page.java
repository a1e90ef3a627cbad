package dev.exchangesdk.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its items and the token that fetches the next page ({@code empty} on the
 * last page). Pass the token to {@link PagedIterable#byPage(String)} to resume later, even in
 * another process.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String continuationToken;

  public Page(List<T> items, String continuationToken) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.continuationToken = continuationToken;
  }

  public List<T> items() {
    return items;
  }

  /** The token of the next page, or empty when this page is the last. */
  public Optional<String> continuationToken() {
    return Optional.ofNullable(continuationToken);
  }

  @Override
  public String toString() {
    return "Page{items=" + items.size() + ", hasNext=" + (continuationToken != null) + '}';
  }
}
