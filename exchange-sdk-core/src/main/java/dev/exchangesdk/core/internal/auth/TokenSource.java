package dev.exchangesdk.core.internal.auth;

import dev.exchangesdk.core.AccessToken;
import java.util.List;

/** Fetches a new token from the identity platform, every time it is called (no caching). */
@FunctionalInterface
public interface TokenSource {

  /**
   * @param scopes the scopes, sorted and without duplicates
   * @throws dev.exchangesdk.core.ExchangeException when no token can be obtained
   */
  AccessToken fetch(List<String> scopes);
}
