package dev.exchangesdk.core.auth;

import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.SelfSignedCertificates;
import okhttp3.tls.HeldCertificate;

/** Certificates generated once per test run; no private key is committed to the repository. */
final class TestCertificates {
  static final char[] PASSWORD = "Pfx-Passw0rd!".toCharArray();

  /** The certificate registered on the fake app. */
  static final GeneratedCertificate REGISTERED =
      SelfSignedCertificates.builder()
          .commonName("exchange-sdk-tests")
          .friendlyName("registered")
          .create(PASSWORD);

  /** A valid certificate that the fake app does not know. */
  static final GeneratedCertificate UNREGISTERED =
      SelfSignedCertificates.builder().commonName("someone-else").create(PASSWORD);

  /** The TLS certificate of the HTTPS token endpoint (RSA: MSAL and old TLS stacks need it). */
  static final HeldCertificate SERVER =
      new HeldCertificate.Builder()
          .commonName("localhost")
          .addSubjectAlternativeName("localhost")
          .rsa2048()
          .build();

  private TestCertificates() {}

  static char[] password() {
    return PASSWORD.clone();
  }
}
