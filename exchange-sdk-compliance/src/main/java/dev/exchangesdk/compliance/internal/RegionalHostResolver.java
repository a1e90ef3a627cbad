package dev.exchangesdk.compliance.internal;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.internal.http.HttpErrors;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.core.internal.http.Redaction;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the tenant's regional Security &amp; Compliance host, once, and remembers it.
 *
 * <p>{@code GET {complianceBase}/adminapi/beta/{tenant}/EXOBanner('AutogenSession')} answers with a
 * redirect whose {@code Location} names the tenant's backend, e.g. {@code
 * nam12b.admin.protection.outlook.com:446}. The redirect is read, never followed (the target port
 * 446 is not reachable from everywhere); its first host label ({@code nam12b}) prefixed to the
 * compliance base host gives {@code https://nam12b.ps.compliance.protection.outlook.com}, where
 * InvokeCommand lives. This is how the public REST clients do it (CIPP, monkey365); Microsoft does
 * not document it.
 *
 * <p>Thread-safe: concurrent first calls share one discovery; a failed discovery is not remembered,
 * so the next call tries again.
 */
public final class RegionalHostResolver {
  private static final Logger LOG = LoggerFactory.getLogger(RegionalHostResolver.class);

  /** The module version CIPP sends; the banner endpoint wants one. */
  static final String BANNER_VERSION = "3.7.1";

  private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  private final HttpPipeline pipeline;
  private final OkHttpClient noRedirects;
  private final URI complianceBase;
  private final String tenant;
  private final String anchorMailbox;
  private final Object lock = new Object();
  private volatile URI regionalBase;

  /**
   * @param override the regional base the caller knows, or {@code null} to discover it
   */
  public RegionalHostResolver(
      HttpPipeline pipeline,
      URI complianceBase,
      String tenant,
      String anchorMailbox,
      URI override) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.noRedirects =
        pipeline.client().newBuilder().followRedirects(false).followSslRedirects(false).build();
    this.complianceBase = Objects.requireNonNull(complianceBase, "complianceBase");
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.anchorMailbox = Objects.requireNonNull(anchorMailbox, "anchorMailbox");
    this.regionalBase = override;
  }

  /** The regional base URL, e.g. {@code https://nam12b.ps.compliance.protection.outlook.com}. */
  public URI regionalBase() {
    URI known = regionalBase;
    if (known != null) {
      return known;
    }
    synchronized (lock) {
      if (regionalBase == null) {
        regionalBase = discover();
        LOG.debug("Security & Compliance host for tenant {} is {}", tenant, regionalBase);
      }
      return regionalBase;
    }
  }

  private URI discover() {
    HttpUrl url =
        Objects.requireNonNull(HttpUrl.get(complianceBase.toString()))
            .newBuilder()
            .addPathSegments("adminapi/beta")
            .addPathSegment(tenant)
            .addPathSegment("EXOBanner('AutogenSession')")
            .addQueryParameter("Version", BANNER_VERSION)
            .build();
    Request request =
        new Request.Builder()
            .url(url)
            .get()
            .header("X-AnchorMailbox", anchorMailbox)
            .header("Accept", "application/json")
            .header("Prefer", "odata.maxpagesize=1000")
            .build();
    return pipeline.execute(
        noRedirects,
        "Security & Compliance host discovery",
        request,
        Idempotency.IDEMPOTENT,
        this::readRedirect);
  }

  private URI readRedirect(Response response) {
    int code = response.code();
    if (code >= 300 && code < 400) {
      String location = response.header("Location");
      if (location == null || location.isBlank()) {
        throw discoveryFailed("it answered HTTP " + code + " without a Location header", response);
      }
      try {
        return regionalBaseFrom(location, complianceBase);
      } catch (IllegalArgumentException e) {
        throw discoveryFailed(
            "its redirect Location '"
                + Redaction.oneLine(location, 200)
                + "' is unusable: "
                + e.getMessage(),
            response);
      }
    }
    if (code >= 200 && code < 300) {
      throw discoveryFailed(
          "it answered HTTP " + code + " instead of redirecting to the tenant's regional host",
          response);
    }
    throw HttpErrors.forStatus(response, "Security & Compliance host discovery", pipeline.clock());
  }

  /**
   * The regional base for a redirect {@code Location}: its first host label before the compliance
   * base host, keeping the base's scheme and port. A Location already under the base host is used
   * as it is.
   *
   * @throws IllegalArgumentException saying why the Location names no usable host
   */
  static URI regionalBaseFrom(String location, URI complianceBase) {
    String host = hostOf(location.strip());
    if (host == null) {
      throw new IllegalArgumentException("it names no host");
    }
    host = host.toLowerCase(Locale.ROOT);
    String baseHost = complianceBase.getHost().toLowerCase(Locale.ROOT);
    if (isLoopback(host) && isLoopback(baseHost)) {
      // A test server (FakeExchange) on loopback has no host name to prefix: its redirect names the
      // regional listener directly, so take the Location's origin as it is.
      HttpUrl url =
          HttpUrl.parse(
              location.strip().contains("://") ? location.strip() : "https://" + location.strip());
      return URI.create(url.scheme() + "://" + url.host() + ":" + url.port());
    }
    String regionalHost;
    if (host.endsWith("." + baseHost)) {
      regionalHost = host;
    } else {
      int dot = host.indexOf('.');
      String prefix = dot < 0 ? "" : host.substring(0, dot);
      if (dot < 0 || !LABEL.matcher(prefix).matches() || host.equals(baseHost)) {
        throw new IllegalArgumentException("its host '" + host + "' has no regional prefix");
      }
      regionalHost = prefix + "." + baseHost;
    }
    String port = complianceBase.getPort() < 0 ? "" : ":" + complianceBase.getPort();
    return URI.create(complianceBase.getScheme() + "://" + regionalHost + port);
  }

  private static boolean isLoopback(String host) {
    return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
  }

  /** The host of an absolute URL or of a bare {@code host:port/path}; null when there is none. */
  private static String hostOf(String location) {
    if (location.isEmpty() || location.startsWith("/")) {
      return null;
    }
    String absolute = location.contains("://") ? location : "https://" + location;
    HttpUrl url = HttpUrl.parse(absolute);
    return url == null ? null : url.host();
  }

  private static ResponseFormatException discoveryFailed(String why, Response response) {
    return new ResponseFormatException(
        "Could not discover the tenant's Security & Compliance host: the compliance endpoint did"
            + " not redirect as expected ("
            + why
            + "). If you know the host (Get-ConnectionInformation shows it as ConnectionUri, e.g."
            + " https://nam12b.ps.compliance.protection.outlook.com), set it with"
            + " ComplianceClient.builder().regionalHost(...).",
        response.code(),
        null,
        HttpErrors.requestId(response),
        null);
  }
}
