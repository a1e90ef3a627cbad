package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.SlidingWindowRateLimiter;
import dev.exchangesdk.admin.model.ConnectivityCheck;
import dev.exchangesdk.admin.model.ConnectivityCheck.Step;
import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import dev.exchangesdk.core.internal.cmdlet.CmdletTransport;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The Exchange Online admin client: the cmdlets of the ExchangeOnlineManagement module, typed, over
 * the same REST endpoint ({@code POST /adminapi/beta/{tenant}/InvokeCommand}), without PowerShell.
 *
 * <pre>{@code
 * ExchangeAdminClient admin = ExchangeAdminClient.builder()
 *     .credential(credential)                 // app-only, Exchange.ManageAsApp + an Entra role
 *     .tenant("contoso.onmicrosoft.com")
 *     .build();
 * for (InboxRule rule : admin.inboxRules().list("ann@contoso.com", 0)) {
 *   if (rule.forwardsOrRedirects()) { ... }
 * }
 * }</pre>
 *
 * <p>Operations are grouped: {@link #mailboxes()}, {@link #directory()}, {@link
 * #tenantAllowBlockList()}, {@link #junkEmail()}, {@link #messageTrace()}, {@link #inboxRules()},
 * {@link #transportRules()}, {@link #quarantine()}, {@link #organization()}; {@link #invoke(String,
 * Map)} runs any other cmdlet. Failures are {@link ExchangeException}s; throttling and transient
 * server errors are retried within {@link HttpOptions#retry()}. Cmdlet warnings are logged at WARN
 * ({@code dev.exchangesdk.cmdlet}), passed to the {@link Builder#warningListener(Consumer) warning
 * listener}, and returned by writes in {@link dev.exchangesdk.admin.model.AdminResult}.
 *
 * <p>Thread-safe; build one per tenant and share it.
 */
public final class ExchangeAdminClient {
  private final AdminContext ctx;
  private final String tenant;
  private final Mailboxes mailboxes;
  private final Directory directory;
  private final TenantAllowBlockList tenantAllowBlockList;
  private final JunkEmail junkEmail;
  private final MessageTrace messageTrace;
  private final InboxRules inboxRules;
  private final TransportRules transportRules;
  private final Quarantine quarantine;
  private final Organization organization;

  private ExchangeAdminClient(Builder b) {
    TokenCredential credential = Objects.requireNonNull(b.credential, "credential");
    ExchangeEnvironment env = Objects.requireNonNull(b.environment, "environment");
    HttpOptions options = Objects.requireNonNull(b.httpOptions, "httpOptions");
    Objects.requireNonNull(b.tenant, "tenant");
    List<String> scopes = env.exchangeScopes();
    HttpPipeline pipeline =
        HttpPipeline.builder()
            .serviceName("Exchange admin API")
            .options(options)
            .credential(credential, scopes)
            .build();
    CmdletTransport transport =
        CmdletTransport.builder()
            .pipeline(pipeline)
            .baseUrl(env.adminBaseUrl())
            .tenant(b.tenant)
            .warningListener(b.warningListener)
            .build();
    this.tenant = transport.tenant();
    this.ctx =
        new AdminContext(
            transport,
            options.clock(),
            options.sleeper(),
            credential,
            scopes,
            new SlidingWindowRateLimiter(
                100, Duration.ofMinutes(5), options.clock(), options.sleeper()));
    this.mailboxes = new Mailboxes(ctx);
    this.directory = new Directory(ctx);
    this.tenantAllowBlockList = new TenantAllowBlockList(ctx);
    this.junkEmail = new JunkEmail(ctx);
    this.messageTrace = new MessageTrace(ctx);
    this.inboxRules = new InboxRules(ctx);
    this.transportRules = new TransportRules(ctx);
    this.quarantine = new Quarantine(ctx);
    this.organization = new Organization(ctx);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The tenant this client administers. */
  public String tenant() {
    return tenant;
  }

  /** Mailboxes, CAS settings, permissions, audit bypass, forwarding. */
  public Mailboxes mailboxes() {
    return mailboxes;
  }

  /** Recipients and users. */
  public Directory directory() {
    return directory;
  }

  /** The Tenant Allow/Block List. */
  public TenantAllowBlockList tenantAllowBlockList() {
    return tenantAllowBlockList;
  }

  /** Junk email rules, one mailbox or all. */
  public JunkEmail junkEmail() {
    return junkEmail;
  }

  /** Message trace (Get-MessageTraceV2). */
  public MessageTrace messageTrace() {
    return messageTrace;
  }

  /** Inbox rules. */
  public InboxRules inboxRules() {
    return inboxRules;
  }

  /** Mail flow (transport) rules. */
  public TransportRules transportRules() {
    return transportRules;
  }

  /** Quarantined messages. */
  public Quarantine quarantine() {
    return quarantine;
  }

  /** Federation and remote domains. */
  public Organization organization() {
    return organization;
  }

  /**
   * Runs any cmdlet and returns its output as a JSON-like tree, for what the typed API does not
   * cover. Parameters go in the map's order; values may be text, booleans (switches: {@code true}),
   * numbers, enums (by name), instants, {@link Duration}s, collections (arrays), maps
   * ({@code @{...}} hashtables) and {@code null} ($null). Writes get {@code "Confirm": false}
   * unless the map sets {@code Confirm}. Every page is read.
   */
  public CmdletResult invoke(String cmdletName, Map<String, ?> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    CmdletRequest.Builder b;
    try {
      b = CmdletRequest.builder(cmdletName);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(e.getMessage());
    }
    parameters.forEach(b::param);
    return ctx.transport().invokeAll(b.build());
  }

  /**
   * Checks that the client works end to end: a token can be obtained, the admin endpoint answers,
   * and a harmless read ({@code Get-Mailbox -ResultSize 1}) is allowed. Never throws for a failed
   * step: the result names it and, for permissions, what is likely missing.
   */
  public ConnectivityCheck checkConnectivity() {
    try {
      ctx.credential().getToken(ctx.scopes());
    } catch (ExchangeException e) {
      return new ConnectivityCheck(
          Step.TOKEN,
          "Could not get an access token for " + ctx.scopes() + ": " + e.getMessage(),
          null,
          e);
    }
    try {
      ctx.transport()
          .invoke(
              CmdletRequest.builder("Get-Mailbox")
                  .resultSize(1)
                  .select(List.of("Identity"))
                  .build());
      return new ConnectivityCheck(
          null,
          "Token, endpoint and Get-Mailbox work for "
              + tenant
              + " at "
              + ctx.transport().invokeUrl(),
          null,
          null);
    } catch (AuthenticationException e) {
      return new ConnectivityCheck(
          Step.AUTHORIZATION,
          "The admin API rejected the token: " + e.getMessage(),
          "the Exchange.ManageAsApp application permission with admin consent, and a token for "
              + ctx.scopes(),
          e);
    } catch (AccessDeniedException e) {
      return new ConnectivityCheck(Step.AUTHORIZATION, e.getMessage(), e.missingPermission(), e);
    } catch (TransportException | ResponseFormatException e) {
      return new ConnectivityCheck(
          Step.ENDPOINT,
          "Could not talk to " + ctx.transport().invokeUrl() + ": " + e.getMessage(),
          null,
          e);
    } catch (NotFoundException e) {
      return new ConnectivityCheck(
          Step.ENDPOINT,
          "The endpoint or tenant was not found at "
              + ctx.transport().invokeUrl()
              + ": "
              + e.getMessage(),
          null,
          e);
    } catch (ExchangeException e) {
      return new ConnectivityCheck(Step.CMDLET, e.getMessage(), null, e);
    }
  }

  @Override
  public String toString() {
    return "ExchangeAdminClient{tenant="
        + tenant
        + ", endpoint="
        + ctx.transport().invokeUrl()
        + '}';
  }

  /** Builds an {@link ExchangeAdminClient}. Not thread-safe. */
  public static final class Builder {
    private TokenCredential credential;
    private String tenant;
    private ExchangeEnvironment environment = ExchangeEnvironment.WORLDWIDE;
    private HttpOptions httpOptions = HttpOptions.defaults();
    private Consumer<CmdletWarning> warningListener;

    private Builder() {}

    /** The app's credential (usually a certificate credential); required. */
    public Builder credential(TokenCredential credential) {
      this.credential = credential;
      return this;
    }

    /** The tenant id (GUID) or a domain such as {@code contoso.onmicrosoft.com}; required. */
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    /** The cloud; {@link ExchangeEnvironment#WORLDWIDE} by default. */
    public Builder environment(ExchangeEnvironment environment) {
      this.environment = environment;
      return this;
    }

    /** Timeouts, proxy, TLS, retries, concurrency, clock; {@link HttpOptions#defaults()}. */
    public Builder httpOptions(HttpOptions httpOptions) {
      this.httpOptions = httpOptions;
      return this;
    }

    /**
     * Receives every warning any cmdlet writes (reads included), on the calling thread (or a bulk
     * update's worker threads): must be thread-safe. Warnings are logged at WARN either way.
     */
    public Builder warningListener(Consumer<CmdletWarning> warningListener) {
      this.warningListener = warningListener;
      return this;
    }

    public ExchangeAdminClient build() {
      return new ExchangeAdminClient(this);
    }
  }
}
