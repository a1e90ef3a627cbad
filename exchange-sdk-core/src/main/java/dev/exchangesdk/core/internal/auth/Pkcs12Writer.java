package dev.exchangesdk.core.internal.auth;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;

/**
 * Writes a private key and its certificate as a password-protected PKCS#12 file in the modern
 * profile that OpenSSL 3 and the JDK (17 included) write and read: PBES2 with PBKDF2-HMAC-SHA256
 * and AES-256-CBC for the key and the certificate, and an HMAC-SHA256 integrity MAC. Both bags
 * carry the same {@code localKeyId}, and the {@code friendlyName} when one is given (the JDK shows
 * it as the alias, Windows as the friendly name). Thread-safe.
 */
public final class Pkcs12Writer {
  private static final int ITERATIONS = 10_000;

  private Pkcs12Writer() {}

  /** The PFX bytes; {@code password} is used, not kept (the caller wipes it). */
  public static byte[] write(
      PrivateKey key, X509Certificate certificate, String friendlyName, char[] password) {
    try {
      DEROctetString localKeyId =
          new DEROctetString(Thumbprints.digest("SHA-1", Thumbprints.der(certificate)));
      JcaPKCS12SafeBagBuilder certBag = new JcaPKCS12SafeBagBuilder(certificate);
      JcaPKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(key, encryptor(password));
      for (JcaPKCS12SafeBagBuilder bag : new JcaPKCS12SafeBagBuilder[] {certBag, keyBag}) {
        bag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, localKeyId);
        if (friendlyName != null) {
          bag.addBagAttribute(
              PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(friendlyName));
        }
      }
      PKCS12PfxPdu pfx =
          new PKCS12PfxPduBuilder()
              .addEncryptedData(encryptor(password), new PKCS12SafeBag[] {certBag.build()})
              .addData(keyBag.build())
              .build(
                  new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                      .setProvider(BouncyCastle.PROVIDER)
                      .setIterationCount(ITERATIONS),
                  password);
      return pfx.getEncoded(ASN1Encoding.DER);
    } catch (IOException | OperatorCreationException | PKCSException e) {
      throw new IllegalStateException("could not write the PKCS#12 file", e);
    }
  }

  private static OutputEncryptor encryptor(char[] password) throws OperatorCreationException {
    return new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
        .setProvider(BouncyCastle.PROVIDER)
        .setPRF(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256, DERNull.INSTANCE))
        .setIterationCount(ITERATIONS)
        .build(password);
  }
}
