package dev.exchangesdk.core;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A listing fetched lazily, one page at a time, as the caller iterates.
 *
 * <p>Iterate items directly, {@link #stream()} them, or walk {@link #byPage()} to see page
 * boundaries and continuation tokens. Each iteration starts a fresh walk from the first page (or
 * from the given token). A service that hands back a continuation token it already gave in the same
 * walk would loop forever; the walk stops with {@link ResponseFormatException} instead.
 *
 * <p>Thread-safe to share; each iterator is for one thread.
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> implements Iterable<T> {

  /** Fetches one page; {@code continuationToken} is {@code null} for the first page. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    Page<T> fetch(String continuationToken);
  }

  private final PageFetcher<T> fetcher;

  private PagedIterable(PageFetcher<T> fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  public static <T> PagedIterable<T> of(PageFetcher<T> fetcher) {
    return new PagedIterable<>(fetcher);
  }

  /** Every item of every page, fetching pages as needed. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = byPage().iterator();
    return new Iterator<>() {
      private final ArrayDeque<T> buffered = new ArrayDeque<>();

      @Override
      public boolean hasNext() {
        while (buffered.isEmpty() && pages.hasNext()) {
          buffered.addAll(pages.next().items());
        }
        return !buffered.isEmpty();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return buffered.poll();
      }
    };
  }

  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The pages from the first one. */
  public Iterable<Page<T>> byPage() {
    return () -> new PageIterator(null);
  }

  /** The pages from the one {@code continuationToken} points at (a token from {@link Page}). */
  public Iterable<Page<T>> byPage(String continuationToken) {
    Objects.requireNonNull(continuationToken, "continuationToken");
    return () -> new PageIterator(continuationToken);
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> seenTokens = new HashSet<>();
    private String nextToken;
    private boolean done;

    PageIterator(String startToken) {
      this.nextToken = startToken;
      if (startToken != null) {
        seenTokens.add(startToken);
      }
    }

    @Override
    public boolean hasNext() {
      return !done;
    }

    @Override
    public Page<T> next() {
      if (done) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetcher.fetch(nextToken);
      String token = page.continuationToken().orElse(null);
      if (token == null) {
        done = true;
      } else if (!seenTokens.add(token)) {
        done = true;
        throw new ResponseFormatException(
            "The service returned a continuation token it had already returned; stopping to avoid"
                + " an endless loop",
            null);
      }
      nextToken = token;
      return page;
    }
  }
}
