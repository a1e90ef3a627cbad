package dev.exchangesdk.core.internal.cmdlet;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import dev.exchangesdk.core.internal.http.HttpErrors;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import dev.exchangesdk.core.internal.http.Redaction;
import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import okio.ByteString;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs cmdlets through the admin REST endpoint {@code POST
 * {base}/adminapi/beta/{tenant}/InvokeCommand} that the ExchangeOnlineManagement module uses, for
 * Exchange Online and for Security &amp; Compliance (the same protocol on a regional host with
 * another token scope).
 *
 * <p>Every call goes through the client's {@link HttpPipeline} (bearer token, request ids, logging,
 * retries). Failures become the SDK's exceptions; throttling and transient server errors are
 * retryable and so retried by the pipeline within its budget. {@code @adminapi.warnings} are logged
 * at WARN on {@code dev.exchangesdk.cmdlet}, passed to the warning listener and returned.
 *
 * <p>Retries: a request that is {@link dev.exchangesdk.core.internal.http.Idempotency#IDEMPOTENT}
 * (reads, {@code Set-}, {@code Enable-}, {@code Disable-}) is repeated on throttling (429, the
 * concurrency limit), 502/503/504, the transient exception types and dropped connections. One that
 * is not ({@code New-}, {@code Remove-}, {@code Release-} ...) is repeated only when the service
 * refused it before running it (429, concurrency limit) or the request never left the client: a
 * retried {@code New-TransportRule} after a gateway timeout could create two rules.
 *
 * <p>Thread-safe; share one per client.
 */
public final class CmdletTransport {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.cmdlet");
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String SYSTEM_MAILBOX =
      "SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@";
  private static final int NON_JSON_SNIPPET = 64 * 1024;

  private final HttpPipeline pipeline;
  private final URI baseUrl;
  private final String tenant;
  private final HttpUrl invokeUrl;
  private final String connectionId;
  private final String clientApplication;
  private final String serviceName;
  private final CmdletPermissionHint permissionHint;
  private final Consumer<CmdletWarning> warningListener;
  private final CmdletErrors errors;

  private CmdletTransport(Builder b) {
    this.pipeline = Objects.requireNonNull(b.pipeline, "pipeline");
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
    this.tenant = requireTenant(b.tenant);
    this.connectionId = b.connectionId != null ? b.connectionId : UUID.randomUUID().toString();
    this.clientApplication = Objects.requireNonNull(b.clientApplication, "clientApplication");
    this.serviceName = pipeline.serviceName();
    this.permissionHint = Objects.requireNonNull(b.permissionHint, "permissionHint");
    this.warningListener = b.warningListener != null ? b.warningListener : w -> {};
    HttpUrl base = HttpUrl.parse(baseUrl.toString());
    if (base == null) {
      throw new IllegalArgumentException("Not an http(s) URL: " + baseUrl);
    }
    this.invokeUrl =
        base.newBuilder()
            .addPathSegments("adminapi/beta")
            .addPathSegment(tenant)
            .addPathSegment("InvokeCommand")
            .build();
    this.errors = new CmdletErrors(serviceName, pipeline.clock(), permissionHint);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A transport for another host (a discovered regional endpoint), same connection id. */
  public CmdletTransport withBaseUrl(URI newBaseUrl) {
    Builder b = toBuilder();
    b.baseUrl = newBaseUrl;
    return new CmdletTransport(b);
  }

  private Builder toBuilder() {
    Builder b = new Builder();
    b.pipeline = pipeline;
    b.baseUrl = baseUrl;
    b.tenant = tenant;
    b.connectionId = connectionId;
    b.clientApplication = clientApplication;
    b.permissionHint = permissionHint;
    b.warningListener = warningListener;
    return b;
  }

  public String tenant() {
    return tenant;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The stable {@code connection-id} this transport sends with every call. */
  public String connectionId() {
    return connectionId;
  }

  /** {@code {base}/adminapi/beta/{tenant}/InvokeCommand}. */
  public HttpUrl invokeUrl() {
    return invokeUrl;
  }

  /** Runs the cmdlet and returns its first page. */
  public CmdletPage invoke(CmdletRequest request) {
    return post(request, firstUrl(request));
  }

  /** POSTs the same request to a {@code nextLink} the service returned. */
  public CmdletPage invokeNext(CmdletRequest request, String nextLink) {
    return post(request, rebase(request.cmdletName(), nextLink));
  }

  /**
   * The cmdlet's output, fetched lazily page by page, each object mapped by {@code mapper} (a
   * mapper may return {@code null} to drop an object). Stops at {@link CmdletRequest#maxItems()}. A
   * continuation token is the service's {@code nextLink}, prefixed with the objects still wanted
   * when there is a limit; it is opaque to callers and only valid for the same request. Each page
   * carries the warnings of the response it came from ({@link Page#warnings()}).
   */
  public <T> PagedIterable<T> list(CmdletRequest request, Function<CmdletObject, T> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return PagedIterable.of(
        token -> {
          PageStep step = fetchPage(request, token);
          List<T> items = new ArrayList<>(step.page().objects().size());
          for (Map<String, Object> o : step.page().objects()) {
            T item = mapper.apply(new CmdletObject(o));
            if (item != null) {
              items.add(item);
            }
          }
          return new Page<>(items, step.nextToken(), step.page().warnings());
        });
  }

  /** Runs the cmdlet and collects every page (up to {@link CmdletRequest#maxItems()}). */
  public CmdletResult invokeAll(CmdletRequest request) {
    List<Map<String, Object>> objects = new ArrayList<>();
    List<CmdletWarning> warnings = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String token = null;
    do {
      PageStep step = fetchPage(request, token);
      objects.addAll(step.page().objects());
      warnings.addAll(step.page().warnings());
      token = step.nextToken();
      if (token != null && !seen.add(token)) {
        throw repeatedLink(request.cmdletName());
      }
    } while (token != null);
    return new CmdletResult(objects, warnings);
  }

  private record PageStep(CmdletPage page, String nextToken) {}

  private PageStep fetchPage(CmdletRequest request, String token) {
    PageToken t = PageToken.decode(token, request.maxItems());
    CmdletPage page = t.link() == null ? invoke(request) : invokeNext(request, t.link());
    List<Map<String, Object>> objects = page.objects();
    String next = null;
    if (t.remaining() > 0 && objects.size() >= t.remaining()) {
      // ResultSize reached: the service may still offer a link; the caller asked for no more.
      objects = objects.subList(0, t.remaining());
    } else if (page.nextLink() != null) {
      if (page.nextLink().equals(t.link())) {
        throw repeatedLink(request.cmdletName());
      }
      int remaining = t.remaining() > 0 ? t.remaining() - objects.size() : 0;
      next = PageToken.encode(page.nextLink(), remaining);
    }
    return new PageStep(
        new CmdletPage(List.copyOf(objects), page.warnings(), page.nextLink(), page.requestId()),
        next);
  }

  private static ResponseFormatException repeatedLink(String cmdlet) {
    return new ResponseFormatException(
        cmdlet
            + ": the service returned an @odata.nextLink it had already returned; stopping to"
            + " avoid an endless loop",
        null);
  }

  private HttpUrl firstUrl(CmdletRequest request) {
    if (request.select().isEmpty()) {
      return invokeUrl;
    }
    for (String p : request.select()) {
      if (!p.matches("[A-Za-z0-9_]+")) {
        throw new IllegalArgumentException("Not a property name: " + p);
      }
    }
    // Encoded by hand: OkHttp would percent-encode '$' and ',' in a query component.
    return invokeUrl
        .newBuilder()
        .addEncodedQueryParameter("$select", String.join(",", request.select()))
        .build();
  }

  /**
   * The next-page URL on this transport's own scheme, host and port: the bearer token never follows
   * a link elsewhere, even one from a tampered continuation token.
   */
  private HttpUrl rebase(String cmdlet, String link) {
    // OData next links are absolute; anything else is not a link this transport produced.
    HttpUrl parsed = HttpUrl.parse(link);
    if (parsed == null || !parsed.encodedPath().toLowerCase(Locale.ROOT).contains("/adminapi/")) {
      throw new ResponseFormatException(
          cmdlet + ": unusable next-page link " + Redaction.oneLine(link, 200), null);
    }
    return invokeUrl
        .newBuilder()
        .encodedPath(parsed.encodedPath())
        .encodedQuery(parsed.encodedQuery())
        .build();
  }

  private CmdletPage post(CmdletRequest request, HttpUrl url) {
    ByteString body = CmdletRequestWriter.body(request);
    Request.Builder rb =
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(body, JSON))
            .header("Accept", "application/json")
            .header("X-ResponseFormat", "json")
            .header("X-CmdletName", request.cmdletName())
            .header("Prefer", "odata.maxpagesize=1000")
            .header("connection-id", connectionId)
            .header("X-ClientApplication", clientApplication)
            .header("Accept-Language", "en-US");
    if (request.anchorMailbox() != null) {
      rb.header("X-AnchorMailbox", "SMTP:" + request.anchorMailbox())
          .header("parameter-based-routing", "true");
    } else {
      rb.header("X-AnchorMailbox", "APP:" + SYSTEM_MAILBOX + tenant);
    }
    return pipeline.execute(
        serviceName + " " + request.cmdletName(),
        rb.build(),
        request.idempotency(),
        response -> read(response, request));
  }

  private CmdletPage read(Response response, CmdletRequest request) throws IOException {
    String cmdlet = request.cmdletName();
    if (!response.isSuccessful()) {
      throw errors.fromResponse(response, cmdlet);
    }
    String requestId = HttpErrors.requestId(response);
    ResponseBody body = response.body();
    BufferedSource source = body.source();
    int first = firstSignificantByte(source);
    if (first < 0) {
      return new CmdletPage(List.of(), List.of(), null, requestId);
    }
    if (first != '{') {
      throw notJson(response, source, cmdlet, requestId);
    }
    CmdletResponseReader.Body parsed;
    try {
      parsed = CmdletResponseReader.read(source);
    } catch (JsonEncodingException | JsonDataException | EOFException e) {
      // EOFException: the body ended (at its announced length) inside the JSON. A connection
      // that drops early fails with another IOException, which the pipeline retries.
      throw new ResponseFormatException(
          cmdlet + " returned malformed JSON: " + Redaction.oneLine(e.getMessage(), 200),
          response.code(),
          null,
          requestId,
          e);
    }
    List<CmdletWarning> warnings = new ArrayList<>(parsed.warnings().size());
    for (String w : parsed.warnings()) {
      CmdletWarning warning = new CmdletWarning(cmdlet, w);
      warnings.add(warning);
      if (isExpectedTruncation(request, w)) {
        // The caller asked for at most ResultSize objects: "more results available" is news only
        // at DEBUG. It still reaches the caller with the page and the listener.
        LOG.debug("{} warning: {} (request-id {})", cmdlet, Redaction.oneLine(w, 2000), requestId);
      } else {
        LOG.warn("{} warning: {} (request-id {})", cmdlet, Redaction.oneLine(w, 2000), requestId);
      }
      warningListener.accept(warning);
    }
    if (parsed.error() != null) {
      throw errors.fromErrorObject(parsed.error(), response.code(), cmdlet, requestId);
    }
    if (!parsed.errors().isEmpty()) {
      throw errors.fromAdminApiErrors(parsed.errors(), response.code(), cmdlet, requestId);
    }
    return new CmdletPage(parsed.objects(), List.copyOf(warnings), parsed.nextLink(), requestId);
  }

  private static boolean isExpectedTruncation(CmdletRequest request, String warning) {
    return request.parameters().get("ResultSize") instanceof Number
        && warning.startsWith("There are more results available than are currently displayed");
  }

  /** The first byte that is not whitespace or a BOM, without consuming it; -1 at the end. */
  private static int firstSignificantByte(BufferedSource source) throws IOException {
    BufferedSource peek = source.peek();
    for (int i = 0; i < 4096 && peek.request(1); i++) {
      int b = peek.readByte() & 0xff;
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
        return b;
      }
    }
    return -1;
  }

  private ExchangeException notJson(
      Response response, BufferedSource source, String cmdlet, String requestId)
      throws IOException {
    source.request(NON_JSON_SNIPPET);
    long n = Math.min(NON_JSON_SNIPPET, source.getBuffer().size());
    String text = source.getBuffer().readString(n, StandardCharsets.UTF_8);
    if (text.contains(CmdletErrors.CONCURRENCY_LIMIT_TEXT)) {
      return errors.concurrencyLimit(cmdlet, response.code(), requestId, null);
    }
    String contentType = response.header("Content-Type", "no content type");
    return new ResponseFormatException(
        cmdlet
            + " returned HTTP "
            + response.code()
            + " with a body that is not JSON ("
            + contentType
            + "): "
            + Redaction.oneLine(text, 300),
        response.code(),
        null,
        requestId,
        null);
  }

  private static String requireTenant(String tenant) {
    Objects.requireNonNull(tenant, "tenant");
    String t = tenant.strip();
    if (t.isEmpty() || t.contains("/") || t.contains(" ")) {
      throw new IllegalArgumentException(
          "tenant must be a tenant id (GUID) or a domain such as contoso.onmicrosoft.com");
    }
    return t;
  }

  /** The continuation token: the next link, prefixed with the objects still wanted if limited. */
  record PageToken(String link, int remaining) {
    static PageToken decode(String token, int maxItems) {
      if (token == null) {
        return new PageToken(null, maxItems);
      }
      int space = token.indexOf(' ');
      if (space > 0 && token.substring(0, space).chars().allMatch(Character::isDigit)) {
        return new PageToken(
            token.substring(space + 1), Integer.parseInt(token.substring(0, space)));
      }
      return new PageToken(token, 0);
    }

    static String encode(String link, int remaining) {
      return remaining > 0 ? remaining + " " + link : link;
    }
  }

  /** Builds a {@link CmdletTransport}. Not thread-safe. */
  public static final class Builder {
    private HttpPipeline pipeline;
    private URI baseUrl;
    private String tenant;
    private String connectionId;
    private String clientApplication = "exchange-sdk-java";
    private CmdletPermissionHint permissionHint = CmdletPermissionHint.exchangeOnline();
    private Consumer<CmdletWarning> warningListener;

    private Builder() {}

    /** The client's pipeline, built with the token scope of this service. */
    public Builder pipeline(HttpPipeline pipeline) {
      this.pipeline = pipeline;
      return this;
    }

    /** E.g. {@code https://outlook.office365.com} or a regional compliance host. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /** The tenant id or domain, as it appears in the URL and the anchor mailbox. */
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    /** The stable {@code X-ClientApplication} name. */
    public Builder clientApplication(String clientApplication) {
      this.clientApplication = clientApplication;
      return this;
    }

    /** Advice for bare 403s; defaults to {@link CmdletPermissionHint#exchangeOnline()}. */
    public Builder permissionHint(CmdletPermissionHint permissionHint) {
      this.permissionHint = permissionHint;
      return this;
    }

    /** Receives every warning of every call (after it is logged); must be thread-safe. */
    public Builder warningListener(Consumer<CmdletWarning> warningListener) {
      this.warningListener = warningListener;
      return this;
    }

    /** Overrides the random per-transport {@code connection-id}. */
    public Builder connectionId(String connectionId) {
      this.connectionId = connectionId;
      return this;
    }

    public CmdletTransport build() {
      return new CmdletTransport(this);
    }
  }
}
