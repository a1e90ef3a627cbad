package dev.exchangesdk.core;

import dev.exchangesdk.core.internal.auth.Pkcs12Writer;
import dev.exchangesdk.core.internal.auth.SelfSignedGenerator;
import dev.exchangesdk.core.internal.auth.Thumbprints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Creates self-signed RSA certificates for app-only authentication: upload the public certificate
 * to the Microsoft Entra app registration, configure the PFX in {@link CertificateCredential}.
 *
 * <pre>{@code
 * GeneratedCertificate cert = SelfSignedCertificates.builder()
 *     .commonName("exchange-sdk")
 *     .validityDays(365)
 *     .create(password);
 * Files.writeString(Path.of("publickey.cer"), cert.certificatePem());
 * String certificateSetting = cert.pfxBase64();
 * }</pre>
 *
 * <p>The certificate: RSA 2048 bits (3072 and 4096 allowed), SHA256withRSA, key usage
 * digitalSignature and keyEncipherment, subject {@code CN=localhost} unless set, valid from now for
 * 365 days unless set. The PFX is encrypted with AES-256 (PBES2, PBKDF2-HMAC-SHA256) and carries an
 * HMAC-SHA256 MAC; the JDK's own {@code KeyStore.getInstance("PKCS12")} (Java 17 included), OpenSSL
 * 3 and current Windows read it. The password must be printable ASCII, because the JDK's PKCS#12
 * reader accepts no other. Nothing is written to disk.
 *
 * <p>The static methods are thread-safe; a {@link Builder} is not.
 */
public final class SelfSignedCertificates {
  private static final Set<Integer> KEY_SIZES = Set.of(2048, 3072, 4096);
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  private SelfSignedCertificates() {}

  /** A certificate with the defaults: {@code CN=localhost}, RSA 2048, 365 days from now. */
  public static GeneratedCertificate create(char[] password) {
    return builder().create(password);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds the certificate's settings; {@link #create(char[])} makes one. Not thread-safe. */
  public static final class Builder {
    private String commonName = "localhost";
    private int validityDays = 365;
    private String friendlyName;
    private String country;
    private String stateOrProvince;
    private int keySize = 2048;
    private Instant validFrom;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The subject common name (CN); default {@code localhost}. */
    public Builder commonName(String commonName) {
      this.commonName = requireText(commonName, "commonName");
      return this;
    }

    /** Days the certificate is valid, from {@link #validFrom(Instant)}; default 365. */
    public Builder validityDays(int days) {
      if (days < 1 || days > 36_500) {
        throw new IllegalArgumentException("validityDays must be between 1 and 36500, not " + days);
      }
      this.validityDays = days;
      return this;
    }

    /** The PKCS#12 friendly name (the alias the JDK shows, the name Windows shows); optional. */
    public Builder friendlyName(String friendlyName) {
      this.friendlyName = friendlyName == null ? null : requireText(friendlyName, "friendlyName");
      return this;
    }

    /** The subject country (C), a two-letter ISO 3166 code such as {@code US}; optional. */
    public Builder country(String country) {
      if (country != null && !COUNTRY.matcher(country.strip()).matches()) {
        throw new IllegalArgumentException(
            "country must be a two-letter ISO 3166 code such as US, not '" + country + "'");
      }
      this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
      return this;
    }

    /** The subject state or province (ST); optional. */
    public Builder stateOrProvince(String stateOrProvince) {
      this.stateOrProvince =
          stateOrProvince == null ? null : requireText(stateOrProvince, "stateOrProvince");
      return this;
    }

    /** RSA key size: 2048 (default), 3072 or 4096. */
    public Builder keySize(int bits) {
      if (!KEY_SIZES.contains(bits)) {
        throw new IllegalArgumentException("keySize must be 2048, 3072 or 4096 bits, not " + bits);
      }
      this.keySize = bits;
      return this;
    }

    /** When validity starts; default now. A date ahead prepares the next certificate in advance. */
    public Builder validFrom(Instant validFrom) {
      this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
      return this;
    }

    /** The clock that defines "now"; default the system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Creates the key, the certificate and the PFX protected by {@code password}. The SDK uses a
     * copy of the password and wipes it; the caller's array is not modified.
     */
    public GeneratedCertificate create(char[] password) {
      Objects.requireNonNull(password, "password");
      if (password.length == 0) {
        throw new IllegalArgumentException("the PFX needs a password: it protects the private key");
      }
      for (char c : password) {
        if (c < 0x20 || c > 0x7e) {
          throw new IllegalArgumentException(
              "use a password of printable ASCII characters: the JDK's PKCS#12 reader (KeyStore"
                  + " \"PKCS12\") cannot open a PFX whose password has other characters");
        }
      }
      Instant notBefore =
          (validFrom != null ? validFrom : clock.instant()).truncatedTo(ChronoUnit.SECONDS);
      Instant notAfter = notBefore.plus(Duration.ofDays(validityDays));
      SelfSignedGenerator.Result generated =
          SelfSignedGenerator.generate(
              keySize, commonName, country, stateOrProvince, notBefore, notAfter);
      char[] copy = password.clone();
      byte[] pfx;
      try {
        pfx =
            Pkcs12Writer.write(
                generated.keys().getPrivate(), generated.certificate(), friendlyName, copy);
      } finally {
        Arrays.fill(copy, '\0');
      }
      return new GeneratedCertificate(
          pfx,
          generated.certificate(),
          Thumbprints.sha1Hex(generated.certificate()),
          Thumbprints.x5tS256(generated.certificate()),
          friendlyName,
          keySize);
    }

    private static String requireText(String value, String name) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " must not be blank");
      }
      return value.strip();
    }
  }
}
