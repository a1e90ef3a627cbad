package dev.exchangesdk.core;

import dev.exchangesdk.core.CertificateLoadException.Reason;
import dev.exchangesdk.core.internal.auth.AppIdentity;
import dev.exchangesdk.core.internal.auth.CertificateChecks;
import dev.exchangesdk.core.internal.auth.CertificateMaterial;
import dev.exchangesdk.core.internal.auth.CertificateSource;
import dev.exchangesdk.core.internal.auth.MsalCertificateTokenSource;
import dev.exchangesdk.core.internal.auth.TokenCache;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * App-only authentication to Microsoft Entra ID with a certificate: the credential EWS, the admin
 * API and Security &amp; Compliance use in unattended programs.
 *
 * <pre>{@code
 * TokenCredential credential = CertificateCredential.builder()
 *     .tenant("contoso.onmicrosoft.com")
 *     .clientId("00000000-0000-0000-0000-000000000000")
 *     .pfxBase64(settings.certificate(), settings.password())
 *     .build();
 * }</pre>
 *
 * <p>The certificate comes from exactly one of: a PFX as Base64 text, a PFX file, stream or bytes,
 * a PEM certificate and private key (PKCS#8 or PKCS#1, encrypted or not), or a {@link KeyStore}
 * entry. {@link Builder#build()} loads and checks it at once: every problem surfaces there as a
 * {@link CertificateLoadException} with a {@link CertificateLoadException#reason() reason}, not at
 * the first request. A certificate that expires within 30 days is accepted and logged as a warning.
 *
 * <p>Tokens come from MSAL4J through the SDK's HTTP stack ({@link HttpOptions}: timeouts, proxy,
 * TLS, retries). They are cached per scope list and replaced {@link Builder#tokenRefreshMargin
 * before they expire}; callers that miss the cache together share one token request. {@link
 * #invalidate()} drops every cached token. A refused token request raises {@link
 * AuthenticationException} with the {@code AADSTS} code as {@link
 * AuthenticationException#errorCode() errorCode} and a {@link AuthenticationException#hint() hint}.
 *
 * <p>Instances are immutable apart from the token cache, and thread-safe: build one and share it
 * between clients. {@link #toString()} shows the tenant, client id, thumbprint and expiry, never a
 * secret.
 */
public final class CertificateCredential implements TokenCredential {
  private final String tenant;
  private final String clientId;
  private final ExchangeEnvironment environment;
  private final String thumbprint;
  private final Instant certificateNotAfter;
  private final TokenCache tokens;

  private CertificateCredential(Builder b, CertificateMaterial certificate) {
    this.tenant = b.tenant;
    this.clientId = b.clientId;
    this.environment = b.environment;
    this.thumbprint = certificate.thumbprint();
    this.certificateNotAfter = certificate.leaf().getNotAfter().toInstant();
    AppIdentity app = new AppIdentity(tenant, clientId, thumbprint, environment.name());
    MsalCertificateTokenSource source;
    try {
      source =
          new MsalCertificateTokenSource(certificate, app, environment, b.httpOptions, b.sendX5c);
    } catch (IllegalArgumentException e) {
      throw new CertificateLoadException(Reason.INVALID_VALUE, e.getMessage(), e);
    }
    this.tokens = new TokenCache(source, b.httpOptions.clock(), b.tokenRefreshMargin);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A token for the scopes, from the cache while it is valid beyond the refresh margin.
   *
   * @throws AuthenticationException when Microsoft Entra ID refuses the request
   * @throws TransportException when the token endpoint cannot be reached
   */
  @Override
  public AccessToken getToken(List<String> scopes) {
    return tokens.get(scopes);
  }

  /** Drops every cached token: the next call fetches a new one (the "auth reset"). */
  @Override
  public void invalidate() {
    tokens.clear();
  }

  /** Drops {@code rejected} if it is still cached; a token fetched since then stays. */
  @Override
  public void invalidate(AccessToken rejected) {
    tokens.invalidate(rejected);
  }

  /** The tenant as configured: its initial domain or directory GUID. */
  public String tenant() {
    return tenant;
  }

  /** The application (client) id. */
  public String clientId() {
    return clientId;
  }

  public ExchangeEnvironment environment() {
    return environment;
  }

  /** The certificate's SHA-1 thumbprint in uppercase hex, as the Azure portal shows it. */
  public String thumbprint() {
    return thumbprint;
  }

  /** When the certificate expires. */
  public Instant certificateExpiresAt() {
    return certificateNotAfter;
  }

  @Override
  public String toString() {
    return "CertificateCredential{tenant="
        + tenant
        + ", clientId="
        + clientId
        + ", thumbprint="
        + thumbprint
        + ", certificateExpiresAt="
        + certificateNotAfter
        + ", cloud="
        + environment.name()
        + '}';
  }

  /**
   * Builds a {@link CertificateCredential}. Passwords are copied; the copies are wiped once {@link
   * #build()} has loaded the certificate (the caller's arrays are left alone), so set the
   * certificate again before building a second credential from the same builder. Not thread-safe.
   */
  public static final class Builder {
    private static final Pattern GUID =
        Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN =
        Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final Set<String> MULTI_TENANT = Set.of("common", "organizations", "consumers");

    private String tenant;
    private String clientId;
    private final List<CertificateSource> certificates = new ArrayList<>();
    private final List<String> missingCertificateParts = new ArrayList<>();
    private int certificatesGiven;
    private boolean certificateConsumed;
    private boolean sendX5c = true;
    private ExchangeEnvironment environment = ExchangeEnvironment.WORLDWIDE;
    private HttpOptions httpOptions = HttpOptions.defaults();
    private Duration tokenRefreshMargin = Duration.ofMinutes(5);

    private Builder() {}

    /** The tenant: its initial domain ({@code contoso.onmicrosoft.com}) or directory GUID. */
    public Builder tenant(String tenant) {
      this.tenant = trimToNull(tenant);
      return this;
    }

    /** The application (client) id of the app registration, a GUID. */
    public Builder clientId(String clientId) {
      this.clientId = trimToNull(clientId);
      return this;
    }

    /**
     * A PFX (PKCS#12) given as Base64 text, the form security tools keep in their configuration.
     * Line breaks and spaces in the text are ignored.
     */
    public Builder pfxBase64(String base64, char[] password) {
      return pfxInput(
          base64 == null || base64.isBlank() ? "the PFX Base64 text" : null,
          password,
          () -> CertificateSource.pfxBase64(base64, password));
    }

    /** A PFX (PKCS#12) file, read by {@link #build()}. */
    public Builder pfx(Path file, char[] password) {
      return pfxInput(
          file == null ? "the PFX file" : null,
          password,
          () -> CertificateSource.pfxFile(file, password));
    }

    /** A PFX (PKCS#12) stream, read to its end by {@link #build()}; the caller closes it. */
    public Builder pfx(InputStream stream, char[] password) {
      return pfxInput(
          stream == null ? "the PFX stream" : null,
          password,
          () -> CertificateSource.pfxStream(stream, password));
    }

    /** PFX (PKCS#12) bytes, e.g. {@link GeneratedCertificate#pfx()}; the builder keeps a copy. */
    public Builder pfx(byte[] pfx, char[] password) {
      return pfxInput(
          pfx == null ? "the PFX bytes" : null,
          password,
          () -> CertificateSource.pfxBytes(pfx, password));
    }

    /**
     * A PEM certificate (optionally followed by its issuers) and an unencrypted PEM private key
     * (PKCS#8 {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}). One combined PEM text may be
     * passed as both.
     */
    public Builder pem(String certificatePem, String privateKeyPem) {
      return pem(certificatePem, privateKeyPem, null);
    }

    /**
     * A PEM certificate and a PEM private key encrypted with {@code keyPassword} ({@code ENCRYPTED
     * PRIVATE KEY}, or a PKCS#1 key with {@code Proc-Type: 4,ENCRYPTED}).
     */
    public Builder pem(String certificatePem, String privateKeyPem, char[] keyPassword) {
      certificatesGiven++;
      if (certificatePem == null || certificatePem.isBlank()) {
        missingCertificateParts.add("the certificate PEM");
      }
      if (privateKeyPem == null || privateKeyPem.isBlank()) {
        missingCertificateParts.add("the private key PEM");
      }
      if (certificatePem != null && privateKeyPem != null) {
        certificates.add(CertificateSource.pem(certificatePem, privateKeyPem, keyPassword));
      }
      return this;
    }

    /**
     * A private key entry of a key store the caller loaded (PKCS#12, JKS, a hardware token).
     *
     * @param alias the entry, or {@code null} when the store holds exactly one private key
     * @param keyPassword the entry's password ({@code null} for stores that need none)
     */
    public Builder keyStore(KeyStore keyStore, String alias, char[] keyPassword) {
      certificatesGiven++;
      if (keyStore == null) {
        missingCertificateParts.add("the key store");
      } else {
        certificates.add(CertificateSource.keyStore(keyStore, alias, keyPassword));
      }
      return this;
    }

    /**
     * Whether the client assertion carries the certificate chain ({@code x5c}); default true.
     * Needed for subject name + issuer authentication; harmless otherwise.
     */
    public Builder sendX5c(boolean sendX5c) {
      this.sendX5c = sendX5c;
      return this;
    }

    /** The cloud; default {@link ExchangeEnvironment#WORLDWIDE}. */
    public Builder environment(ExchangeEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /** Timeouts, proxy, TLS trust, retries and clock for token requests. */
    public Builder httpOptions(HttpOptions httpOptions) {
      this.httpOptions = Objects.requireNonNull(httpOptions, "httpOptions");
      return this;
    }

    /**
     * How long before its expiry a cached token is replaced; default 5 minutes. A caller never
     * receives a token that expires within this margin (for tokens that live less than twice the
     * margin, half their lifetime is used).
     */
    public Builder tokenRefreshMargin(Duration margin) {
      Objects.requireNonNull(margin, "margin");
      if (margin.isNegative() || margin.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("the token refresh margin must be between 0 and 1 hour");
      }
      this.tokenRefreshMargin = margin;
      return this;
    }

    /**
     * Checks the settings, loads the certificate and checks it.
     *
     * @throws CertificateLoadException listing every missing setting at once, or naming the problem
     *     with the certificate
     */
    public CertificateCredential build() {
      CertificateMaterial material;
      try {
        validateSettings();
        CertificateSource.LoadedKey loaded = certificates.get(0).load();
        material =
            CertificateChecks.verify(
                loaded.privateKey(), loaded.certificates(), httpOptions.clock());
      } finally {
        // Every build consumes the certificate input, so that password copies never outlive it.
        certificates.forEach(CertificateSource::wipe);
        certificates.clear();
        missingCertificateParts.clear();
        certificateConsumed = certificatesGiven > 0;
        certificatesGiven = 0;
      }
      return new CertificateCredential(this, material);
    }

    private Builder pfxInput(String missingData, char[] password, Supplier<CertificateSource> s) {
      certificatesGiven++;
      if (missingData != null) {
        missingCertificateParts.add(missingData);
      }
      if (password == null) {
        missingCertificateParts.add("the PFX password (pass an empty array for a PFX without one)");
      }
      if (missingData == null && password != null) {
        certificates.add(s.get());
      }
      return this;
    }

    private void validateSettings() {
      List<String> missing = new ArrayList<>();
      if (tenant == null) {
        missing.add("tenant (e.g. contoso.onmicrosoft.com or the directory GUID)");
      }
      if (clientId == null) {
        missing.add("client id (the application id of the app registration)");
      }
      if (certificatesGiven == 0) {
        missing.add(
            certificateConsumed
                ? "certificate (the previous build() wiped its password; set it again)"
                : "certificate (a PFX as Base64 text, file, stream or bytes with its password;"
                    + " a PEM certificate and key; or a KeyStore entry)");
      }
      missing.addAll(missingCertificateParts);
      if (!missing.isEmpty()) {
        throw new CertificateLoadException(
            Reason.MISSING_VALUES,
            "CertificateCredential is missing: " + String.join("; ", missing) + ".");
      }
      List<String> invalid = new ArrayList<>();
      if (MULTI_TENANT.contains(tenant.toLowerCase(Locale.ROOT))) {
        invalid.add(
            "tenant '"
                + tenant
                + "' names no tenant; app-only tokens need the tenant's domain or GUID");
      } else if (!GUID.matcher(tenant).matches() && !DOMAIN.matcher(tenant).matches()) {
        invalid.add(
            "tenant '"
                + tenant
                + "' is neither a domain (contoso.onmicrosoft.com) nor a directory GUID");
      }
      if (!GUID.matcher(clientId).matches()) {
        invalid.add(
            "client id '"
                + clientId
                + "' is not a GUID; use the Application (client) ID of the app registration");
      }
      if (!"https".equalsIgnoreCase(environment.authorityHost().getScheme())) {
        invalid.add(
            "the environment's authority host "
                + environment.authorityHost()
                + " is not https; Microsoft Entra ID is only reached over https");
      }
      if (certificatesGiven > 1) {
        List<String> given = new ArrayList<>();
        for (CertificateSource c : certificates) {
          given.add(c.description());
        }
        invalid.add(
            "the certificate was given "
                + certificatesGiven
                + " times ("
                + String.join(", ", given)
                + "); give exactly one");
      }
      if (!invalid.isEmpty()) {
        throw new CertificateLoadException(
            Reason.INVALID_VALUE,
            "CertificateCredential settings are invalid: " + String.join("; ", invalid) + ".");
      }
    }

    private static String trimToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
