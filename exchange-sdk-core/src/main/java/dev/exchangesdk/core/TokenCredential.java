package dev.exchangesdk.core;

import java.util.List;

/**
 * Supplies access tokens for a list of scopes. The SDK's clients call it before each request; an
 * implementation caches and refreshes tokens itself.
 *
 * <p>Implementations must be thread-safe. The SDK provides {@link CertificateCredential} (app-only
 * certificate authentication through MSAL4J) and {@link StaticTokenCredential} (a token the caller
 * obtained elsewhere); implement this interface to plug in any other source.
 */
public interface TokenCredential {

  /**
   * Returns a token valid for the scopes, from the cache when possible.
   *
   * @throws AuthenticationException when no token can be obtained
   */
  AccessToken getToken(List<String> scopes);

  /** Drops every cached token, so the next call fetches a new one (the "auth reset"). */
  default void invalidate() {}

  /**
   * Tells the credential that a service rejected {@code rejected} (HTTP 401). The default drops all
   * cached tokens; implementations may drop only that one, so that concurrent rejections of the
   * same token cause a single refresh.
   */
  default void invalidate(AccessToken rejected) {
    invalidate();
  }
}
