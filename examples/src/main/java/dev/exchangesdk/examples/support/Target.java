package dev.exchangesdk.examples.support;

import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.testkit.FakeExchange;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The tenant a command talks to, with everything an SDK client builder needs: credential, cloud
 * (environment), HTTP options and tenant name.
 *
 * <p>Without tenant settings it starts an embedded FakeExchange seeded with the demo tenant and
 * connects to it the way a real deployment connects to Exchange Online: a self-signed certificate
 * from {@link SelfSignedCertificates}, an app registered with that certificate, and a {@link
 * CertificateCredential} whose client assertions the fake's token endpoint verifies. Not
 * thread-safe; one per command run.
 */
public final class Target implements AutoCloseable {
  private final FakeExchange fake;
  private final FakeExchangeSource fakes;
  private final String tenant;
  private final CertificateCredential credential;
  private final ExchangeEnvironment environment;
  private final HttpOptions httpOptions;

  private Target(
      FakeExchange fake,
      FakeExchangeSource fakes,
      String tenant,
      CertificateCredential credential,
      ExchangeEnvironment environment,
      HttpOptions httpOptions) {
    this.fake = fake;
    this.fakes = fakes;
    this.tenant = tenant;
    this.credential = credential;
    this.environment = environment;
    this.httpOptions = httpOptions;
  }

  /**
   * Connects to the tenant the options and environment variables name, or to an embedded
   * FakeExchange when they name none, and says which on the first status line.
   *
   * @throws UsageException when the tenant settings are incomplete or contradict each other
   */
  public static Target connect(ConnectionOptions options, Context context, Output output) {
    Map<String, String> env = context.environment();
    String tenant = first(options.tenant, env.get("EXCHANGE_TENANT"));
    String clientId = first(options.clientId, env.get("EXCHANGE_CLIENT_ID"));
    String pfxFile =
        options.pfx != null ? options.pfx.toString() : env.get("EXCHANGE_CERTIFICATE_PFX");
    String pfxBase64 = first(options.pfxBase64, env.get("EXCHANGE_CERTIFICATE_PFX_BASE64"));
    EndpointOverrides endpoints = EndpointOverrides.read(options, env);
    if (tenant == null && clientId == null && pfxFile == null && pfxBase64 == null) {
      if (!endpoints.isEmpty()) {
        throw new UsageException(
            "Endpoint overrides ("
                + endpoints.givenNames()
                + ") need a tenant: give --tenant, --client-id and --pfx as well, or leave them"
                + " out to use the embedded FakeExchange.");
      }
      return fakeExchange(context.fakes(), output);
    }
    List<String> missing = new ArrayList<>();
    if (tenant == null) {
      missing.add("--tenant (EXCHANGE_TENANT)");
    }
    if (clientId == null) {
      missing.add("--client-id (EXCHANGE_CLIENT_ID)");
    }
    if (pfxFile == null && pfxBase64 == null) {
      missing.add("--pfx or --pfx-base64 (EXCHANGE_CERTIFICATE_PFX or _PFX_BASE64)");
    }
    if (!missing.isEmpty()) {
      throw new UsageException(
          "Exchange Online needs a tenant, an app id and a certificate; missing: "
              + String.join(", ", missing)
              + ". Give none of them to use the embedded FakeExchange.");
    }
    if (pfxFile != null && pfxBase64 != null) {
      throw new UsageException("Give the certificate once: --pfx or --pfx-base64, not both");
    }
    char[] password = options.password;
    if (password == null) {
      String p = env.get("EXCHANGE_CERTIFICATE_PASSWORD");
      password = p == null ? new char[0] : p.toCharArray();
    }
    ExchangeEnvironment cloud = cloud(options.cloud, env.get("EXCHANGE_CLOUD"));
    ExchangeEnvironment environment = endpoints.applyTo(cloud);
    HttpOptions httpOptions = context.httpOptions();
    CertificateCredential.Builder builder =
        CertificateCredential.builder()
            .tenant(tenant)
            .clientId(clientId)
            .environment(environment)
            .httpOptions(httpOptions);
    if (pfxFile != null) {
      builder.pfx(Path.of(pfxFile), password);
    } else {
      builder.pfxBase64(pfxBase64, password);
    }
    CertificateCredential credential = builder.build(); // loads and checks the certificate now
    Arrays.fill(password, '\0');
    output.notice(
        "Exchange Online: tenant "
            + tenant
            + " ("
            + cloud.name()
            + "), app "
            + clientId
            + ", certificate "
            + credential.thumbprint()
            + " valid until "
            + credential.certificateExpiresAt());
    if (!endpoints.isEmpty()) {
      output.notice("Endpoint overrides: " + endpoints.describe(environment));
    }
    return new Target(null, null, tenant, credential, environment, httpOptions);
  }

  private static Target fakeExchange(FakeExchangeSource fakes, Output output) {
    output.notice(
        "No tenant configured: running against an embedded FakeExchange seeded with the demo"
            + " tenant (contoso.com). Give --tenant, --client-id and --pfx to use Exchange Online.");
    // Key generation and the fake's start both take a moment: do them side by side.
    char[] password = Passwords.random();
    CompletableFuture<GeneratedCertificate> certificate =
        CompletableFuture.supplyAsync(
            () ->
                SelfSignedCertificates.builder()
                    .commonName("exchange-sdk-examples")
                    .create(password));
    FakeExchange fake = fakes.open();
    try {
      // The same path as production: a certificate, an app registration, a CertificateCredential.
      String clientId = UUID.randomUUID().toString();
      fake.registerApplication(clientId, certificate.join().certificate());
      CertificateCredential credential =
          CertificateCredential.builder()
              .tenant(fake.tenant())
              .clientId(clientId)
              .pfx(certificate.join().pfx(), password)
              .environment(fake.environment())
              .httpOptions(fake.httpOptions())
              .build();
      return new Target(
          fake, fakes, fake.tenant(), credential, fake.environment(), fake.httpOptions());
    } catch (RuntimeException e) {
      fakes.release(fake);
      throw e instanceof CompletionException && e.getCause() instanceof RuntimeException r ? r : e;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** Whether this is the embedded FakeExchange rather than Exchange Online. */
  public boolean isFakeExchange() {
    return fake != null;
  }

  /** The embedded FakeExchange, when there is one. */
  public Optional<FakeExchange> fakeExchange() {
    return Optional.ofNullable(fake);
  }

  /** The tenant: initial domain or directory id. */
  public String tenant() {
    return tenant;
  }

  /** The app-only certificate credential, shared by every client of the command. */
  public TokenCredential credential() {
    return credential;
  }

  /** The cloud with the endpoint overrides, or the FakeExchange's endpoints. */
  public ExchangeEnvironment environment() {
    return environment;
  }

  /** HTTP settings: the context's for a tenant, the FakeExchange's (its test CA) without one. */
  public HttpOptions httpOptions() {
    return httpOptions;
  }

  /**
   * An option's value; when it was not given, the demo tenant's value against the FakeExchange.
   *
   * @throws UsageException when it was not given and this is a real tenant
   */
  public <T> T orDemo(T given, String option, T demoValue) {
    if (given != null) {
      return given;
    }
    if (fake == null) {
      throw new UsageException(option + " is required with a tenant");
    }
    return demoValue;
  }

  /**
   * How often to poll long-running work: as given, else {@code forTenant} on Exchange Online and a
   * second (the shortest wait the SDK allows) against the FakeExchange, whose searches advance one
   * status per poll.
   */
  public Duration pollInterval(Duration given, Duration forTenant) {
    if (given != null) {
      return given;
    }
    return fake != null ? Duration.ofSeconds(1) : forTenant;
  }

  @Override
  public void close() {
    if (fake != null) {
      fakes.release(fake);
    }
  }

  private static ExchangeEnvironment cloud(ConnectionOptions.Cloud option, String fromEnv) {
    ConnectionOptions.Cloud cloud = option;
    if (cloud == null && fromEnv != null && !fromEnv.isBlank()) {
      try {
        cloud = ConnectionOptions.Cloud.valueOf(fromEnv.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "EXCHANGE_CLOUD must be WORLDWIDE, GCC, GCC_HIGH, DOD or CHINA, not " + fromEnv);
      }
    }
    if (cloud == null) {
      return ExchangeEnvironment.WORLDWIDE;
    }
    return switch (cloud) {
      case WORLDWIDE -> ExchangeEnvironment.WORLDWIDE;
      case GCC -> ExchangeEnvironment.GCC;
      case GCC_HIGH -> ExchangeEnvironment.GCC_HIGH;
      case DOD -> ExchangeEnvironment.DOD;
      case CHINA -> ExchangeEnvironment.CHINA;
    };
  }

  private static String first(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b != null && !b.isBlank() ? b.strip() : null;
  }

  @Override
  public String toString() {
    return fake != null ? "Target{FakeExchange " + tenant + "}" : "Target{" + tenant + "}";
  }
}
