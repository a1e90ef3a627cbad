package dev.exchangesdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.SelfSignedCertificates;
import java.io.ByteArrayInputStream;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated certificates round-trip through the JDK, PEM parsing and CertificateCredential. */
class SelfSignedCertificatesTest {
  private static final char[] PASSWORD = "Gen-Passw0rd".toCharArray();
  private static final Instant START = Instant.parse("2026-01-15T08:30:45.123Z");

  private static final GeneratedCertificate FULL =
      SelfSignedCertificates.builder()
          .commonName("exchange-sdk-app")
          .friendlyName("Exchange SDK app")
          .country("us")
          .stateOrProvince("Washington")
          .validFrom(START)
          .validityDays(730)
          .create(PASSWORD.clone());

  /** Made with every default; key generation is slow, so tests share it. */
  private static final char[] CALLERS_PASSWORD = PASSWORD.clone();

  private static final GeneratedCertificate DEFAULTS =
      SelfSignedCertificates.create(CALLERS_PASSWORD);

  @Test
  void pfxOpensInTheJdksOwnPkcs12KeyStoreWithTheFriendlyNameAsAlias() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(FULL.pfx()), PASSWORD.clone());

    assertThat(Collections.list(store.aliases())).containsExactly("exchange sdk app");
    assertThat(store.isKeyEntry("Exchange SDK app")).isTrue();
    Key key = store.getKey("Exchange SDK app", PASSWORD.clone());
    X509Certificate certificate = (X509Certificate) store.getCertificate("Exchange SDK app");
    assertThat(certificate).isEqualTo(FULL.certificate());
    assertThat(((RSAPrivateCrtKey) key).getModulus())
        .isEqualTo(((RSAPublicKey) certificate.getPublicKey()).getModulus());
  }

  @Test
  void pfxWithoutFriendlyNameStillOpensInTheJdk() throws Exception {
    GeneratedCertificate plain = DEFAULTS;
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(plain.pfx()), PASSWORD.clone());

    String alias = Collections.list(store.aliases()).get(0);
    assertThat(store.getKey(alias, PASSWORD.clone())).isInstanceOf(PrivateKey.class);
    assertThat(plain.friendlyName()).isEmpty();
  }

  @Test
  void refusesAPasswordTheJdkCouldNotOpenTheFileWith() {
    assertThatThrownBy(() -> SelfSignedCertificates.create("pässwörd".toCharArray()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("printable ASCII");
  }

  @Test
  void pfxBase64LoadsIntoCertificateCredential() {
    GeneratedCertificate current = DEFAULTS;

    CertificateCredential credential =
        CertificateCredential.builder()
            .tenant("contoso.onmicrosoft.com")
            .clientId("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b")
            .pfxBase64(current.pfxBase64(), PASSWORD.clone())
            .build();

    assertThat(credential.thumbprint()).isEqualTo(current.thumbprint());
    assertThat(Base64.getDecoder().decode(current.pfxBase64())).isEqualTo(current.pfx());
  }

  @Test
  void pemIsTheX509CertificateInPemArmour() throws Exception {
    String pem = FULL.certificatePem();

    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(pem.lines().filter(l -> !l.startsWith("-----"))).allMatch(l -> l.length() <= 64);
    X509Certificate parsed =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes()));
    assertThat(parsed).isEqualTo(FULL.certificate());
    assertThat(FULL.pfxBase64()).doesNotContain("\n");
  }

  @Test
  void thumbprintIsTheUppercaseHexSha1OfTheDerCertificate() throws Exception {
    byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(FULL.certificate().getEncoded());

    assertThat(FULL.thumbprint()).isEqualTo(HexFormat.of().withUpperCase().formatHex(sha1));
    assertThat(FULL.thumbprint()).matches("[0-9A-F]{40}");
  }

  @Test
  void x5tS256IsTheBase64UrlSha256OfTheDerCertificate() throws Exception {
    byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(FULL.certificate().getEncoded());

    assertThat(FULL.x5tS256())
        .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256))
        .doesNotContain("=", "+", "/");
  }

  @Test
  void subjectCarriesCommonNameStateAndCountry() {
    X500Principal subject = FULL.certificate().getSubjectX500Principal();

    assertThat(subject.getName()).isEqualTo("CN=exchange-sdk-app,ST=Washington,C=US");
    assertThat(FULL.certificate().getIssuerX500Principal()).isEqualTo(subject);
    assertThat(FULL.subject()).isEqualTo(subject.getName());
  }

  @Test
  void defaultsAreLocalhostRsa2048AndOneYear() {
    GeneratedCertificate cert = DEFAULTS;

    assertThat(cert.subject()).isEqualTo("CN=localhost");
    assertThat(((RSAPublicKey) cert.certificate().getPublicKey()).getModulus().bitLength())
        .isEqualTo(2048);
    assertThat(Duration.between(cert.notBefore(), cert.notAfter())).isEqualTo(Duration.ofDays(365));
  }

  @Test
  void validityStartsWhenAskedAndLastsTheRequestedDays() {
    assertThat(FULL.notBefore()).isEqualTo(START.truncatedTo(ChronoUnit.SECONDS));
    assertThat(FULL.notAfter()).isEqualTo(FULL.notBefore().plus(Duration.ofDays(730)));
  }

  @Test
  void signsWithSha256AndLimitsKeyUsageToSignatureAndKeyEncipherment() throws Exception {
    X509Certificate c = FULL.certificate();

    assertThat(c.getSigAlgName()).isEqualTo("SHA256withRSA");
    boolean[] usage = c.getKeyUsage();
    assertThat(usage[0]).as("digitalSignature").isTrue();
    assertThat(usage[2]).as("keyEncipherment").isTrue();
    assertThat(usage[1] || usage[3] || usage[4] || usage[5] || usage[6]).isFalse();
    assertThat(c.getCriticalExtensionOIDs()).contains("2.5.29.15");
    assertThat(c.getBasicConstraints()).isEqualTo(-1);
    c.verify(c.getPublicKey());
  }

  @ParameterizedTest
  @ValueSource(ints = {3072, 4096})
  void largerKeySizesAreHonoured(int bits) {
    GeneratedCertificate cert =
        SelfSignedCertificates.builder().keySize(bits).create(PASSWORD.clone());

    assertThat(((RSAPublicKey) cert.certificate().getPublicKey()).getModulus().bitLength())
        .isEqualTo(bits);
    assertThat(cert.keySize()).isEqualTo(bits);
  }

  @ParameterizedTest
  @ValueSource(ints = {1024, 2047, 2049, 8192})
  void otherKeySizesAreRejected(int bits) {
    assertThatThrownBy(() -> SelfSignedCertificates.builder().keySize(bits))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2048, 3072 or 4096");
  }

  @Test
  void rejectsAnEmptyPasswordAndAnInvalidCountry() {
    assertThatThrownBy(() -> SelfSignedCertificates.create(new char[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password");
    assertThatThrownBy(() -> SelfSignedCertificates.builder().country("USA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two-letter");
    assertThatThrownBy(() -> SelfSignedCertificates.builder().validityDays(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesTheCallersPasswordUntouched() {
    assertThat(CALLERS_PASSWORD).isEqualTo(PASSWORD);
  }

  @Test
  void everyCertificateHasItsOwnKeyAndSerial() {
    GeneratedCertificate a = DEFAULTS;
    GeneratedCertificate b = FULL;

    assertThat(a.thumbprint()).isNotEqualTo(b.thumbprint());
    assertThat(a.certificate().getSerialNumber()).isNotEqualTo(b.certificate().getSerialNumber());
    assertThat(a.certificate().getSerialNumber().signum()).isPositive();
  }

  @Test
  void toStringShowsPublicFactsOnly() {
    assertThat(FULL.toString())
        .contains(FULL.thumbprint(), "CN=exchange-sdk-app", "Exchange SDK app")
        .doesNotContain(FULL.pfxBase64().substring(50, 90))
        .doesNotContain(new String(PASSWORD));
  }
}
