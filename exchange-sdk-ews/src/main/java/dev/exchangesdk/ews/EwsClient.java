package dev.exchangesdk.ews;

import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import dev.exchangesdk.ews.internal.ops.AccessCheck;
import dev.exchangesdk.ews.internal.ops.EwsMailbox;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.AccessReport;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailboxSearchResult;
import dev.exchangesdk.ews.model.WellKnownFolder;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import okhttp3.HttpUrl;

/**
 * The EWS mailbox client: one per application, shared by all threads.
 *
 * <pre>{@code
 * EwsClient ews = EwsClient.builder()
 *     .credential(credential)                      // app-only, full_access_as_app
 *     .environment(ExchangeEnvironment.WORLDWIDE)  // or .endpoint(URI) for Exchange on premises
 *     .build();
 * Mailbox soc = ews.mailbox("soc@contoso.com");
 * }</pre>
 *
 * <p>Every call is made on behalf of one mailbox (EWS impersonation with an app-only token) and
 * goes through the SDK's HTTP pipeline: bearer token, retries honouring the server's back-off, and
 * at most {@link HttpOptions#maxConcurrentRequests()} calls in flight, of which at most {@link
 * Builder#maxConcurrentRequestsPerMailbox(int)} for one mailbox. Thread-safe.
 */
public final class EwsClient {
  private final EwsTransport transport;
  private final TokenCredential credential;
  private final List<String> scopes;
  private final URI endpoint;
  private final ExchangeServerVersion serverVersion;
  private final int perMailboxLimit;
  private final ConcurrentMap<String, Semaphore> mailboxPermits = new ConcurrentHashMap<>();

  private EwsClient(Builder b) {
    Objects.requireNonNull(b.credential, "credential (a TokenCredential) is required");
    this.endpoint = b.endpoint != null ? b.endpoint : b.environment.ewsUrl();
    HttpUrl url = HttpUrl.get(endpoint.toString());
    this.scopes = b.scopes != null ? b.scopes : b.environment.exchangeScopes();
    this.credential = b.credential;
    HttpPipeline pipeline =
        HttpPipeline.builder()
            .serviceName("EWS")
            .options(b.httpOptions)
            .credential(b.credential, scopes)
            .build();
    this.serverVersion = b.serverVersion;
    this.perMailboxLimit = b.maxConcurrentRequestsPerMailbox;
    this.transport = new EwsTransport(pipeline, url, serverVersion.wireName());
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A handle for the mailbox with this SMTP address. Cheap; handles for the same address share the
   * per-mailbox concurrency limit.
   */
  public Mailbox mailbox(String smtpAddress) {
    return new EwsMailbox(transport, context(smtpAddress), serverVersion, this::context);
  }

  /** The call context of a mailbox: its address and its share of the per-mailbox limit. */
  private MailboxContext context(String smtpAddress) {
    if (smtpAddress == null || smtpAddress.isBlank()) {
      throw new IllegalArgumentException("smtpAddress must not be blank");
    }
    String address = smtpAddress.strip();
    if (address.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || address.contains(" ")) {
      throw new IllegalArgumentException("Not a mailbox address: " + address);
    }
    Semaphore permits =
        mailboxPermits.computeIfAbsent(
            address.toLowerCase(Locale.ROOT), k -> new Semaphore(perMailboxLimit, true));
    return new MailboxContext(address, permits);
  }

  /**
   * Checks, step by step, that this client can work with a mailbox: a token is issued, the endpoint
   * answers, EWS accepts the token, EWS is enabled for the tenant and the app, the app may act on
   * the mailbox, and (when given) the folder exists. Never throws for a failed step: the report
   * names it with a hint of what to change.
   *
   * @param folder a folder to look for, or {@code null}
   */
  public AccessReport verifyAccess(String mailbox, FolderRef folder) {
    return AccessCheck.run(
        credential, scopes, transport, endpoint.toString(), context(mailbox), folder);
  }

  /** {@link #verifyAccess(String, FolderRef)} of the mailbox's Inbox. */
  public AccessReport verifyAccess(String mailbox) {
    return verifyAccess(mailbox, FolderRef.wellKnown(WellKnownFolder.INBOX));
  }

  /**
   * Searches many mailboxes at once ({@link Mailbox#searchMailbox(ItemQuery)} in each), at most
   * {@code concurrency} at a time. A mailbox that fails (not found, access denied, throttled past
   * the retry budget ...) is reported in its result; the others go on.
   *
   * @return one result per mailbox, in the order given
   */
  public List<MailboxSearchResult> searchMailboxes(
      Collection<String> mailboxes, ItemQuery query, int concurrency) {
    Objects.requireNonNull(query, "query");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    List<String> addresses = List.copyOf(mailboxes);
    if (addresses.isEmpty()) {
      return List.of();
    }
    int threads = Math.min(concurrency, addresses.size());
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "ews-mailbox-search");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<MailboxSearchResult>> futures = new ArrayList<>(addresses.size());
      for (String address : addresses) {
        futures.add(pool.submit(() -> searchOne(address, query)));
      }
      List<MailboxSearchResult> out = new ArrayList<>(addresses.size());
      for (int i = 0; i < futures.size(); i++) {
        out.add(await(futures.get(i), addresses.get(i)));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private MailboxSearchResult searchOne(String address, ItemQuery query) {
    try {
      return new MailboxSearchResult(address, mailbox(address).searchMailbox(query), null);
    } catch (ExchangeException e) {
      return new MailboxSearchResult(address, List.of(), e);
    } catch (IllegalArgumentException e) {
      return new MailboxSearchResult(
          address, List.of(), new InvalidRequestException(e.getMessage()));
    }
  }

  private static MailboxSearchResult await(Future<MailboxSearchResult> f, String address) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("The search of " + address + " was interrupted", null, false, e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      return new MailboxSearchResult(
          address,
          List.of(),
          c instanceof ExchangeException
              ? (ExchangeException) c
              : new ExchangeException("Searching " + address + " failed: " + c, c));
    }
  }

  /** The EWS endpoint this client calls. */
  public URI endpoint() {
    return endpoint;
  }

  public ExchangeServerVersion serverVersion() {
    return serverVersion;
  }

  @Override
  public String toString() {
    return "EwsClient{endpoint=" + endpoint + ", serverVersion=" + serverVersion.wireName() + '}';
  }

  /** Builds an {@link EwsClient}. Not thread-safe. */
  public static final class Builder {
    private TokenCredential credential;
    private ExchangeEnvironment environment = ExchangeEnvironment.WORLDWIDE;
    private URI endpoint;
    private List<String> scopes;
    private HttpOptions httpOptions = HttpOptions.defaults();
    private ExchangeServerVersion serverVersion = ExchangeServerVersion.EXCHANGE_2016;
    private int maxConcurrentRequestsPerMailbox = 27;

    private Builder() {}

    /** Where tokens come from (required); app-only tokens need {@code full_access_as_app}. */
    public Builder credential(TokenCredential credential) {
      this.credential = credential;
      return this;
    }

    /** The Microsoft cloud: its EWS URL and token scope. Default {@code WORLDWIDE}. */
    public Builder environment(ExchangeEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    /**
     * An explicit EWS endpoint, e.g. {@code https://mail.contoso.com/EWS/Exchange.asmx} for
     * Exchange Server on premises; overrides the environment's URL (not its scope).
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** Token scopes; default the environment's Exchange scope. */
    public Builder scopes(List<String> scopes) {
      this.scopes = List.copyOf(scopes);
      return this;
    }

    /** Timeouts, proxy, TLS, retries and the overall concurrency limit. */
    public Builder httpOptions(HttpOptions httpOptions) {
      this.httpOptions = Objects.requireNonNull(httpOptions, "httpOptions");
      return this;
    }

    /** The schema version to request; default {@link ExchangeServerVersion#EXCHANGE_2016}. */
    public Builder serverVersion(ExchangeServerVersion serverVersion) {
      this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
      return this;
    }

    /**
     * Calls in flight against one mailbox at once (default 27, Exchange Online's per-user budget);
     * further calls for that mailbox wait their turn.
     */
    public Builder maxConcurrentRequestsPerMailbox(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("maxConcurrentRequestsPerMailbox must be at least 1");
      }
      this.maxConcurrentRequestsPerMailbox = limit;
      return this;
    }

    public EwsClient build() {
      return new EwsClient(this);
    }
  }
}
