package dev.exchangesdk.core;

import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a listing: its items, the warnings the service attached to it, and the token that
 * fetches the next page ({@code empty} on the last page). Pass the token to {@link
 * PagedIterable#byPage(String)} to resume later, even in another process.
 *
 * <p>Warnings come from cmdlet listings (the admin and compliance clients, <code>
 * &#64;adminapi.warnings</code> on the wire), e.g. the Tenant Allow/Block List's "No entries
 * found."; a page can hold a warning and no item. Listings of other services have none. Immutable
 * and thread-safe if the items are.
 *
 * @param <T> the item type
 */
public final class Page<T> {
  private final List<T> items;
  private final String continuationToken;
  private final List<CmdletWarning> warnings;

  /** A page without warnings. */
  public Page(List<T> items, String continuationToken) {
    this(items, continuationToken, List.of());
  }

  /** A page with the warnings the service wrote while producing it. */
  public Page(List<T> items, String continuationToken, List<CmdletWarning> warnings) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.continuationToken = continuationToken;
    this.warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  public List<T> items() {
    return items;
  }

  /**
   * The warnings the service wrote while producing this page, in order (they were also logged and
   * passed to the client's warning listener); empty when none.
   */
  public List<CmdletWarning> warnings() {
    return warnings;
  }

  /** Whether the service wrote any warning for this page. */
  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  /** The token of the next page, or empty when this page is the last. */
  public Optional<String> continuationToken() {
    return Optional.ofNullable(continuationToken);
  }

  @Override
  public String toString() {
    return "Page{items="
        + items.size()
        + ", warnings="
        + warnings.size()
        + ", hasNext="
        + (continuationToken != null)
        + '}';
  }
}
