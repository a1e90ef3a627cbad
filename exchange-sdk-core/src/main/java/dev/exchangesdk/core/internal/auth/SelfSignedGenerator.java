package dev.exchangesdk.core.internal.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a self-signed RSA certificate: SHA256withRSA, key usage digitalSignature and
 * keyEncipherment, basic constraints CA:false, subject key identifier, and a random 127-bit serial
 * number. Thread-safe.
 */
public final class SelfSignedGenerator {
  private static final SecureRandom RANDOM = new SecureRandom();

  private SelfSignedGenerator() {}

  /** A new key pair and its certificate, valid from {@code notBefore} to {@code notAfter}. */
  public static Result generate(
      int keySize,
      String commonName,
      String country,
      String stateOrProvince,
      Instant notBefore,
      Instant notAfter) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(keySize, RANDOM);
      KeyPair keys = generator.generateKeyPair();
      X500Name subject = subject(commonName, country, stateOrProvince);
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(127, RANDOM).setBit(126),
              Date.from(notBefore),
              Date.from(notAfter),
              subject,
              keys.getPublic());
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder
          .addExtension(
              Extension.keyUsage,
              true,
              new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
          .addExtension(Extension.basicConstraints, false, new BasicConstraints(false))
          .addExtension(
              Extension.subjectKeyIdentifier,
              false,
              extensions.createSubjectKeyIdentifier(keys.getPublic()));
      ContentSigner signer =
          new JcaContentSignerBuilder("SHA256withRSA")
              .setProvider(BouncyCastle.PROVIDER)
              .build(keys.getPrivate());
      byte[] der = builder.build(signer).getEncoded();
      X509Certificate certificate =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(der));
      return new Result(keys, certificate);
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("could not create a self-signed certificate", e);
    }
  }

  private static X500Name subject(String commonName, String country, String stateOrProvince) {
    X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE);
    if (country != null) {
      name.addRDN(BCStyle.C, country);
    }
    if (stateOrProvince != null) {
      name.addRDN(BCStyle.ST, stateOrProvince);
    }
    name.addRDN(BCStyle.CN, commonName);
    return name.build();
  }

  /**
   * The generated key pair and certificate.
   *
   * @param keys the RSA key pair
   * @param certificate the self-signed certificate of {@code keys}
   */
  public record Result(KeyPair keys, X509Certificate certificate) {}
}
