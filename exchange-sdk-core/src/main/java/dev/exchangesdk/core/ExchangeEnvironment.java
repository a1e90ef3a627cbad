package dev.exchangesdk.core;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The endpoints and scopes of one Microsoft cloud: where tokens come from and where EWS, the admin
 * API and Security &amp; Compliance live.
 *
 * <p>Use a constant ({@link #WORLDWIDE}, {@link #GCC}, {@link #GCC_HIGH}, {@link #DOD}, {@link
 * #CHINA}), or {@link #toBuilder()} to override any value: an on-premises EWS URL, a test server.
 * Instances are immutable and thread-safe.
 */
public final class ExchangeEnvironment {

  /** Microsoft 365 worldwide (commercial). */
  public static final ExchangeEnvironment WORLDWIDE =
      builder("Worldwide")
          .authorityHost(URI.create("https://login.microsoftonline.com"))
          .exchangeHost(URI.create("https://outlook.office365.com"))
          .exchangeScope("https://outlook.office365.com/.default")
          .complianceHost(URI.create("https://ps.compliance.protection.outlook.com"))
          .complianceScope("https://ps.compliance.protection.outlook.com/.default")
          .build();

  /** US Government Community Cloud (GCC): the worldwide endpoints. */
  public static final ExchangeEnvironment GCC = WORLDWIDE.toBuilder().name("GCC").build();

  /** US Government Community Cloud High. */
  public static final ExchangeEnvironment GCC_HIGH =
      builder("GCC High")
          .authorityHost(URI.create("https://login.microsoftonline.us"))
          .exchangeHost(URI.create("https://outlook.office365.us"))
          .exchangeScope("https://outlook.office365.us/.default")
          .complianceHost(URI.create("https://ps.compliance.protection.office365.us"))
          .complianceScope("https://ps.compliance.protection.office365.us/.default")
          .build();

  /** US Department of Defense. */
  public static final ExchangeEnvironment DOD =
      builder("DoD")
          .authorityHost(URI.create("https://login.microsoftonline.us"))
          .exchangeHost(URI.create("https://outlook-dod.office365.us"))
          .exchangeScope("https://outlook-dod.office365.us/.default")
          .complianceHost(URI.create("https://l5.ps.compliance.protection.office365.us"))
          .complianceScope("https://l5.ps.compliance.protection.office365.us/.default")
          .build();

  /** Microsoft 365 operated by 21Vianet (China). */
  public static final ExchangeEnvironment CHINA =
      builder("China")
          .authorityHost(URI.create("https://login.chinacloudapi.cn"))
          .exchangeHost(URI.create("https://partner.outlook.cn"))
          .exchangeScope("https://partner.outlook.cn/.default")
          .complianceHost(URI.create("https://ps.compliance.protection.partner.outlook.cn"))
          .complianceScope("https://ps.compliance.protection.partner.outlook.cn/.default")
          .build();

  private final String name;
  private final URI authorityHost;
  private final URI ewsUrl;
  private final URI adminBaseUrl;
  private final URI complianceBaseUrl;
  private final String exchangeScope;
  private final String complianceScope;

  private ExchangeEnvironment(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    this.authorityHost =
        stripTrailingSlash(Objects.requireNonNull(b.authorityHost, "authorityHost"));
    this.ewsUrl = Objects.requireNonNull(b.ewsUrl, "ewsUrl");
    this.adminBaseUrl = stripTrailingSlash(Objects.requireNonNull(b.adminBaseUrl, "adminBaseUrl"));
    this.complianceBaseUrl =
        stripTrailingSlash(Objects.requireNonNull(b.complianceBaseUrl, "complianceBaseUrl"));
    this.exchangeScope = Objects.requireNonNull(b.exchangeScope, "exchangeScope");
    this.complianceScope = Objects.requireNonNull(b.complianceScope, "complianceScope");
  }

  /** Starts an environment from scratch; most users want {@code WORLDWIDE.toBuilder()} instead. */
  public static Builder builder(String name) {
    return new Builder().name(name);
  }

  /** A builder holding this environment's values, to override some of them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.authorityHost = authorityHost;
    b.ewsUrl = ewsUrl;
    b.adminBaseUrl = adminBaseUrl;
    b.complianceBaseUrl = complianceBaseUrl;
    b.exchangeScope = exchangeScope;
    b.complianceScope = complianceScope;
    return b;
  }

  /** A display name such as {@code Worldwide}. */
  public String name() {
    return name;
  }

  /** The identity platform host, e.g. {@code https://login.microsoftonline.com}. */
  public URI authorityHost() {
    return authorityHost;
  }

  /** The authority for one tenant: {@code {authorityHost}/{tenant}/}. */
  public URI authority(String tenant) {
    return URI.create(authorityHost + "/" + tenant + "/");
  }

  /** The token endpoint for one tenant: {@code {authorityHost}/{tenant}/oauth2/v2.0/token}. */
  public URI tokenEndpoint(String tenant) {
    return URI.create(authorityHost + "/" + tenant + "/oauth2/v2.0/token");
  }

  /** The EWS endpoint, e.g. {@code https://outlook.office365.com/EWS/Exchange.asmx}. */
  public URI ewsUrl() {
    return ewsUrl;
  }

  /** The admin REST base, e.g. {@code https://outlook.office365.com}. */
  public URI adminBaseUrl() {
    return adminBaseUrl;
  }

  /**
   * The Security &amp; Compliance base used to discover the tenant's regional host, e.g. {@code
   * https://ps.compliance.protection.outlook.com}.
   */
  public URI complianceBaseUrl() {
    return complianceBaseUrl;
  }

  /** The scope for EWS and the admin API, e.g. {@code https://outlook.office365.com/.default}. */
  public String exchangeScope() {
    return exchangeScope;
  }

  /** The scope for Security &amp; Compliance. */
  public String complianceScope() {
    return complianceScope;
  }

  /** {@link #exchangeScope()} as a list, the form {@link TokenCredential} takes. */
  public List<String> exchangeScopes() {
    return List.of(exchangeScope);
  }

  /** {@link #complianceScope()} as a list. */
  public List<String> complianceScopes() {
    return List.of(complianceScope);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExchangeEnvironment)) {
      return false;
    }
    ExchangeEnvironment e = (ExchangeEnvironment) o;
    return name.equals(e.name)
        && authorityHost.equals(e.authorityHost)
        && ewsUrl.equals(e.ewsUrl)
        && adminBaseUrl.equals(e.adminBaseUrl)
        && complianceBaseUrl.equals(e.complianceBaseUrl)
        && exchangeScope.equals(e.exchangeScope)
        && complianceScope.equals(e.complianceScope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, authorityHost, ewsUrl, adminBaseUrl, complianceBaseUrl);
  }

  @Override
  public String toString() {
    return "ExchangeEnvironment{"
        + name
        + ", authority="
        + authorityHost
        + ", ews="
        + ewsUrl
        + ", admin="
        + adminBaseUrl
        + ", compliance="
        + complianceBaseUrl
        + '}';
  }

  private static URI stripTrailingSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
  }

  /** Builds an {@link ExchangeEnvironment}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private URI authorityHost;
    private URI ewsUrl;
    private URI adminBaseUrl;
    private URI complianceBaseUrl;
    private String exchangeScope;
    private String complianceScope;

    private Builder() {}

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder authorityHost(URI authorityHost) {
      this.authorityHost = authorityHost;
      return this;
    }

    /**
     * Sets both the EWS URL ({@code {host}/EWS/Exchange.asmx}) and the admin REST base to one host.
     */
    public Builder exchangeHost(URI host) {
      URI base = stripTrailingSlash(host);
      this.ewsUrl = URI.create(base + "/EWS/Exchange.asmx");
      this.adminBaseUrl = base;
      return this;
    }

    /** The EWS endpoint, e.g. {@code https://mail.contoso.com/EWS/Exchange.asmx} on premises. */
    public Builder ewsUrl(URI ewsUrl) {
      this.ewsUrl = ewsUrl;
      return this;
    }

    public Builder adminBaseUrl(URI adminBaseUrl) {
      this.adminBaseUrl = adminBaseUrl;
      return this;
    }

    public Builder complianceHost(URI complianceBaseUrl) {
      this.complianceBaseUrl = complianceBaseUrl;
      return this;
    }

    public Builder exchangeScope(String exchangeScope) {
      this.exchangeScope = exchangeScope;
      return this;
    }

    public Builder complianceScope(String complianceScope) {
      this.complianceScope = complianceScope;
      return this;
    }

    public ExchangeEnvironment build() {
      return new ExchangeEnvironment(this);
    }
  }
}
