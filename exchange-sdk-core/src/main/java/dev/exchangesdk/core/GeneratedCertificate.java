package dev.exchangesdk.core;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate made by {@link SelfSignedCertificates}, in every form the setup needs:
 *
 * <ul>
 *   <li>{@link #pfx()} and {@link #pfxBase64()}: the password-protected PFX (key and certificate)
 *       that the program configures in {@link CertificateCredential};
 *   <li>{@link #certificatePem()}: the public certificate ({@code .cer}) to upload to the app
 *       registration in Microsoft Entra ID;
 *   <li>{@link #thumbprint()}: what the Azure portal lists for the uploaded certificate.
 * </ul>
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows only public facts, never the PFX.
 */
public final class GeneratedCertificate {
  private final byte[] pfx;
  private final X509Certificate certificate;
  private final String certificatePem;
  private final String thumbprint;
  private final String x5tS256;
  private final String friendlyName;
  private final int keySize;

  GeneratedCertificate(
      byte[] pfx,
      X509Certificate certificate,
      String thumbprint,
      String x5tS256,
      String friendlyName,
      int keySize) {
    this.pfx = pfx.clone();
    this.certificate = Objects.requireNonNull(certificate, "certificate");
    this.certificatePem = pem(certificate);
    this.thumbprint = thumbprint;
    this.x5tS256 = x5tS256;
    this.friendlyName = friendlyName;
    this.keySize = keySize;
  }

  /** The PFX (PKCS#12) file: private key and certificate, protected by the password. A copy. */
  public byte[] pfx() {
    return pfx.clone();
  }

  /**
   * The PFX as one line of Base64: with the same password, this is the value for {@link
   * CertificateCredential.Builder#pfxBase64(String, char[])} (the {@code certificateBase64.txt} of
   * other tools).
   */
  public String pfxBase64() {
    return Base64.getEncoder().encodeToString(pfx);
  }

  /**
   * The public certificate in PEM ({@code -----BEGIN CERTIFICATE-----}): save it as a {@code .cer}
   * file and upload it to the app registration under Certificates &amp; secrets.
   */
  public String certificatePem() {
    return certificatePem;
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** SHA-1 thumbprint in uppercase hex, as the Azure portal shows it. */
  public String thumbprint() {
    return thumbprint;
  }

  /** The {@code x5t#S256} value: base64url SHA-256 of the DER certificate. */
  public String x5tS256() {
    return x5tS256;
  }

  /** The subject, e.g. {@code CN=localhost,ST=Washington,C=US}. */
  public String subject() {
    return certificate.getSubjectX500Principal().getName();
  }

  public Instant notBefore() {
    return certificate.getNotBefore().toInstant();
  }

  public Instant notAfter() {
    return certificate.getNotAfter().toInstant();
  }

  /** The PKCS#12 friendly name, when one was set. */
  public Optional<String> friendlyName() {
    return Optional.ofNullable(friendlyName);
  }

  /** The RSA key size in bits. */
  public int keySize() {
    return keySize;
  }

  @Override
  public String toString() {
    return "GeneratedCertificate{subject="
        + subject()
        + ", thumbprint="
        + thumbprint
        + ", notBefore="
        + notBefore()
        + ", notAfter="
        + notAfter()
        + ", keySize="
        + keySize
        + (friendlyName == null ? "" : ", friendlyName=" + friendlyName)
        + '}';
  }

  private static String pem(X509Certificate certificate) {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("a generated certificate could not be encoded", e);
    }
  }
}
