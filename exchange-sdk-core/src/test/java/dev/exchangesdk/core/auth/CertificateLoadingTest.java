package dev.exchangesdk.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.CertificateLoadException;
import dev.exchangesdk.core.CertificateLoadException.Reason;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.core.internal.auth.Pkcs12Writer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import okhttp3.tls.HeldCertificate;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every form a certificate can be given in, and every way it can be unusable. */
class CertificateLoadingTest {
  private static final String TENANT = "contoso.onmicrosoft.com";
  private static final String CLIENT_ID = "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b";
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();
  private static final GeneratedCertificate PFX = TestCertificates.REGISTERED;
  private static final HeldCertificate RSA =
      new HeldCertificate.Builder()
          .commonName("pem-app")
          .duration(365, TimeUnit.DAYS)
          .rsa2048()
          .build();
  private static final HeldCertificate OTHER_RSA =
      new HeldCertificate.Builder()
          .commonName("other")
          .duration(365, TimeUnit.DAYS)
          .rsa2048()
          .build();

  @TempDir Path dir;

  // ---- every input form loads ----

  @Test
  void loadsPfxGivenAsBase64Text() {
    CertificateCredential c = build(b -> b.pfxBase64(PFX.pfxBase64(), password()));

    assertThat(c.thumbprint()).isEqualTo(PFX.thumbprint());
    assertThat(c.certificateExpiresAt()).isEqualTo(PFX.notAfter());
  }

  @Test
  void loadsBase64TextWrappedOverSeveralLines() {
    String wrapped = Base64.getMimeEncoder(76, "\r\n".getBytes()).encodeToString(PFX.pfx());

    assertThat(build(b -> b.pfxBase64("  " + wrapped + "\n", password())).thumbprint())
        .isEqualTo(PFX.thumbprint());
  }

  @Test
  void loadsPfxFile() throws IOException {
    Path file = Files.write(dir.resolve("app.pfx"), PFX.pfx());

    assertThat(build(b -> b.pfx(file, password())).thumbprint()).isEqualTo(PFX.thumbprint());
  }

  @Test
  void loadsPfxStreamWithoutClosingIt() {
    TrackingStream stream = new TrackingStream(PFX.pfx());

    assertThat(build(b -> b.pfx(stream, password())).thumbprint()).isEqualTo(PFX.thumbprint());
    assertThat(stream.closed).isFalse();
  }

  @Test
  void loadsPfxBytes() {
    assertThat(build(b -> b.pfx(PFX.pfx(), password())).thumbprint()).isEqualTo(PFX.thumbprint());
  }

  @Test
  void loadsPemCertificateWithPkcs8Key() {
    assertThat(build(b -> b.pem(RSA.certificatePem(), RSA.privateKeyPkcs8Pem())).thumbprint())
        .isEqualTo(thumbprint(RSA));
  }

  @Test
  void loadsPemCertificateWithPkcs1Key() {
    assertThat(build(b -> b.pem(RSA.certificatePem(), RSA.privateKeyPkcs1Pem())).thumbprint())
        .isEqualTo(thumbprint(RSA));
  }

  @Test
  void loadsOneCombinedPemTextAsBothInputs() {
    String combined = RSA.privateKeyPkcs8Pem() + RSA.certificatePem();

    assertThat(build(b -> b.pem(combined, combined)).thumbprint()).isEqualTo(thumbprint(RSA));
  }

  @Test
  void loadsEncryptedPkcs8Pem() throws Exception {
    String encrypted = encryptedPkcs8(RSA.keyPair().getPrivate(), "key-pass".toCharArray());
    assertThat(encrypted).contains("BEGIN ENCRYPTED PRIVATE KEY");

    CertificateCredential c =
        build(b -> b.pem(RSA.certificatePem(), encrypted, "key-pass".toCharArray()));

    assertThat(c.thumbprint()).isEqualTo(thumbprint(RSA));
  }

  @Test
  void loadsLegacyEncryptedPkcs1Pem() throws Exception {
    String encrypted = encryptedPkcs1(RSA.keyPair(), "key-pass".toCharArray());
    assertThat(encrypted).contains("Proc-Type: 4,ENCRYPTED");

    CertificateCredential c =
        build(b -> b.pem(RSA.certificatePem(), encrypted, "key-pass".toCharArray()));

    assertThat(c.thumbprint()).isEqualTo(thumbprint(RSA));
  }

  @Test
  void loadsKeyStoreEntryByAlias() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(PFX.pfx()), password());

    assertThat(build(b -> b.keyStore(store, "registered", password())).thumbprint())
        .isEqualTo(PFX.thumbprint());
  }

  @Test
  void loadsTheOnlyKeyOfAJksKeyStoreWithoutAlias() throws Exception {
    KeyStore store = KeyStore.getInstance("JKS");
    store.load(null, null);
    store.setKeyEntry(
        "app",
        RSA.keyPair().getPrivate(),
        "jks".toCharArray(),
        new Certificate[] {RSA.certificate()});

    assertThat(build(b -> b.keyStore(store, null, "jks".toCharArray())).thumbprint())
        .isEqualTo(thumbprint(RSA));
  }

  @Test
  void loadsPfxWithANonAsciiPasswordThatTheJdkReaderRefuses() throws Exception {
    // OpenSSL and Windows allow such passwords; the JDK's PKCS12 KeyStore accepts ASCII only.
    char[] password = "pässwörd-€".toCharArray();
    byte[] pfx =
        Pkcs12Writer.write(RSA.keyPair().getPrivate(), RSA.certificate(), null, password.clone());
    KeyStore jdk = KeyStore.getInstance("PKCS12");
    assertThatThrownBy(() -> jdk.load(new ByteArrayInputStream(pfx), password.clone()))
        .isInstanceOf(IOException.class);

    assertThat(build(b -> b.pfx(pfx, password.clone())).thumbprint()).isEqualTo(thumbprint(RSA));
    assertThat(failure(b -> b.pfx(pfx, "passwörd".toCharArray())).reason())
        .isEqualTo(Reason.WRONG_PASSWORD);
  }

  // ---- every bad input has its reason ----

  @Test
  void wrongPfxPassword() {
    CertificateLoadException e =
        failure(b -> b.pfxBase64(PFX.pfxBase64(), "not-the-password".toCharArray()));

    assertThat(e.reason()).isEqualTo(Reason.WRONG_PASSWORD);
    assertThat(e.getMessage()).contains("password does not open the PFX");
  }

  @Test
  void textThatIsNotBase64() {
    CertificateLoadException e = failure(b -> b.pfxBase64("this is *not* base64!", password()));

    assertThat(e.reason()).isEqualTo(Reason.NOT_BASE64);
    assertThat(e.getMessage()).contains("not Base64", "Base64 encoding of the PFX file");
  }

  @Test
  void pemTextGivenAsBase64Pfx() {
    CertificateLoadException e = failure(b -> b.pfxBase64(RSA.certificatePem(), password()));

    assertThat(e.reason()).isEqualTo(Reason.NOT_BASE64);
    assertThat(e.getMessage()).contains("is PEM");
  }

  @Test
  void base64OfBytesThatAreNotPkcs12() {
    String text = Base64.getEncoder().encodeToString("just some text".getBytes());

    CertificateLoadException e = failure(b -> b.pfxBase64(text, password()));

    assertThat(e.reason()).isEqualTo(Reason.NOT_PKCS12);
    assertThat(e.getMessage()).contains("not a PKCS#12 (PFX) file");
  }

  @Test
  void base64OfTheBareCertificate() throws Exception {
    String cer = Base64.getEncoder().encodeToString(PFX.certificate().getEncoded());

    CertificateLoadException e = failure(b -> b.pfxBase64(cer, password()));

    assertThat(e.reason()).isEqualTo(Reason.NOT_PKCS12);
    assertThat(e.getMessage()).contains("without its private key", ".cer");
  }

  @Test
  void pfxWithoutPrivateKey() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("only-cert", PFX.certificate());

    byte[] pfx = stored(store, password());

    CertificateLoadException e = failure(b -> b.pfx(pfx, password()));

    assertThat(e.reason()).isEqualTo(Reason.NO_PRIVATE_KEY);
    assertThat(e.getMessage()).contains("no private key");
  }

  @Test
  void pfxWithTwoPrivateKeys() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "a", RSA.keyPair().getPrivate(), password(), new Certificate[] {RSA.certificate()});
    store.setKeyEntry(
        "b",
        OTHER_RSA.keyPair().getPrivate(),
        password(),
        new Certificate[] {OTHER_RSA.certificate()});

    byte[] pfx = stored(store, password());

    CertificateLoadException e = failure(b -> b.pfx(pfx, password()));

    assertThat(e.reason()).isEqualTo(Reason.MULTIPLE_PRIVATE_KEYS);
    assertThat(e.getMessage()).contains("a", "b", "alias");
  }

  @Test
  void keyStoreAliasThatDoesNotExist() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(PFX.pfx()), password());

    CertificateLoadException e = failure(b -> b.keyStore(store, "nope", password()));

    assertThat(e.reason()).isEqualTo(Reason.ALIAS_NOT_FOUND);
    assertThat(e.getMessage()).contains("'nope'", "registered");
  }

  @Test
  void keyThatDoesNotMatchTheCertificate() {
    CertificateLoadException e =
        failure(b -> b.pem(RSA.certificatePem(), OTHER_RSA.privateKeyPkcs8Pem()));

    assertThat(e.reason()).isEqualTo(Reason.KEY_MISMATCH);
    assertThat(e.getMessage()).contains(thumbprint(RSA), "does not belong");
  }

  @Test
  void ecKeyInPemIsRefusedWithTheReason() {
    HeldCertificate ec = new HeldCertificate.Builder().commonName("ec").ecdsa256().build();

    CertificateLoadException e = failure(b -> b.pem(ec.certificatePem(), ec.privateKeyPkcs8Pem()));

    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEY_TYPE);
    assertThat(e.getMessage())
        .contains("EC key", "Microsoft Entra certificate credentials through MSAL need an RSA key");
  }

  @Test
  void ecKeyInPfxIsRefusedWithTheReason() throws Exception {
    HeldCertificate ec = new HeldCertificate.Builder().commonName("ec").ecdsa256().build();
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "ec", ec.keyPair().getPrivate(), password(), new Certificate[] {ec.certificate()});

    byte[] pfx = stored(store, password());

    CertificateLoadException e = failure(b -> b.pfx(pfx, password()));

    assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_KEY_TYPE);
    assertThat(e.getMessage()).contains("need an RSA key");
  }

  @Test
  void rsaKeyShorterThan2048Bits() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    HeldCertificate weak =
        new HeldCertificate.Builder()
            .commonName("weak")
            .keyPair(generator.generateKeyPair())
            .build();

    CertificateLoadException e =
        failure(b -> b.pem(weak.certificatePem(), weak.privateKeyPkcs8Pem()));

    assertThat(e.reason()).isEqualTo(Reason.KEY_TOO_SMALL);
    assertThat(e.getMessage()).contains("1024 bits", "at least 2048");
  }

  @Test
  void expiredCertificate() {
    GeneratedCertificate expired =
        SelfSignedCertificates.builder()
            .validFrom(Instant.now().minus(Duration.ofDays(400)))
            .validityDays(365)
            .create(password());

    CertificateLoadException e = failure(b -> b.pfx(expired.pfx(), password()));

    assertThat(e.reason()).isEqualTo(Reason.EXPIRED);
    assertThat(e.getMessage())
        .contains(expired.thumbprint(), "expired on", "Create a new certificate");
  }

  @Test
  void certificateNotYetValid() {
    GeneratedCertificate future =
        SelfSignedCertificates.builder()
            .validFrom(Instant.now().plus(Duration.ofDays(10)))
            .create(password());

    CertificateLoadException e = failure(b -> b.pfx(future.pfx(), password()));

    assertThat(e.reason()).isEqualTo(Reason.NOT_YET_VALID);
    assertThat(e.getMessage()).contains(future.thumbprint(), "not valid before");
  }

  @Test
  void certificateExpiringWithin30DaysLoadsWithAWarning() {
    GeneratedCertificate soon =
        SelfSignedCertificates.builder()
            .validFrom(Instant.now().minus(Duration.ofDays(355)))
            .validityDays(365)
            .create(password());

    try (LogCapture logs = LogCapture.root(Level.INFO)) {
      CertificateCredential c = build(b -> b.pfx(soon.pfx(), password()));

      assertThat(c.thumbprint()).isEqualTo(soon.thumbprint());
      assertThat(logs.events())
          .filteredOn(ev -> ev.getLevel() == Level.WARN)
          .extracting(ILoggingEvent::getFormattedMessage)
          .anySatisfy(
              m ->
                  assertThat(m)
                      .contains(soon.thumbprint())
                      .contains(LocalDate.ofInstant(soon.notAfter(), ZoneOffset.UTC).toString()));
    }
  }

  @Test
  void certificateValidLongerThan30DaysLoadsWithoutWarning() {
    try (LogCapture logs = LogCapture.root(Level.INFO)) {
      build(b -> b.pfx(PFX.pfx(), password()));

      assertThat(logs.events()).noneMatch(ev -> ev.getLevel() == Level.WARN);
    }
  }

  @Test
  void malformedCertificatePem() {
    String broken =
        "-----BEGIN CERTIFICATE-----\n@@@@ not base64 @@@@\n-----END CERTIFICATE-----\n";

    CertificateLoadException e = failure(b -> b.pem(broken, RSA.privateKeyPkcs8Pem()));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PEM);
  }

  @Test
  void keyPemWithoutAKeyBlock() {
    CertificateLoadException e = failure(b -> b.pem(RSA.certificatePem(), RSA.certificatePem()));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PEM);
    assertThat(e.getMessage()).contains("no private key block");
  }

  @Test
  void certificatePemWithoutACertificateBlock() {
    CertificateLoadException e =
        failure(b -> b.pem(RSA.privateKeyPkcs8Pem(), RSA.privateKeyPkcs8Pem()));

    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PEM);
    assertThat(e.getMessage()).contains("no -----BEGIN CERTIFICATE----- block");
  }

  @Test
  void encryptedPemKeyWithoutPassword() throws Exception {
    String encrypted = encryptedPkcs8(RSA.keyPair().getPrivate(), "key-pass".toCharArray());

    CertificateLoadException e = failure(b -> b.pem(RSA.certificatePem(), encrypted));

    assertThat(e.reason()).isEqualTo(Reason.PASSWORD_REQUIRED);
  }

  @Test
  void encryptedPemKeyWithWrongPassword() throws Exception {
    String pkcs8 = encryptedPkcs8(RSA.keyPair().getPrivate(), "key-pass".toCharArray());
    String pkcs1 = encryptedPkcs1(RSA.keyPair(), "key-pass".toCharArray());

    assertThat(failure(b -> b.pem(RSA.certificatePem(), pkcs8, "wrong".toCharArray())).reason())
        .isEqualTo(Reason.WRONG_PASSWORD);
    assertThat(failure(b -> b.pem(RSA.certificatePem(), pkcs1, "wrong".toCharArray())).reason())
        .isEqualTo(Reason.WRONG_PASSWORD);
  }

  @Test
  void pfxFileThatDoesNotExist() {
    CertificateLoadException e = failure(b -> b.pfx(dir.resolve("missing.pfx"), password()));

    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_SOURCE);
    assertThat(e.getMessage()).contains("missing.pfx", "does not exist");
  }

  // ---- settings ----

  @Test
  void reportsEveryMissingSettingInOneMessage() {
    CertificateLoadException e =
        catchThrowableOfType(
            CertificateLoadException.class, () -> CertificateCredential.builder().build());

    assertThat(e.reason()).isEqualTo(Reason.MISSING_VALUES);
    assertThat(e.getMessage()).contains("tenant", "client id", "certificate");
  }

  @Test
  void reportsAMissingPfxTextAndPasswordWithTheOtherGaps() {
    CertificateLoadException e =
        catchThrowableOfType(
            CertificateLoadException.class,
            () -> CertificateCredential.builder().tenant(TENANT).pfxBase64(null, null).build());

    assertThat(e.reason()).isEqualTo(Reason.MISSING_VALUES);
    assertThat(e.getMessage())
        .contains("client id", "the PFX Base64 text", "the PFX password")
        .doesNotContain("tenant (");
  }

  @Test
  void reportsEveryInvalidSettingInOneMessage() {
    CertificateLoadException e =
        catchThrowableOfType(
            CertificateLoadException.class,
            () ->
                CertificateCredential.builder()
                    .tenant("common")
                    .clientId("my-app")
                    .pfx(PFX.pfx(), password())
                    .pem(RSA.certificatePem(), RSA.privateKeyPkcs8Pem())
                    .build());

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.getMessage())
        .contains("tenant 'common'", "client id 'my-app' is not a GUID", "given 2 times");
  }

  @Test
  void rejectsAnAuthorityHostThatIsNotHttps() {
    CertificateLoadException e =
        catchThrowableOfType(
            CertificateLoadException.class,
            () ->
                CertificateCredential.builder()
                    .tenant(TENANT)
                    .clientId(CLIENT_ID)
                    .pfx(PFX.pfx(), password())
                    .environment(
                        ExchangeEnvironment.WORLDWIDE.toBuilder()
                            .authorityHost(URI.create("http://localhost:8080"))
                            .build())
                    .build());

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.getMessage()).contains("http://localhost:8080", "not https");
  }

  @Test
  void acceptsTheTenantAsADirectoryGuid() {
    CertificateCredential c =
        CertificateCredential.builder()
            .tenant("72f988bf-86f1-41af-91ab-2d7cd011db47")
            .clientId(CLIENT_ID)
            .pfx(PFX.pfx(), password())
            .build();

    assertThat(c.tenant()).isEqualTo("72f988bf-86f1-41af-91ab-2d7cd011db47");
  }

  @Test
  void rejectsATenantThatIsNeitherDomainNorGuid() {
    CertificateLoadException e =
        catchThrowableOfType(
            CertificateLoadException.class,
            () ->
                CertificateCredential.builder()
                    .tenant("contoso tenant")
                    .clientId(CLIENT_ID)
                    .pfx(PFX.pfx(), password())
                    .build());

    assertThat(e.reason()).isEqualTo(Reason.INVALID_VALUE);
    assertThat(e.getMessage()).contains("neither a domain");
  }

  @Test
  void buildLeavesTheCallersPasswordAloneAndConsumesItsOwnCopy() {
    char[] callers = password();
    CertificateCredential.Builder builder =
        CertificateCredential.builder().tenant(TENANT).clientId(CLIENT_ID).pfx(PFX.pfx(), callers);

    builder.build();

    assertThat(callers).isEqualTo(password());
    CertificateLoadException again =
        catchThrowableOfType(CertificateLoadException.class, builder::build);
    assertThat(again.reason()).isEqualTo(Reason.MISSING_VALUES);
    assertThat(again.getMessage()).contains("wiped its password; set it again");
    assertThat(builder.pfx(PFX.pfx(), callers).build().thumbprint()).isEqualTo(PFX.thumbprint());
  }

  @Test
  void toStringShowsIdentityAndExpiryButNoSecret() {
    CertificateCredential c = build(b -> b.pfxBase64(PFX.pfxBase64(), password()));

    assertThat(c.toString())
        .contains(TENANT, CLIENT_ID, PFX.thumbprint(), PFX.notAfter().toString())
        .doesNotContain(new String(password()))
        .doesNotContain(PFX.pfxBase64().substring(100, 140));
  }

  // ---- helpers ----

  private static CertificateCredential build(UnaryOperator<CertificateCredential.Builder> cert) {
    return cert.apply(CertificateCredential.builder().tenant(TENANT).clientId(CLIENT_ID)).build();
  }

  private static CertificateLoadException failure(
      UnaryOperator<CertificateCredential.Builder> cert) {
    return catchThrowableOfType(CertificateLoadException.class, () -> build(cert));
  }

  private static char[] password() {
    return TestCertificates.password();
  }

  private static String thumbprint(HeldCertificate c) {
    return dev.exchangesdk.core.internal.auth.Thumbprints.sha1Hex(c.certificate());
  }

  private static byte[] stored(KeyStore store, char[] password) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.store(out, password);
    return out.toByteArray();
  }

  private static String encryptedPkcs8(PrivateKey key, char[] password) throws Exception {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
      pem.writeObject(
          new JcaPKCS8Generator(
              key,
              new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                  .setProvider(BC)
                  .setPassword(password)
                  .build()));
    }
    return text.toString();
  }

  private static String encryptedPkcs1(KeyPair keys, char[] password) throws Exception {
    StringWriter text = new StringWriter();
    try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
      pem.writeObject(
          new JcaMiscPEMGenerator(
              keys, new JcePEMEncryptorBuilder("AES-256-CBC").setProvider(BC).build(password)));
    }
    return text.toString();
  }

  /** Records whether the SDK closed the caller's stream (it must not). */
  private static final class TrackingStream extends ByteArrayInputStream {
    boolean closed;

    TrackingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }
}
