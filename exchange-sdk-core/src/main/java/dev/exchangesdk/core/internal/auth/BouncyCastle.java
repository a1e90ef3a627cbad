package dev.exchangesdk.core.internal.auth;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider instance the SDK hands to BouncyCastle's builders. It is never
 * registered with {@code Security.addProvider}: an SDK must not change the JVM's provider list
 * under the application that embeds it.
 */
final class BouncyCastle {
  /** Created on first use (building a provider takes a noticeable fraction of a second). */
  static final Provider PROVIDER = new BouncyCastleProvider();

  private BouncyCastle() {}
}
