package dev.exchangesdk.core.internal.auth;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/** The ways Microsoft identifies a certificate: the portal's thumbprint and the JWT header hash. */
public final class Thumbprints {
  private Thumbprints() {}

  /** SHA-1 of the DER certificate as uppercase hex, as the Azure portal shows it. */
  public static String sha1Hex(X509Certificate certificate) {
    return HexFormat.of().withUpperCase().formatHex(digest("SHA-1", der(certificate)));
  }

  /** The {@code x5t#S256} value: base64url (no padding) of SHA-256 of the DER certificate. */
  public static String x5tS256(X509Certificate certificate) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(digest("SHA-256", der(certificate)));
  }

  static byte[] der(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("a parsed certificate could not be encoded again", e);
    }
  }

  static byte[] digest(String algorithm, byte[] data) {
    try {
      return MessageDigest.getInstance(algorithm).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every Java platform", e);
    }
  }
}
