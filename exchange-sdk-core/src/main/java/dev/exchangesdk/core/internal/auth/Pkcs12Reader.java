package dev.exchangesdk.core.internal.auth;

import dev.exchangesdk.core.CertificateLoadException;
import dev.exchangesdk.core.CertificateLoadException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;

/**
 * Opens PKCS#12 (PFX) bytes with their password and tells apart the ways that goes wrong: bytes
 * that are not PKCS#12 at all (or are a bare certificate), a wrong password, and encryptions the
 * JDK cannot read (then BouncyCastle's reader is tried).
 */
final class Pkcs12Reader {
  private Pkcs12Reader() {}

  /**
   * @param what how the PFX is named in messages, e.g. "the PFX (Base64 text)"
   */
  static CertificateMaterial read(byte[] pfx, char[] password, String what) {
    requirePkcs12Structure(pfx, what);
    KeyStore store = load(pfx, password, what);
    return KeyStoreReader.read(store, null, password, what);
  }

  private static void requirePkcs12Structure(byte[] bytes, String what) {
    if (bytes.length == 0) {
      throw new CertificateLoadException(Reason.NOT_PKCS12, what + " is empty.");
    }
    try {
      Pfx.getInstance(ASN1Primitive.fromByteArray(bytes));
      return;
    } catch (IOException | RuntimeException notPfx) {
      // Told apart below: a bare certificate deserves its own advice.
    }
    if (isCertificate(bytes)) {
      throw new CertificateLoadException(
          Reason.NOT_PKCS12,
          what
              + " is an X.509 certificate without its private key (the .cer you upload to the app"
              + " registration), not a PFX. Give the PFX (PKCS#12) file that holds the private key.");
    }
    throw new CertificateLoadException(
        Reason.NOT_PKCS12,
        what
            + " is not a PKCS#12 (PFX) file. Give the PFX that holds the certificate and its private"
            + " key, e.g. the certificateBase64 output of SelfSignedCertificates or"
            + " `openssl pkcs12 -export`.");
  }

  private static boolean isCertificate(byte[] bytes) {
    try {
      CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(bytes));
      return true;
    } catch (CertificateException | RuntimeException e) {
      return false;
    }
  }

  private static KeyStore load(byte[] pfx, char[] password, String what) {
    KeyStore jdk = newStore(null);
    Exception jdkFailure;
    try {
      jdk.load(new ByteArrayInputStream(pfx), password);
      return jdk;
    } catch (IOException | GeneralSecurityException e) {
      jdkFailure = e;
    }
    // The JDK refuses some files BouncyCastle reads: older encryptions, and any password that is
    // not ASCII (the JDK's PKCS#12 reader accepts ASCII passwords only; OpenSSL and Windows do
    // not).
    KeyStore bc = newStore(BouncyCastle.PROVIDER);
    try {
      bc.load(new ByteArrayInputStream(pfx), password);
      return bc;
    } catch (IOException | GeneralSecurityException | RuntimeException bcFailure) {
      if (isWrongPassword(bcFailure) || isWrongPassword(jdkFailure)) {
        throw wrongPassword(what, jdkFailure);
      }
      CertificateLoadException failure =
          new CertificateLoadException(
              Reason.UNSUPPORTED_PKCS12,
              what
                  + " is PKCS#12 but could not be decrypted ("
                  + jdkFailure.getClass().getSimpleName()
                  + "). Export it again with a current tool, e.g. `openssl pkcs12 -export"
                  + " -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg SHA256`.",
              jdkFailure);
      failure.addSuppressed(bcFailure);
      throw failure;
    }
  }

  private static boolean isWrongPassword(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnrecoverableKeyException) {
        return true;
      }
      String m = t.getMessage();
      if (m != null && (m.contains("password") || m.contains("mac invalid"))) {
        return true;
      }
    }
    return false;
  }

  private static CertificateLoadException wrongPassword(String what, Exception e) {
    return new CertificateLoadException(
        Reason.WRONG_PASSWORD,
        "The password does not open "
            + what
            + ". Check the password that was set when the PFX was exported.",
        e);
  }

  private static KeyStore newStore(java.security.Provider provider) {
    try {
      return provider == null
          ? KeyStore.getInstance("PKCS12")
          : KeyStore.getInstance("PKCS12", provider);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PKCS12 key stores are required of every Java platform", e);
    }
  }
}
