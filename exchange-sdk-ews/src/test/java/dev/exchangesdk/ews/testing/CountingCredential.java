package dev.exchangesdk.ews.testing;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.TokenCredential;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Hands out tokens {@code token-1}, {@code token-2} ...: a new one after each invalidation. */
public final class CountingCredential implements TokenCredential {
  private final AtomicInteger issued = new AtomicInteger(1);
  private final AtomicInteger invalidations = new AtomicInteger();
  private volatile List<String> lastScopes;

  @Override
  public AccessToken getToken(List<String> scopes) {
    lastScopes = List.copyOf(scopes);
    return new AccessToken("token-" + issued.get(), Instant.MAX);
  }

  @Override
  public void invalidate() {
    invalidations.incrementAndGet();
    issued.incrementAndGet();
  }

  /** The scopes of the last token request. */
  public List<String> lastScopes() {
    return lastScopes;
  }

  public int invalidations() {
    return invalidations.get();
  }
}
