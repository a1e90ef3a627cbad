package dev.exchangesdk.testkit;

import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.testkit.internal.FakeServer;
import dev.exchangesdk.testkit.internal.MessageFactory;
import dev.exchangesdk.testkit.internal.Views;
import dev.exchangesdk.testkit.internal.auth.IdentityPlatform;
import dev.exchangesdk.testkit.internal.auth.TokenEndpoint;
import dev.exchangesdk.testkit.internal.cmdlet.AdminCmdlets;
import dev.exchangesdk.testkit.internal.cmdlet.CmdletService;
import dev.exchangesdk.testkit.internal.cmdlet.ComplianceCmdlets;
import dev.exchangesdk.testkit.internal.ews.EwsService;
import dev.exchangesdk.testkit.internal.http.FaultPlan;
import dev.exchangesdk.testkit.internal.http.TlsMaterial;
import dev.exchangesdk.testkit.internal.seed.DemoTenant;
import dev.exchangesdk.testkit.internal.store.AdminData;
import dev.exchangesdk.testkit.internal.store.ComplianceData;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import dev.exchangesdk.testkit.model.AllowBlockEntryInfo;
import dev.exchangesdk.testkit.model.ComplianceSearchInfo;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.MailboxInfo;
import dev.exchangesdk.testkit.model.MessageTraceRecord;
import dev.exchangesdk.testkit.model.NewMessage;
import dev.exchangesdk.testkit.model.QuarantineMessageInfo;
import dev.exchangesdk.testkit.model.RecordedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;

/**
 * An in-process imitation of Exchange Online for tests and examples: an identity platform token
 * endpoint, EWS, the admin {@code InvokeCommand} endpoint and Security &amp; Compliance, all
 * stateful, all speaking the real wire protocols, on loopback over HTTPS with a private test CA.
 *
 * <pre>{@code
 * try (FakeExchange fake = FakeExchange.builder().seed(Seed.DEMO).start()) {
 *   EwsClient ews = EwsClient.builder()
 *       .environment(fake.environment())
 *       .httpOptions(fake.httpOptions())
 *       .credential(fake.tokenCredential())
 *       .build();
 *   ...
 *   assertThat(fake.mailbox("soc@contoso.com").items("Inbox")).hasSize(7);
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests and test calls may come from any thread; the tenant's state is guarded
 * by one lock.
 */
public final class FakeExchange implements AutoCloseable {
  /** The scope of EWS and the admin API, as on Exchange Online. */
  public static final String EXCHANGE_SCOPE = "https://outlook.office365.com/.default";

  /** The scope of Security &amp; Compliance, as on Exchange Online. */
  public static final String COMPLIANCE_SCOPE =
      "https://ps.compliance.protection.outlook.com/.default";

  private final Tenant tenant;
  private final IdentityPlatform identity;
  private final FakeServer server;
  private final FaultPlan faultPlan = new FaultPlan();
  private final Faults faults;
  private final String defaultToken;
  private final boolean tls;

  private FakeExchange(Builder b) {
    this.tls = b.tls;
    this.tenant = new Tenant(b.tenantDomain, b.vanityDomain, seedOf(b.tenantDomain), b.clock);
    this.faults = new Faults(faultPlan, tenant);
    this.identity = new IdentityPlatform(tenant.tenantId, b.clock, b.tokenLifetime);
    Set<String> tokens = new LinkedHashSet<>(b.acceptedTokens);
    if (tokens.isEmpty()) {
      tokens.add("fake-exchange-" + UUID.randomUUID());
    }
    this.defaultToken = tokens.iterator().next();
    tokens.forEach(identity::acceptToken);
    List<String> tenantNames = new ArrayList<>(tenant.acceptedDomains);
    tenantNames.add(tenant.tenantId.toString());
    TokenEndpoint tokenEndpoint =
        new TokenEndpoint(
            identity,
            name -> tenantNames.stream().anyMatch(n -> n.equalsIgnoreCase(name)),
            tenant.domain,
            List.of(strip(EXCHANGE_SCOPE), strip(COMPLIANCE_SCOPE)),
            Clock.systemUTC());
    CmdletService admin = new CmdletService(tenant, AdminCmdlets.all());
    CmdletService compliance =
        new CmdletService(
            tenant,
            ComplianceCmdlets.all(
                new ComplianceCmdlets.Options(
                    b.complianceProgress,
                    b.refuseAppOnlyComplianceCmdlets,
                    b.previewAndExportOnPremisesOnly)));
    EwsService ews = new EwsService(tenant, b.validateEwsRequests, faultPlan);
    this.server =
        new FakeServer(
            new FakeServer.Settings(
                b.port, b.compliancePort, b.tls, tenant.domain, tenantNames, b.recordRequests),
            identity,
            tokenEndpoint,
            faultPlan,
            ews,
            admin,
            compliance,
            b.clock);
    if (b.seed == Seed.DEMO) {
      tenant.locked(() -> DemoTenant.populate(tenant));
    }
    server.start();
  }

  private static long seedOf(String domain) {
    return UUID.nameUUIDFromBytes(domain.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
        .getMostSignificantBits();
  }

  private static String strip(String scope) {
    return scope.substring(0, scope.length() - "/.default".length());
  }

  /** Starts a fake with an empty {@code contoso.onmicrosoft.com} tenant on ephemeral ports. */
  public static FakeExchange start() {
    return builder().start();
  }

  /** A builder for a fake with options; see {@link Builder} for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  // ---- connection details ----------------------------------------------------------------------

  /**
   * The environment SDK clients use to reach this fake: authority, EWS URL, admin base and
   * compliance base point here; the scopes are Exchange Online's.
   */
  public ExchangeEnvironment environment() {
    return ExchangeEnvironment.builder("FakeExchange")
        .authorityHost(URI.create(server.origin()))
        .exchangeHost(URI.create(server.origin()))
        .exchangeScope(EXCHANGE_SCOPE)
        .complianceHost(URI.create(server.complianceOrigin()))
        .complianceScope(COMPLIANCE_SCOPE)
        .build();
  }

  /** HTTP options that trust the fake's test CA (and only it). */
  public HttpOptions httpOptions() {
    if (!tls) {
      return HttpOptions.defaults();
    }
    TlsMaterial t = TlsMaterial.shared();
    return HttpOptions.builder()
        .tls(t.clientContext().getSocketFactory(), t.trustManager())
        .build();
  }

  /** A credential carrying a token the fake accepts for every endpoint. */
  public TokenCredential tokenCredential() {
    return new StaticTokenCredential(defaultToken);
  }

  /** The fixed bearer token {@link #tokenCredential()} uses. */
  public String acceptedToken() {
    return defaultToken;
  }

  /** Accepts a fixed bearer token from now on, for clients that bring their own. */
  public FakeExchange acceptToken(String token) {
    identity.acceptToken(Objects.requireNonNull(token, "token"));
    return this;
  }

  /**
   * Registers an application that may get tokens with a certificate: client assertions must be
   * signed with this certificate's key (RS256 or PS256) and, when they name one, carry its {@code
   * x5t#S256} or {@code x5t} thumbprint. Call again to add a certificate (rollover).
   */
  public FakeExchange registerApplication(String clientId, X509Certificate certificate) {
    identity.register(
        Objects.requireNonNull(clientId, "clientId"),
        Objects.requireNonNull(certificate, "certificate"));
    return this;
  }

  /** Registers an application that gets tokens with a client secret. */
  public FakeExchange registerApplication(String clientId, String clientSecret) {
    identity.registerSecret(
        Objects.requireNonNull(clientId, "clientId"),
        Objects.requireNonNull(clientSecret, "clientSecret"));
    return this;
  }

  /** The tenant's initial domain, e.g. {@code contoso.onmicrosoft.com}: the tenant in URLs. */
  public String tenant() {
    return tenant.domain;
  }

  /** The tenant GUID (also accepted in URLs). */
  public UUID tenantId() {
    return tenant.tenantId;
  }

  /** The domains mail is delivered for, e.g. {@code contoso.com} and the initial domain. */
  public List<String> acceptedDomains() {
    return List.copyOf(tenant.acceptedDomains);
  }

  /** {@code https://127.0.0.1:port/EWS/Exchange.asmx}. */
  public URI ewsUrl() {
    return URI.create(server.origin() + "/EWS/Exchange.asmx");
  }

  /** The admin {@code InvokeCommand} URL for this tenant. */
  public URI adminUrl() {
    return URI.create(server.origin() + "/adminapi/beta/" + tenant.domain + "/InvokeCommand");
  }

  /** The regional compliance host's {@code InvokeCommand} URL for this tenant. */
  public URI complianceUrl() {
    return URI.create(
        server.complianceOrigin() + "/adminapi/beta/" + tenant.domain + "/InvokeCommand");
  }

  /** The compliance host discovery URL, answering 302 with the regional host. */
  public URI complianceDiscoveryUrl() {
    return URI.create(
        server.complianceOrigin()
            + "/adminapi/beta/"
            + tenant.domain
            + "/EXOBanner('AutogenSession')");
  }

  /** The token endpoint for this tenant. */
  public URI tokenUrl() {
    return URI.create(server.origin() + "/" + tenant.domain + "/oauth2/v2.0/token");
  }

  /** The authority for this tenant ({@code https://127.0.0.1:port/contoso.onmicrosoft.com/}). */
  public URI authority() {
    return URI.create(server.origin() + "/" + tenant.domain + "/");
  }

  /** The test CA that signed the fake's TLS certificate. */
  public X509Certificate caCertificate() {
    return TlsMaterial.shared().caCertificate();
  }

  /** The test CA in PEM, for clients outside the JVM. */
  public String caCertificatePem() {
    return TlsMaterial.shared().caCertificatePem();
  }

  /** An SSL context trusting only the fake's CA. */
  public SSLContext sslContext() {
    return TlsMaterial.shared().clientContext();
  }

  /** The trust manager behind {@link #sslContext()}. */
  public X509TrustManager trustManager() {
    return TlsMaterial.shared().trustManager();
  }

  /** Fault injection for the endpoints of this fake. */
  public Faults faults() {
    return faults;
  }

  /** The requests received so far, oldest first (the last 2000), Authorization redacted. */
  public List<RecordedRequest> requests() {
    return server.recorded();
  }

  /** Forgets the requests recorded so far. */
  public void clearRequests() {
    server.clearRecorded();
  }

  /** The fake's clock's current instant. */
  public Instant now() {
    return tenant.clock.instant();
  }

  // ---- tenant state ----------------------------------------------------------------------------

  /** Creates a user mailbox (with the folders Exchange Online creates). */
  public FakeMailbox createMailbox(String address, String displayName) {
    return createMailbox(address, displayName, "UserMailbox");
  }

  /** Creates a shared mailbox. */
  public FakeMailbox createSharedMailbox(String address, String displayName) {
    return createMailbox(address, displayName, "SharedMailbox");
  }

  private FakeMailbox createMailbox(String address, String displayName, String type) {
    Objects.requireNonNull(address, "address");
    if (!address.contains("@")) {
      throw new IllegalArgumentException("Not an SMTP address: " + address);
    }
    Mailbox m =
        tenant.locked(
            () -> tenant.createMailbox(address, displayName == null ? address : displayName, type));
    return new FakeMailbox(tenant, m);
  }

  /** The mailbox answering to an address (primary or proxy). */
  public FakeMailbox mailbox(String address) {
    Mailbox m = tenant.locked(() -> tenant.mailbox(address));
    if (m == null) {
      throw new IllegalArgumentException("No mailbox " + address + " in " + tenant.domain);
    }
    return new FakeMailbox(tenant, m);
  }

  /** Every mailbox of the tenant, in creation order. */
  public List<MailboxInfo> mailboxes() {
    return tenant.locked(
        () -> {
          List<MailboxInfo> out = new ArrayList<>();
          tenant.mailboxes().forEach(m -> out.add(Views.mailbox(m)));
          return out;
        });
  }

  /** Creates a distribution group; members may be mailboxes, external addresses or groups. */
  public FakeExchange createDistributionGroup(
      String address, String displayName, String... members) {
    tenant.locked(() -> tenant.createGroup(address, displayName, List.of(members)));
    return this;
  }

  /**
   * Delivers a message as mail from outside the tenant arrives: to every recipient (groups
   * expanded), through mail flow rules, junk filtering and inbox rules, with message trace.
   */
  public List<ItemInfo> deliver(NewMessage message) {
    Objects.requireNonNull(message, "message");
    return tenant.locked(() -> deliverItem(MessageFactory.detached(tenant, null, message)));
  }

  /** Delivers raw MIME to the addresses in its To, Cc and Bcc headers, the same way. */
  public List<ItemInfo> deliverMime(byte[] mime) {
    Objects.requireNonNull(mime, "mime");
    return tenant.locked(() -> deliverItem(MessageFactory.detached(tenant, null, mime.clone())));
  }

  private List<ItemInfo> deliverItem(Item content) {
    List<ItemInfo> out = new ArrayList<>();
    for (Item i : tenant.transport.send(null, content).delivered()) {
      i.categories.addAll(content.categories);
      i.isRead |= content.isRead;
      out.add(Views.item(i));
    }
    return out;
  }

  /** Every message-trace record, oldest first. */
  public List<MessageTraceRecord> messageTrace() {
    return tenant.locked(
        () -> {
          return List.copyOf(tenant.messageTrace);
        });
  }

  /** The compliance searches, as they stand (reading does not advance them). */
  public List<ComplianceSearchInfo> complianceSearches() {
    return tenant.locked(
        () -> {
          List<ComplianceSearchInfo> out = new ArrayList<>();
          for (ComplianceData.ComplianceSearch s : tenant.compliance.searches) {
            out.add(Views.search(s));
          }
          return out;
        });
  }

  /** The Tenant Allow/Block List. */
  public List<AllowBlockEntryInfo> allowBlockList() {
    return tenant.locked(
        () -> {
          List<AllowBlockEntryInfo> out = new ArrayList<>();
          for (AdminData.AllowBlockEntry e : tenant.admin.allowBlockList) {
            out.add(Views.allowBlock(e));
          }
          return out;
        });
  }

  /** Puts a message in quarantine for some recipients ({@code type}: Phish, Malware, Spam, ...). */
  public QuarantineMessageInfo quarantine(NewMessage message, String type, String... recipients) {
    return tenant.locked(
        () -> {
          Item content = MessageFactory.detached(tenant, null, message);
          AdminData.QuarantinedMessage q =
              AdminData.QuarantinedMessage.of(
                  tenant,
                  content,
                  type,
                  "AntiPhishPolicy",
                  "Office365 AntiPhish Default",
                  List.of(recipients));
          tenant.admin.quarantine.add(q);
          return Views.quarantine(q);
        });
  }

  /** The quarantined messages. */
  public List<QuarantineMessageInfo> quarantinedMessages() {
    return tenant.locked(
        () -> {
          List<QuarantineMessageInfo> out = new ArrayList<>();
          tenant.admin.quarantine.forEach(q -> out.add(Views.quarantine(q)));
          return out;
        });
  }

  /** Stops both listeners. The fake cannot be restarted. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeExchange{" + server.origin() + ", tenant=" + tenant.domain + '}';
  }

  /**
   * Configures a {@link FakeExchange}. Defaults: ephemeral ports, HTTPS, tenant {@code
   * contoso.onmicrosoft.com} (vanity domain {@code contoso.com}), empty, system clock, one-hour
   * tokens, EWS requests validated against the schema, compliance status one step per poll, no 2026
   * restrictions. Not thread-safe.
   */
  public static final class Builder {
    private int port;
    private int compliancePort;
    private boolean tls = true;
    private String tenantDomain = "contoso.onmicrosoft.com";
    private String vanityDomain = "contoso.com";
    private Seed seed = Seed.EMPTY;
    private final List<String> acceptedTokens = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Duration tokenLifetime = Duration.ofSeconds(3599);
    private boolean validateEwsRequests = true;
    private ComplianceProgress complianceProgress = ComplianceProgress.defaults();
    private boolean refuseAppOnlyComplianceCmdlets;
    private boolean previewAndExportOnPremisesOnly;
    private boolean recordRequests = true;

    private Builder() {}

    /** The port of the main host (token endpoint, EWS, admin); 0 picks a free one. */
    public Builder port(int port) {
      this.port = checkPort(port);
      return this;
    }

    /** The port of the compliance host; 0 picks a free one (the default). */
    public Builder compliancePort(int port) {
      this.compliancePort = checkPort(port);
      return this;
    }

    private static int checkPort(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535");
      }
      return port;
    }

    /** HTTPS with the test CA (default), or plain HTTP (MSAL then cannot use the fake). */
    public Builder tls(boolean tls) {
      this.tls = tls;
      return this;
    }

    /** The tenant's initial domain and an extra accepted (vanity) domain, or null for none. */
    public Builder tenant(String initialDomain, String vanityDomain) {
      this.tenantDomain = Objects.requireNonNull(initialDomain, "initialDomain");
      this.vanityDomain = vanityDomain;
      return this;
    }

    /** What the tenant contains at start: nothing ({@link Seed#EMPTY}) or the demo tenant. */
    public Builder seed(Seed seed) {
      this.seed = Objects.requireNonNull(seed, "seed");
      return this;
    }

    /** Accepts a fixed bearer token; the first one also backs {@link #tokenCredential()}. */
    public Builder acceptToken(String token) {
      acceptedTokens.add(Objects.requireNonNull(token, "token"));
      return this;
    }

    /** The clock for timestamps, token expiry and compliance progress. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How long issued access tokens live (default 3599 s, as Entra ID's). */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = Objects.requireNonNull(lifetime, "lifetime");
      return this;
    }

    /** Whether EWS requests are validated against the official schema (default true). */
    public Builder validateEwsRequests(boolean validate) {
      this.validateEwsRequests = validate;
      return this;
    }

    /**
     * How compliance searches and actions move through their statuses (default: a step per poll).
     */
    public Builder complianceProgress(ComplianceProgress progress) {
      this.complianceProgress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * Refuses, as the service does since 2026, the compliance cmdlets Microsoft documents as not
     * available to app-only sessions (searches, search actions, case holds).
     */
    public Builder refuseAppOnlyComplianceCmdlets(boolean refuse) {
      this.refuseAppOnlyComplianceCmdlets = refuse;
      return this;
    }

    /** Refuses {@code -Preview} and {@code -Export} search actions, as Exchange Online does now. */
    public Builder previewAndExportOnPremisesOnly(boolean refuse) {
      this.previewAndExportOnPremisesOnly = refuse;
      return this;
    }

    /** Whether requests are recorded for {@link FakeExchange#requests()} (default true). */
    public Builder recordRequests(boolean record) {
      this.recordRequests = record;
      return this;
    }

    /** Starts the fake. */
    public FakeExchange start() {
      return new FakeExchange(this);
    }
  }
}
