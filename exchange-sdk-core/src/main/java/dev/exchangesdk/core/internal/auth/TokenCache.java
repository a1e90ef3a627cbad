package dev.exchangesdk.core.internal.auth;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.TransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Caches tokens per scope list and fetches a new one before the cached one expires.
 *
 * <ul>
 *   <li>A caller never receives a token that expires within the refresh margin (5 minutes by
 *       default): a token is replaced while it still works, not by the request that finds it dead.
 *       For tokens that live less than twice the margin, half their lifetime is used instead, so
 *       that short-lived tokens are still cached.
 *   <li>Callers that miss the cache at the same time share one fetch (single flight); they all
 *       receive its token, or its exception.
 *   <li>{@link #clear()} drops everything; {@link #invalidate(AccessToken)} drops a token only if
 *       it is still the cached one, so that many requests rejected with the same token refresh
 *       once.
 * </ul>
 *
 * <p>Expiry is judged on the injected {@link Clock}. Thread-safe.
 */
public final class TokenCache {
  private final TokenSource source;
  private final Clock clock;
  private final Duration margin;
  private final ConcurrentHashMap<List<String>, Entry> entries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<List<String>, CompletableFuture<AccessToken>> inFlight =
      new ConcurrentHashMap<>();
  // Bumped by clear(): a fetch that started before it must not repopulate the cache.
  private final AtomicLong generation = new AtomicLong();

  public TokenCache(TokenSource source, Clock clock, Duration margin) {
    this.source = Objects.requireNonNull(source, "source");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.margin = Objects.requireNonNull(margin, "margin");
    if (margin.isNegative()) {
      throw new IllegalArgumentException("the refresh margin must not be negative");
    }
  }

  /** A token for the scopes that is valid beyond the margin, fetched when the cache has none. */
  public AccessToken get(List<String> scopes) {
    List<String> key = key(scopes);
    AccessToken cached = fresh(key);
    if (cached != null) {
      return cached;
    }
    CompletableFuture<AccessToken> mine = new CompletableFuture<>();
    CompletableFuture<AccessToken> running = inFlight.putIfAbsent(key, mine);
    if (running != null) {
      return await(running);
    }
    try {
      // Another caller may have stored a token between our look-up and our winning the flight.
      AccessToken token = fresh(key);
      if (token == null) {
        long startedIn = generation.get();
        Instant requestedAt = clock.instant();
        token = source.fetch(key);
        if (generation.get() == startedIn) {
          entries.put(key, new Entry(token, refreshAt(token, requestedAt)));
        }
      }
      mine.complete(token);
      return token;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      inFlight.remove(key, mine);
    }
  }

  /** Drops every cached token. */
  public void clear() {
    generation.incrementAndGet();
    entries.clear();
  }

  /** Drops {@code rejected} if it is still cached; a newer token stays. */
  public void invalidate(AccessToken rejected) {
    if (rejected != null) {
      entries.values().removeIf(e -> e.token.equals(rejected));
    }
  }

  private AccessToken fresh(List<String> key) {
    Entry e = entries.get(key);
    return e != null && clock.instant().isBefore(e.refreshAt) ? e.token : null;
  }

  private Instant refreshAt(AccessToken token, Instant requestedAt) {
    Duration lifetime = Duration.between(requestedAt, token.expiresAt());
    Duration halfLife = lifetime.isNegative() ? Duration.ZERO : lifetime.dividedBy(2);
    Duration early = margin.compareTo(halfLife) > 0 ? halfLife : margin;
    return token.expiresAt().minus(early);
  }

  private static AccessToken await(CompletableFuture<AccessToken> running) {
    try {
      return running.get();
    } catch (ExecutionException e) {
      // The shared fetch failed: every waiter gets the leader's exception, with its type intact.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw (Error) cause;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("Interrupted while waiting for a token", null, false, e);
    }
  }

  private static List<String> key(List<String> scopes) {
    Objects.requireNonNull(scopes, "scopes");
    if (scopes.isEmpty()) {
      throw new InvalidRequestException(
          "At least one scope is needed, e.g. https://outlook.office365.com/.default");
    }
    if (scopes.size() == 1) {
      // The usual case (one .default scope): no sorting, no copy beyond the immutable key.
      return List.of(scopes.get(0));
    }
    return List.copyOf(new TreeSet<>(scopes));
  }

  private static final class Entry {
    final AccessToken token;
    final Instant refreshAt;

    Entry(AccessToken token, Instant refreshAt) {
      this.token = token;
      this.refreshAt = refreshAt;
    }
  }
}
