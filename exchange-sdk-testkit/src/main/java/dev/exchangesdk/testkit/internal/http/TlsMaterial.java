package dev.exchangesdk.testkit.internal.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The TLS identity of FakeExchange: a private test CA (EC P-256) and a server certificate it signs
 * for {@code localhost}, {@code 127.0.0.1} and {@code ::1}, plus the client-side trust that accepts
 * exactly that CA. BouncyCastle builds the certificates; signing uses the JDK's providers, so no
 * security provider is registered globally.
 *
 * <p>EC keys, because only the application's certificate must be RSA (MSAL's rule) and two RSA keys
 * took seconds on a slow machine; still, one instance is made per JVM ({@link #shared()}) and
 * reused by every FakeExchange in it. Immutable and thread-safe.
 */
public final class TlsMaterial {
  private static volatile TlsMaterial shared;

  private final X509Certificate caCertificate;
  private final SSLContext serverContext;
  private final SSLContext clientContext;
  private final X509TrustManager trustManager;

  private TlsMaterial() {
    try {
      KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
      gen.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair caKeys = gen.generateKeyPair();
      KeyPair serverKeys = gen.generateKeyPair();
      Instant now = Instant.now();
      X500Name caName = new X500Name("CN=FakeExchange Test CA, O=exchange-sdk-testkit");
      JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();

      X509v3CertificateBuilder ca =
          new JcaX509v3CertificateBuilder(
              caName,
              BigInteger.valueOf(now.toEpochMilli()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              caName,
              caKeys.getPublic());
      ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      ca.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      ca.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          ext.createSubjectKeyIdentifier(caKeys.getPublic()));
      this.caCertificate = sign(ca, caKeys);

      X509v3CertificateBuilder server =
          new JcaX509v3CertificateBuilder(
              caName,
              BigInteger.valueOf(now.toEpochMilli() + 1),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(825))),
              new X500Name("CN=localhost, O=exchange-sdk-testkit"),
              serverKeys.getPublic());
      server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      server.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      server.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
      server.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(
              new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                new GeneralName(GeneralName.iPAddress, "::1")
              }));
      server.addExtension(
          Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCertificate));
      X509Certificate serverCert = sign(server, caKeys, serverKeys);

      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, null);
      char[] password = "fake-exchange".toCharArray();
      keyStore.setKeyEntry(
          "server",
          serverKeys.getPrivate(),
          password,
          new X509Certificate[] {serverCert, caCertificate});
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keyStore, password);
      this.serverContext = SSLContext.getInstance("TLS");
      serverContext.init(kmf.getKeyManagers(), null, new SecureRandom());

      KeyStore trustStore = KeyStore.getInstance("PKCS12");
      trustStore.load(null, null);
      trustStore.setCertificateEntry("fake-exchange-ca", caCertificate);
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore);
      X509TrustManager tm = null;
      for (TrustManager m : tmf.getTrustManagers()) {
        if (m instanceof X509TrustManager x) {
          tm = x;
        }
      }
      this.trustManager = tm;
      this.clientContext = SSLContext.getInstance("TLS");
      clientContext.init(null, new TrustManager[] {tm}, new SecureRandom());
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("Cannot create FakeExchange's TLS certificates", e);
    }
  }

  /** The JVM-wide instance, created on first use. */
  public static TlsMaterial shared() {
    TlsMaterial t = shared;
    if (t == null) {
      synchronized (TlsMaterial.class) {
        t = shared;
        if (t == null) {
          t = new TlsMaterial();
          shared = t;
        }
      }
    }
    return t;
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair self)
      throws OperatorCreationException, GeneralSecurityException {
    return sign(b, self, self);
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair issuer, KeyPair subject)
      throws OperatorCreationException, GeneralSecurityException {
    return new JcaX509CertificateConverter()
        .getCertificate(
            b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
  }

  public X509Certificate caCertificate() {
    return caCertificate;
  }

  public SSLContext serverContext() {
    return serverContext;
  }

  /** An SSL context that trusts only the fake's CA. */
  public SSLContext clientContext() {
    return clientContext;
  }

  public X509TrustManager trustManager() {
    return trustManager;
  }

  /** The CA certificate in PEM, for clients outside the JVM (curl, Python, a JVM truststore). */
  public String caCertificatePem() {
    try {
      StringWriter w = new StringWriter();
      w.write("-----BEGIN CERTIFICATE-----\n");
      w.write(
          Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(caCertificate.getEncoded()));
      w.write("\n-----END CERTIFICATE-----\n");
      return w.toString();
    } catch (GeneralSecurityException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
