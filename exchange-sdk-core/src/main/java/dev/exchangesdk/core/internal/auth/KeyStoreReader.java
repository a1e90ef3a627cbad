package dev.exchangesdk.core.internal.auth;

import dev.exchangesdk.core.CertificateLoadException;
import dev.exchangesdk.core.CertificateLoadException.Reason;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Takes the private key entry and its chain out of a loaded {@link KeyStore}. */
final class KeyStoreReader {
  private KeyStoreReader() {}

  /**
   * Reads one private key entry.
   *
   * @param alias the entry to use, or {@code null} to use the only private key entry
   * @param what how the key store is named in messages, e.g. "the PFX file /etc/app.pfx"
   */
  static CertificateMaterial read(KeyStore store, String alias, char[] password, String what) {
    String entry = alias != null ? requireKeyEntry(store, alias, what) : onlyKeyEntry(store, what);
    PrivateKey key = privateKey(store, entry, password, what);
    return new CertificateMaterial(key, chain(store, entry, what));
  }

  private static String requireKeyEntry(KeyStore store, String alias, String what) {
    try {
      if (store.isKeyEntry(alias)) {
        return alias;
      }
      throw new CertificateLoadException(
          Reason.ALIAS_NOT_FOUND,
          what
              + " has no private key entry named '"
              + alias
              + "'; its private key entries are "
              + keyAliases(store)
              + ".");
    } catch (KeyStoreException e) {
      throw unreadable(what, e);
    }
  }

  private static String onlyKeyEntry(KeyStore store, String what) {
    List<String> keys = keyAliases(store);
    if (keys.size() == 1) {
      return keys.get(0);
    }
    if (keys.isEmpty()) {
      throw new CertificateLoadException(
          Reason.NO_PRIVATE_KEY,
          what
              + " holds "
              + count(store)
              + " certificate(s) but no private key. Export the certificate again together with"
              + " its private key (PFX/PKCS#12 with the key, e.g. Export-PfxCertificate or openssl"
              + " pkcs12 -export -inkey key.pem -in cert.pem).");
    }
    throw new CertificateLoadException(
        Reason.MULTIPLE_PRIVATE_KEYS,
        what
            + " holds "
            + keys.size()
            + " private keys ("
            + String.join(", ", keys)
            + "); load it into a KeyStore and pass the alias of the one to use.");
  }

  private static PrivateKey privateKey(KeyStore store, String alias, char[] password, String what) {
    Key key;
    try {
      key = store.getKey(alias, password);
    } catch (UnrecoverableKeyException e) {
      throw new CertificateLoadException(
          Reason.WRONG_PASSWORD,
          "The password does not unlock the private key '"
              + alias
              + "' in "
              + what
              + ". Check the password (the key may have a password of its own).",
          e);
    } catch (GeneralSecurityException e) {
      throw unreadable(what, e);
    }
    if (!(key instanceof PrivateKey)) {
      throw new CertificateLoadException(
          Reason.NO_PRIVATE_KEY,
          "The entry '" + alias + "' in " + what + " is a secret key, not a private key.");
    }
    return (PrivateKey) key;
  }

  private static List<X509Certificate> chain(KeyStore store, String alias, String what) {
    try {
      Certificate[] chain = store.getCertificateChain(alias);
      if (chain == null || chain.length == 0) {
        Certificate single = store.getCertificate(alias);
        chain = single == null ? new Certificate[0] : new Certificate[] {single};
      }
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : chain) {
        if (c instanceof X509Certificate) {
          out.add((X509Certificate) c);
        }
      }
      if (out.isEmpty()) {
        throw new CertificateLoadException(
            Reason.NO_CERTIFICATE,
            "The private key '"
                + alias
                + "' in "
                + what
                + " has no X.509 certificate; store the key together with its certificate.");
      }
      return out;
    } catch (KeyStoreException e) {
      throw unreadable(what, e);
    }
  }

  private static List<String> keyAliases(KeyStore store) {
    try {
      List<String> keys = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          keys.add(alias);
        }
      }
      return keys;
    } catch (KeyStoreException e) {
      throw new IllegalStateException("the key store was loaded a moment ago", e);
    }
  }

  private static int count(KeyStore store) {
    try {
      return store.size();
    } catch (KeyStoreException e) {
      return 0;
    }
  }

  private static CertificateLoadException unreadable(String what, Exception e) {
    return new CertificateLoadException(
        Reason.UNREADABLE_SOURCE,
        "Could not read " + what + ": " + e.getClass().getSimpleName() + ".",
        e);
  }
}
