package dev.exchangesdk.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A credential that always returns one token the caller obtained elsewhere (another library, a
 * managed identity, a test). It cannot refresh: when the token expires, calls fail with {@link
 * AuthenticationException}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the token.
 */
public final class StaticTokenCredential implements TokenCredential {
  private final AccessToken token;

  /** A token that never expires as far as the SDK knows (the server still decides). */
  public StaticTokenCredential(String token) {
    this(new AccessToken(token, Instant.MAX));
  }

  public StaticTokenCredential(AccessToken token) {
    this.token = Objects.requireNonNull(token, "token");
  }

  @Override
  public AccessToken getToken(List<String> scopes) {
    return token;
  }

  @Override
  public String toString() {
    String expiry =
        token.expiresAt().equals(Instant.MAX) ? "unknown" : token.expiresAt().toString();
    return "StaticTokenCredential{token=<redacted>, expiresAt=" + expiry + '}';
  }
}
