package dev.exchangesdk.core.internal.auth;

import dev.exchangesdk.core.CertificateLoadException;
import dev.exchangesdk.core.CertificateLoadException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a key and certificates can sign Microsoft Entra client assertions: an RSA key of at
 * least 2048 bits, a certificate that belongs to it, inside its validity period. A certificate that
 * expires within 30 days is accepted with a warning, so that it is replaced before it stops
 * working.
 */
public final class CertificateChecks {
  static final Duration EXPIRY_WARNING = Duration.ofDays(30);
  static final int MIN_RSA_BITS = 2048;
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.auth");

  private CertificateChecks() {}

  /**
   * Finds the certificate of {@code key} among {@code certificates} and checks both.
   *
   * @return the key with the chain ordered leaf first (the other certificates keep their order)
   */
  public static CertificateMaterial verify(
      PrivateKey key, List<X509Certificate> certificates, Clock clock) {
    if (!"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw unsupportedKeyType(key.getAlgorithm());
    }
    X509Certificate leaf = null;
    for (X509Certificate c : certificates) {
      if (belongsTo(key, c.getPublicKey())) {
        leaf = c;
        break;
      }
    }
    if (leaf == null) {
      throw mismatch(certificates);
    }
    int bits = ((RSAPublicKey) leaf.getPublicKey()).getModulus().bitLength();
    if (bits < MIN_RSA_BITS) {
      throw new CertificateLoadException(
          Reason.KEY_TOO_SMALL,
          "The certificate's RSA key has "
              + bits
              + " bits; Microsoft Entra ID needs at least "
              + MIN_RSA_BITS
              + ". Create a new certificate with a 2048-bit (or longer) key.");
    }
    checkValidity(leaf, clock.instant());
    List<X509Certificate> chain = new ArrayList<>(certificates.size());
    chain.add(leaf);
    for (X509Certificate c : certificates) {
      if (c != leaf) {
        chain.add(c);
      }
    }
    return new CertificateMaterial(key, chain);
  }

  /** The error for a key Microsoft Entra cannot use, naming its algorithm. */
  static CertificateLoadException unsupportedKeyType(String algorithm) {
    return new CertificateLoadException(
        Reason.UNSUPPORTED_KEY_TYPE,
        "The certificate has an "
            + algorithm
            + " key; Microsoft Entra certificate credentials through MSAL need an RSA key. Create an"
            + " RSA certificate (2048 bits or more), e.g. with SelfSignedCertificates.");
  }

  private static void checkValidity(X509Certificate leaf, Instant now) {
    Instant notBefore = leaf.getNotBefore().toInstant();
    Instant notAfter = leaf.getNotAfter().toInstant();
    String thumbprint = Thumbprints.sha1Hex(leaf);
    if (now.isBefore(notBefore)) {
      throw new CertificateLoadException(
          Reason.NOT_YET_VALID,
          "Certificate "
              + thumbprint
              + " is not valid before "
              + notBefore
              + ". Check this machine's clock, or use a certificate that is valid now.");
    }
    if (now.isAfter(notAfter)) {
      throw new CertificateLoadException(
          Reason.EXPIRED,
          "Certificate "
              + thumbprint
              + " expired on "
              + notAfter
              + ". Create a new certificate, upload its public certificate (.cer) to the app"
              + " registration, and configure the new PFX.");
    }
    if (now.plus(EXPIRY_WARNING).isAfter(notAfter)) {
      LOG.warn(
          "Certificate {} ({}) expires on {} (in {} days). Create a new certificate, upload its"
              + " .cer to the app registration and switch to it before then.",
          thumbprint,
          leaf.getSubjectX500Principal().getName(),
          LocalDate.ofInstant(notAfter, ZoneOffset.UTC),
          Duration.between(now, notAfter).toDays());
    }
  }

  /** Whether {@code key} is the private half of {@code publicKey}. */
  private static boolean belongsTo(PrivateKey key, PublicKey publicKey) {
    if (!(publicKey instanceof RSAPublicKey)) {
      return false;
    }
    RSAPublicKey pub = (RSAPublicKey) publicKey;
    if (key instanceof RSAKey) {
      if (!((RSAKey) key).getModulus().equals(pub.getModulus())) {
        return false;
      }
      return !(key instanceof RSAPrivateCrtKey)
          || ((RSAPrivateCrtKey) key).getPublicExponent().equals(pub.getPublicExponent());
    }
    // A key that keeps its numbers to itself (a hardware token): prove it by signing.
    return signatureVerifies(key, pub);
  }

  private static boolean signatureVerifies(PrivateKey key, PublicKey publicKey) {
    byte[] challenge = "exchange-sdk key check".getBytes(StandardCharsets.US_ASCII);
    try {
      Signature signer = Signature.getInstance("SHA256withRSA");
      signer.initSign(key);
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance("SHA256withRSA");
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static CertificateLoadException mismatch(List<X509Certificate> certificates) {
    StringBuilder names = new StringBuilder();
    for (X509Certificate c : certificates) {
      names.append(names.length() == 0 ? "" : "; ");
      names
          .append(Thumbprints.sha1Hex(c))
          .append(" (")
          .append(c.getSubjectX500Principal().getName())
          .append(')');
    }
    return new CertificateLoadException(
        Reason.KEY_MISMATCH,
        "The private key does not belong to the certificate"
            + (certificates.size() > 1 ? "s " : " ")
            + names
            + ". Pair the certificate with the key it was created with.");
  }
}
