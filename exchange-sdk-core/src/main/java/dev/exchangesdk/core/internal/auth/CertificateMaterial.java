package dev.exchangesdk.core.internal.auth;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key and its certificate chain, leaf first, as loaded from one of the input forms.
 * {@link #toString()} shows only public facts about the certificate.
 *
 * <p>Immutable and thread-safe.
 */
public final class CertificateMaterial {
  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  /**
   * @param privateKey the key that signs client assertions
   * @param chain the leaf certificate of {@code privateKey} first, then any issuers
   */
  public CertificateMaterial(PrivateKey privateKey, List<X509Certificate> chain) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.chain = List.copyOf(chain);
    if (this.chain.isEmpty()) {
      throw new IllegalArgumentException("a certificate chain has at least the leaf certificate");
    }
  }

  public PrivateKey privateKey() {
    return privateKey;
  }

  /** The certificate of {@link #privateKey()}. */
  public X509Certificate leaf() {
    return chain.get(0);
  }

  /** The leaf certificate and its issuers, in that order: what {@code x5c} carries. */
  public List<X509Certificate> chain() {
    return chain;
  }

  /** The leaf's SHA-1 thumbprint in uppercase hex. */
  public String thumbprint() {
    return Thumbprints.sha1Hex(leaf());
  }

  @Override
  public String toString() {
    return "CertificateMaterial{thumbprint="
        + thumbprint()
        + ", subject="
        + leaf().getSubjectX500Principal().getName()
        + ", notAfter="
        + leaf().getNotAfter().toInstant()
        + ", chainLength="
        + chain.size()
        + '}';
  }
}
