package dev.exchangesdk.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.exchangesdk.testkit.Endpoint;
import dev.exchangesdk.testkit.internal.auth.IdentityPlatform;
import dev.exchangesdk.testkit.internal.auth.TokenEndpoint;
import dev.exchangesdk.testkit.internal.cmdlet.CmdletService;
import dev.exchangesdk.testkit.internal.ews.EwsService;
import dev.exchangesdk.testkit.internal.http.FaultPlan;
import dev.exchangesdk.testkit.internal.http.HttpCall;
import dev.exchangesdk.testkit.internal.http.TlsMaterial;
import dev.exchangesdk.testkit.model.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of FakeExchange: two loopback listeners (the main host for the token endpoint, EWS
 * and the admin API; a second host standing in for the regional Security &amp; Compliance host),
 * routing, bearer-token checks, injected faults and the request record.
 *
 * <p>Thread-safe: requests run concurrently on a daemon thread pool; the services synchronise on
 * the tenant.
 */
public final class FakeServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FakeServer.class);
  private static final Pattern TOKEN = Pattern.compile("^/([^/]+)/oauth2/v2\\.0/token/?$");
  private static final Pattern OIDC =
      Pattern.compile("^/([^/]+)(?:/v2\\.0)?/\\.well-known/openid-configuration$");
  private static final Pattern KEYS = Pattern.compile("^/([^/]+)/discovery(?:/v2\\.0)?/keys$");
  private static final Pattern INVOKE =
      Pattern.compile("^/adminapi/beta/([^/]+)/InvokeCommand$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BANNER =
      Pattern.compile(
          "^/adminapi/(?:beta|v1\\.0)/([^/]+)/(EXOBanner\\('AutogenSession'\\)|EXOModuleFile)$",
          Pattern.CASE_INSENSITIVE);
  private static final int RECORD_LIMIT = 2000;
  private static final int RECORD_BODY_LIMIT = 256 * 1024;

  private final Settings settings;
  private final IdentityPlatform identity;
  private final TokenEndpoint tokenEndpoint;
  private final FaultPlan faults;
  private final EwsService ews;
  private final CmdletService admin;
  private final CmdletService compliance;
  private final Clock clock;
  private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
  private HttpServer main;
  private HttpServer complianceHost;
  private ExecutorService executor;

  /** What the server needs to know about its configuration. */
  public record Settings(
      int port,
      int compliancePort,
      boolean tls,
      String tenantDomain,
      List<String> tenantNames,
      boolean recordRequests) {}

  public FakeServer(
      Settings settings,
      IdentityPlatform identity,
      TokenEndpoint tokenEndpoint,
      FaultPlan faults,
      EwsService ews,
      CmdletService admin,
      CmdletService compliance,
      Clock clock) {
    this.settings = settings;
    this.identity = identity;
    this.tokenEndpoint = tokenEndpoint;
    this.faults = faults;
    this.ews = ews;
    this.admin = admin;
    this.compliance = compliance;
    this.clock = clock;
  }

  /** Binds both listeners on the loopback address and starts serving. */
  public void start() {
    AtomicInteger threads = new AtomicInteger();
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fake-exchange-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      main = bind(settings.port());
      main.createContext("/", exchange -> handle(exchange, false));
      complianceHost = bind(settings.compliancePort());
      complianceHost.createContext("/", exchange -> handle(exchange, true));
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("FakeExchange cannot listen on the loopback interface", e);
    }
    main.start();
    complianceHost.start();
  }

  /**
   * The JDK server writes response headers and body separately and, unless told otherwise, leaves
   * Nagle's algorithm on: with the client's delayed ACK that stalls every response by ~40 ms. The
   * server reads this property once, when the first server in the JVM starts; an explicit setting
   * is respected.
   */
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private HttpServer bind(int port) throws IOException {
    InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    HttpServer server;
    if (settings.tls()) {
      HttpsServer https = HttpsServer.create(address, 128);
      https.setHttpsConfigurator(new HttpsConfigurator(TlsMaterial.shared().serverContext()));
      server = https;
    } else {
      server = HttpServer.create(address, 128);
    }
    server.setExecutor(executor);
    return server;
  }

  /** {@code https://127.0.0.1:port} of the main host. */
  public String origin() {
    return (settings.tls() ? "https" : "http") + "://127.0.0.1:" + main.getAddress().getPort();
  }

  /** {@code https://127.0.0.1:port} of the compliance host. */
  public String complianceOrigin() {
    return (settings.tls() ? "https" : "http")
        + "://127.0.0.1:"
        + complianceHost.getAddress().getPort();
  }

  @Override
  public void close() {
    if (main != null) {
      main.stop(0);
    }
    if (complianceHost != null) {
      complianceHost.stop(0);
    }
    if (executor != null) {
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The requests received so far, oldest first (at most the last 2000). */
  public List<RecordedRequest> recorded() {
    synchronized (recorded) {
      return new ArrayList<>(recorded);
    }
  }

  public void clearRecorded() {
    synchronized (recorded) {
      recorded.clear();
    }
  }

  private void handle(HttpExchange exchange, boolean onComplianceHost) {
    HttpCall call = new HttpCall(exchange);
    Endpoint endpoint = null;
    try {
      String path = call.rawPath();
      Matcher m;
      if (onComplianceHost) {
        endpoint = Endpoint.COMPLIANCE;
        Admission a = admit(call, endpoint);
        if (!a.proceed()) {
          return;
        }
        if ((m = BANNER.matcher(path)).matches() && "GET".equals(call.method())) {
          discovery(call, decode(m.group(1)), a.throttle());
        } else if ((m = INVOKE.matcher(path)).matches()) {
          invoke(
              call,
              compliance,
              endpoint,
              decode(m.group(1)),
              IdentityPlatform.COMPLIANCE_AUDIENCES,
              a.throttle());
        } else {
          notFound(call);
        }
        return;
      }
      if ((m = TOKEN.matcher(path)).matches()) {
        endpoint = Endpoint.TOKEN;
        if (admit(call, endpoint).proceed()) {
          tokenEndpoint.token(call, decode(m.group(1)), origin());
        }
      } else if ((m = OIDC.matcher(path)).matches()) {
        tokenEndpoint.openIdConfiguration(call, decode(m.group(1)), origin());
      } else if ((m = KEYS.matcher(path)).matches()) {
        tokenEndpoint.keys(call);
      } else if (path.equalsIgnoreCase("/common/discovery/instance")) {
        tokenEndpoint.instanceDiscovery(call, origin());
      } else if (path.equalsIgnoreCase("/EWS/Exchange.asmx")) {
        endpoint = Endpoint.EWS;
        Admission a = admit(call, endpoint);
        if (a.proceed()) {
          ewsCall(call, a.throttle());
        }
      } else if ((m = INVOKE.matcher(path)).matches()) {
        endpoint = Endpoint.ADMIN;
        Admission a = admit(call, endpoint);
        if (a.proceed()) {
          invoke(
              call,
              admin,
              endpoint,
              decode(m.group(1)),
              IdentityPlatform.EXCHANGE_AUDIENCES,
              a.throttle());
        }
      } else if ((m = BANNER.matcher(path)).matches()) {
        endpoint = Endpoint.COMPLIANCE;
        Admission a = admit(call, endpoint);
        if (a.proceed()) {
          discovery(call, decode(m.group(1)), a.throttle());
        }
      } else {
        notFound(call);
      }
    } catch (Exception | AssertionError e) {
      LOG.warn("FakeExchange failed to handle {} {}", call.method(), call.rawPath(), e);
      try {
        call.send(500, "text/plain; charset=utf-8", "FakeExchange internal error: " + e);
      } catch (IOException ignored) {
        call.drop();
      }
    } finally {
      if (settings.recordRequests() && endpoint != null) {
        record(call, endpoint);
      }
      if (!call.answered()) {
        call.drop();
      }
    }
  }

  /** Whether a request may proceed after the injected faults, and the throttle it must answer. */
  private record Admission(boolean proceed, FaultPlan.Fault throttle) {
    static final Admission STOP = new Admission(false, null);
    static final Admission GO = new Admission(true, null);
  }

  /**
   * Applies the faults queued for an endpoint: latency, a dropped connection, 503, a token failure.
   * A throttle is handed to the service, which answers it in its own shape (EWS ErrorServerBusy,
   * cmdlet 429).
   */
  private Admission admit(HttpCall call, Endpoint endpoint) throws IOException {
    call.body(); // read first, so that a dropped connection looks like a real mid-call failure
    sleep(faults.latency(endpoint));
    FaultPlan.Fault f = faults.next(endpoint);
    if (f == null) {
      return Admission.GO;
    }
    switch (f.kind()) {
      case LATENCY:
        sleep(f.duration());
        return Admission.GO;
      case DROP:
        call.drop();
        return Admission.STOP;
      case UNAVAILABLE:
        if (f.duration() != null) {
          call.addHeader("Retry-After", retryAfter(f.duration()));
        }
        call.send(503, "text/html; charset=us-ascii", SERVICE_UNAVAILABLE);
        return Admission.STOP;
      case TOKEN_FAILURE:
        TokenEndpoint.fail(call, f.failure(), f.duration());
        return Admission.STOP;
      case THROTTLE:
        if (endpoint == Endpoint.TOKEN) {
          TokenEndpoint.fail(call, dev.exchangesdk.testkit.TokenFailure.THROTTLED, f.duration());
          return Admission.STOP;
        }
        return new Admission(true, f);
      default:
        return Admission.GO;
    }
  }

  private static final String SERVICE_UNAVAILABLE =
      "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n"
          + "<HTML><HEAD><TITLE>Service Unavailable</TITLE>\r\n"
          + "<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n"
          + "<BODY><h2>Service Unavailable</h2>\r\n<hr><p>HTTP Error 503. The service is unavailable.</p>\r\n"
          + "</BODY></HTML>\r\n";

  private void ewsCall(HttpCall call, FaultPlan.Fault throttle) throws IOException {
    if (!"POST".equals(call.method())) {
      call.send(405, "text/plain", "EWS accepts POST only");
      return;
    }
    IdentityPlatform.Principal principal =
        authorize(call, Endpoint.EWS, IdentityPlatform.EXCHANGE_AUDIENCES);
    if (principal == null) {
      return;
    }
    if (faults.ewsDisabled()) {
      call.addHeader(
          "x-ms-diagnostics",
          "2000008;reason=\"EWS has been disabled for this tenant or this application is not in EWSAllowedAppIDs.\";error_category=\"invalid_tenant\"");
      call.send(403, null, (byte[]) null);
      return;
    }
    ews.handle(call, principal, throttle);
  }

  private void invoke(
      HttpCall call,
      CmdletService service,
      Endpoint endpoint,
      String tenant,
      java.util.Set<String> audiences,
      FaultPlan.Fault throttle)
      throws IOException {
    if (!"POST".equals(call.method())) {
      call.send(405, "text/plain", "InvokeCommand accepts POST only");
      return;
    }
    IdentityPlatform.Principal principal = authorize(call, endpoint, audiences);
    if (principal == null) {
      return;
    }
    if (!isTenant(tenant)) {
      service.tenantNotFound(call, tenant);
      return;
    }
    if (throttle != null) {
      service.throttled(call, throttle.duration());
      return;
    }
    service.invoke(call, principal, tenant);
  }

  private void discovery(HttpCall call, String tenant, FaultPlan.Fault throttle)
      throws IOException {
    IdentityPlatform.Principal principal =
        authorize(call, Endpoint.COMPLIANCE, IdentityPlatform.COMPLIANCE_AUDIENCES);
    if (principal == null) {
      return;
    }
    if (throttle != null) {
      compliance.throttled(call, throttle.duration());
      return;
    }
    if (!isTenant(tenant)) {
      compliance.tenantNotFound(call, tenant);
      return;
    }
    // The real service redirects to the tenant's regional host (nam12b.admin.protection...:446);
    // here the regional host is the compliance listener itself.
    call.addHeader(
        "Location",
        complianceOrigin()
            + "/adminapi/beta/"
            + tenant
            + "/EXOBanner('AutogenSession')?Version=3.7.1");
    call.addHeader("X-FEServer", "NAM12B");
    call.send(302, "text/html; charset=utf-8", "");
  }

  private boolean isTenant(String tenant) {
    for (String n : settings.tenantNames()) {
      if (n.equalsIgnoreCase(tenant)) {
        return true;
      }
    }
    return false;
  }

  private IdentityPlatform.Principal authorize(
      HttpCall call, Endpoint endpoint, java.util.Set<String> audiences) throws IOException {
    String auth = call.header("Authorization");
    String bearer = null;
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      bearer = auth.substring(7).trim();
    }
    try {
      return identity.validate(bearer, audiences);
    } catch (IdentityPlatform.TokenRejected e) {
      String category = bearer == null ? "invalid_user" : "invalid_token";
      call.addHeader(
          "WWW-Authenticate",
          "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\", trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\", "
              + "token_types=\"app_asserted_user_v1 service_asserted_app_v1\", "
              + "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\", error=\"invalid_token\"");
      call.addHeader(
          "x-ms-diagnostics",
          "2000001;reason=\"" + e.getMessage() + "\";error_category=\"" + category + "\"");
      call.addHeader("request-id", UUID.randomUUID().toString());
      call.send(401, null, (byte[]) null);
      LOG.debug("{} request refused: {}", endpoint, e.getMessage());
      return null;
    }
  }

  private void notFound(HttpCall call) throws IOException {
    call.send(
        404, "text/plain; charset=utf-8", "FakeExchange has no endpoint at " + call.rawPath());
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment, StandardCharsets.UTF_8);
  }

  /** A {@code Retry-After} value in seconds, fractional when the duration is not whole seconds. */
  public static String retryAfter(Duration d) {
    long ms = d.toMillis();
    if (ms % 1000 == 0) {
      return Long.toString(ms / 1000);
    }
    return java.math.BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
  }

  private static void sleep(Duration d) {
    if (d == null || d.isZero() || d.isNegative()) {
      return;
    }
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(HttpCall call, Endpoint endpoint) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : callHeaders(call).entrySet()) {
      String name = e.getKey().toLowerCase(Locale.ROOT);
      headers.put(
          name,
          name.equals("authorization")
              ? List.of(redactAuthorization(e.getValue()))
              : List.copyOf(e.getValue()));
    }
    String body;
    try {
      byte[] b = call.body();
      body = new String(b, 0, Math.min(b.length, RECORD_BODY_LIMIT), StandardCharsets.UTF_8);
    } catch (IOException e) {
      body = "";
    }
    if (endpoint == Endpoint.TOKEN) {
      body = body.replaceAll("(client_assertion|client_secret)=[^&]*", "$1=<redacted>");
    }
    String path = call.rawPath() + (call.query() == null ? "" : "?" + call.query());
    RecordedRequest r =
        new RecordedRequest(endpoint, call.method(), path, headers, body, clock.instant());
    synchronized (recorded) {
      recorded.addLast(r);
      while (recorded.size() > RECORD_LIMIT) {
        recorded.removeFirst();
      }
    }
  }

  private static String redactAuthorization(List<String> values) {
    String v = values.isEmpty() ? "" : values.get(0);
    int space = v.indexOf(' ');
    return (space < 0 ? "" : v.substring(0, space + 1)) + "<redacted>";
  }

  private static Map<String, List<String>> callHeaders(HttpCall call) {
    return call.allHeaders();
  }
}
