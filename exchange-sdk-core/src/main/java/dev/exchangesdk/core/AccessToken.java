package dev.exchangesdk.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token and the instant it expires. {@link #toString()} never shows the token.
 *
 * <p>Immutable and thread-safe.
 */
public final class AccessToken {
  private final String token;
  private final Instant expiresAt;

  public AccessToken(String token, Instant expiresAt) {
    this.token = Objects.requireNonNull(token, "token");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The raw token, to put in an {@code Authorization: Bearer} header. */
  public String token() {
    return token;
  }

  /** When the token stops being accepted. */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** Whether the token has expired at {@code now}, or will within {@code marginSeconds}. */
  public boolean expiresWithin(Instant now, long marginSeconds) {
    return !now.plusSeconds(marginSeconds).isBefore(expiresAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken
        && token.equals(((AccessToken) o).token)
        && expiresAt.equals(((AccessToken) o).expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, expiresAt);
  }

  @Override
  public String toString() {
    return "AccessToken{token=<redacted>, expiresAt=" + expiresAt + '}';
  }
}
