package dev.exchangesdk.core.internal.auth;

import dev.exchangesdk.core.CertificateLoadException;
import dev.exchangesdk.core.CertificateLoadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads PEM text: certificates ({@code CERTIFICATE} blocks) and one private key in any of the forms
 * OpenSSL writes: PKCS#8 ({@code PRIVATE KEY}), encrypted PKCS#8 ({@code ENCRYPTED PRIVATE KEY}),
 * PKCS#1 ({@code RSA PRIVATE KEY}) and its legacy encrypted form ({@code Proc-Type: 4,ENCRYPTED}).
 * Blocks of the other kind are skipped, so one combined PEM file can serve as both inputs.
 *
 * <p>Errors about the key never carry BouncyCastle's exception as a cause: its messages may quote
 * the data being parsed, and that data is the private key.
 */
final class PemReader {
  private static final String RSA_OID = "1.2.840.113549.1.1.1";
  private static final Map<String, String> KEY_ALGORITHMS =
      Map.of(
          RSA_OID,
          "RSA",
          "1.2.840.10045.2.1",
          "EC",
          "1.3.101.112",
          "Ed25519",
          "1.3.101.113",
          "Ed448",
          "1.2.840.10040.4.1",
          "DSA",
          "1.2.840.113549.1.1.10",
          "RSASSA-PSS");

  private PemReader() {}

  /** Every certificate in the text, in order. */
  static List<X509Certificate> certificates(String pem) {
    List<X509Certificate> certificates = new ArrayList<>();
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
        if (o instanceof X509CertificateHolder) {
          certificates.add(toJdk((X509CertificateHolder) o));
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new CertificateLoadException(
          Reason.MALFORMED_PEM,
          "The certificate PEM could not be decoded ("
              + e.getClass().getSimpleName()
              + "). Give the text from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----,"
              + " unchanged.");
    }
    if (certificates.isEmpty()) {
      throw new CertificateLoadException(
          Reason.MALFORMED_PEM,
          "The certificate PEM has no -----BEGIN CERTIFICATE----- block. Give the certificate"
              + " (.cer/.crt/.pem text), and the private key separately.");
    }
    return certificates;
  }

  /**
   * The private key in the text.
   *
   * @param password the key's password, or {@code null}/empty when it is not encrypted
   */
  static PrivateKey privateKey(String pem, char[] password) {
    PrivateKeyInfo info = null;
    try (PEMParser parser = new PEMParser(new StringReader(pem))) {
      for (Object o = parser.readObject(); o != null && info == null; o = parser.readObject()) {
        info = keyInfo(o, password);
      }
    } catch (CertificateLoadException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new CertificateLoadException(
          Reason.MALFORMED_PEM,
          "The private key PEM could not be decoded ("
              + e.getClass().getSimpleName()
              + "). Give the text from -----BEGIN ... PRIVATE KEY----- to -----END ... PRIVATE"
              + " KEY-----, unchanged.");
    }
    if (info == null) {
      throw new CertificateLoadException(
          Reason.MALFORMED_PEM,
          "The private key PEM has no private key block (-----BEGIN PRIVATE KEY-----, -----BEGIN"
              + " RSA PRIVATE KEY----- or -----BEGIN ENCRYPTED PRIVATE KEY-----).");
    }
    return toJdk(info);
  }

  /** The key in one PEM object, or {@code null} when the object is not a private key. */
  private static PrivateKeyInfo keyInfo(Object o, char[] password) {
    if (o instanceof PrivateKeyInfo) {
      return (PrivateKeyInfo) o;
    }
    if (o instanceof PEMKeyPair) {
      return ((PEMKeyPair) o).getPrivateKeyInfo();
    }
    if (o instanceof PKCS8EncryptedPrivateKeyInfo) {
      requirePassword(password);
      try {
        return ((PKCS8EncryptedPrivateKeyInfo) o)
            .decryptPrivateKeyInfo(
                new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(password));
      } catch (Exception e) {
        throw wrongPassword();
      }
    }
    if (o instanceof PEMEncryptedKeyPair) {
      requirePassword(password);
      try {
        return ((PEMEncryptedKeyPair) o)
            .decryptKeyPair(
                new JcePEMDecryptorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER)
                    .build(password))
            .getPrivateKeyInfo();
      } catch (Exception e) {
        throw wrongPassword();
      }
    }
    return null;
  }

  private static PrivateKey toJdk(PrivateKeyInfo info) {
    String oid = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
    if (!RSA_OID.equals(oid)) {
      throw CertificateChecks.unsupportedKeyType(KEY_ALGORITHMS.getOrDefault(oid, "OID " + oid));
    }
    try {
      // The JDK's own RSA key: it signs with the JDK's providers, no BouncyCastle registration.
      return KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
    } catch (GeneralSecurityException | IOException e) {
      throw new CertificateLoadException(
          Reason.MALFORMED_PEM,
          "The RSA private key in the PEM is damaged (" + e.getClass().getSimpleName() + ").");
    }
  }

  private static X509Certificate toJdk(X509CertificateHolder holder) throws IOException {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    } catch (CertificateException e) {
      throw new IOException("certificate block is not a valid X.509 certificate", e);
    }
  }

  private static void requirePassword(char[] password) {
    if (password == null || password.length == 0) {
      throw new CertificateLoadException(
          Reason.PASSWORD_REQUIRED,
          "The private key PEM is encrypted; pass its password with the key.");
    }
  }

  private static CertificateLoadException wrongPassword() {
    return new CertificateLoadException(
        Reason.WRONG_PASSWORD,
        "The password does not decrypt the private key PEM. Check the key's password (the one"
            + " given when the key was exported or encrypted).");
  }
}
