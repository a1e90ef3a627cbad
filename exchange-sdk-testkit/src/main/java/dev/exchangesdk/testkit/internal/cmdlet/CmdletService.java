package dev.exchangesdk.testkit.internal.cmdlet;

import dev.exchangesdk.testkit.internal.FakeServer;
import dev.exchangesdk.testkit.internal.auth.IdentityPlatform;
import dev.exchangesdk.testkit.internal.http.HttpCall;
import dev.exchangesdk.testkit.internal.http.JsonTree;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code InvokeCommand} endpoint of the admin API (and, with its own cmdlet set, of the
 * regional Security &amp; Compliance host): parses {@code {"CmdletInput":{...}}}, checks the cmdlet
 * and its parameters, runs it under the tenant lock, and answers in the service's OData shape with
 * annotations, {@code @adminapi.warnings} and {@code @odata.nextLink} paging (honouring {@code
 * Prefer: odata.maxpagesize}), or in its error shape.
 *
 * <p>Thread-safe: paging snapshots are guarded by their own lock; cmdlets run under the tenant's.
 */
public final class CmdletService {
  private static final Logger LOG = LoggerFactory.getLogger(CmdletService.class);
  private static final Pattern MAX_PAGE = Pattern.compile("odata\\.maxpagesize\\s*=\\s*(\\d+)");
  private static final Pattern SKIP =
      Pattern.compile("(?:^|&)%24skiptoken=([^&]+)|(?:^|&)\\$skiptoken=([^&]+)");
  private static final int DEFAULT_PAGE = 1000;
  private static final int SNAPSHOTS = 200;

  private final Tenant tenant;
  private final Map<String, Cmdlet> cmdlets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private final Map<String, Snapshot> snapshots =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
          return size() > SNAPSHOTS;
        }
      };

  /** The rest of a paged result, kept so that following a nextLink never re-runs a cmdlet. */
  private record Snapshot(
      String bodyHash, List<Map<String, Object>> objects, int offset, String select) {}

  public CmdletService(Tenant tenant, Collection<Cmdlet> cmdlets) {
    this.tenant = tenant;
    for (Cmdlet c : cmdlets) {
      this.cmdlets.put(c.name(), c);
    }
  }

  /** Handles one {@code InvokeCommand} request. */
  public void invoke(HttpCall call, IdentityPlatform.Principal principal, String tenantSegment)
      throws IOException {
    byte[] body = call.body();
    String hash = sha256(body);
    int pageSize = pageSize(call);
    String select = selectParam(call.query());
    String skip = skipToken(call.query());
    if (skip != null) {
      Snapshot s;
      synchronized (snapshots) {
        s = snapshots.get(skip); // kept: a client may retry the same nextLink after a failure
      }
      if (s == null || !s.bodyHash().equals(hash)) {
        error(
            call,
            CmdletException.odata(
                "The skip token is invalid or has expired, or the request body differs from the first page's."));
        return;
      }
      page(
          call,
          tenantSegment,
          s.objects(),
          s.offset(),
          pageSize,
          List.of(),
          List.of(),
          hash,
          s.select());
      return;
    }
    Map<String, Object> input;
    try {
      Object tree = JsonTree.parse(body);
      Object ci = tree instanceof Map<?, ?> m ? m.get("CmdletInput") : null;
      if (!(ci instanceof Map<?, ?>)) {
        throw new IOException("CmdletInput is missing");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> cast = (Map<String, Object>) ci;
      input = cast;
    } catch (IOException | RuntimeException e) {
      error(
          call,
          CmdletException.odata("The request body is not a valid CmdletInput: " + e.getMessage()));
      return;
    }
    Object nameValue = input.get("CmdletName");
    String name = nameValue instanceof String s ? s.trim() : null;
    Cmdlet cmdlet = name == null ? null : cmdlets.get(name);
    if (cmdlet == null) {
      error(
          call,
          CmdletException.invalid(
              "System.Management.Automation.CommandNotFoundException",
              "The term '"
                  + name
                  + "' is not recognized as a name of a cmdlet, function, script file, or executable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again."));
      return;
    }
    Object rawParams = input.get("Parameters");
    Map<String, Object> paramMap = new LinkedHashMap<>();
    if (rawParams instanceof Map<?, ?> m) {
      m.forEach((k, v) -> paramMap.put(String.valueOf(k), v));
    }
    Set<String> unknown = new TreeSet<>();
    for (String p : paramMap.keySet()) {
      if (!cmdlet.parameters().contains(p)) {
        unknown.add(p);
      }
    }
    if (!unknown.isEmpty()) {
      error(
          call,
          CmdletException.ambiguousParameterSet(
              "Invalid cmdlet parameters specified. " + String.join(",", unknown)));
      return;
    }
    CmdletContext ctx = new CmdletContext(cmdlet.name(), new Params(paramMap), tenant, principal);
    CmdletResult result;
    try {
      synchronized (tenant) {
        result = cmdlet.body().run(ctx);
      }
    } catch (CmdletException e) {
      LOG.debug("{} failed: {}", cmdlet.name(), e.getMessage());
      error(call, e);
      return;
    }
    page(
        call,
        tenantSegment,
        result.objects,
        0,
        pageSize,
        result.warnings,
        result.errors,
        hash,
        select);
  }

  private void page(
      HttpCall call,
      String tenantSegment,
      List<Map<String, Object>> objects,
      int offset,
      int pageSize,
      List<String> warnings,
      List<String> errors,
      String hash,
      String select)
      throws IOException {
    int end = Math.min(objects.size(), offset + pageSize);
    List<Object> value = new ArrayList<>();
    for (Map<String, Object> o : objects.subList(offset, end)) {
      value.add(annotate(o, select));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    String base = scheme(call) + "://" + call.host() + "/adminapi/beta/" + tenantSegment;
    out.put("@odata.context", base + "/$metadata#Collection(Exchange.GenericHashTable)");
    out.put("adminapi.warnings@odata.type", "#Collection(String)");
    out.put("@adminapi.warnings", warnings);
    if (!errors.isEmpty()) {
      out.put("adminapi.errors@odata.type", "#Collection(String)");
      out.put("@adminapi.errors", errors);
    }
    out.put("value", value);
    if (end < objects.size()) {
      String token = UUID.randomUUID().toString().replace("-", "");
      synchronized (snapshots) {
        snapshots.put(token, new Snapshot(hash, objects, end, select));
      }
      out.put("@odata.nextLink", base + "/InvokeCommand?%24skiptoken=" + token);
    }
    headers(call);
    call.addHeader(
        "Preference-Applied", "odata.include-annotations=\"*\",odata.maxpagesize=" + pageSize);
    call.send(
        200,
        "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8",
        JsonTree.write(out));
  }

  /** Adds the OData annotations the service writes next to typed values and collections. */
  private static Map<String, Object> annotate(Map<String, Object> o, String select) {
    Set<String> keep = null;
    if (select != null) {
      keep = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      keep.addAll(Arrays.asList(select.split(",")));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : o.entrySet()) {
      String k = e.getKey();
      if (keep != null && !keep.contains(k)) {
        continue;
      }
      Object v = e.getValue();
      if (v instanceof Typed t) {
        if (t.dataType() != null) {
          out.put(k + "@data.type", t.dataType());
        }
        if (t.odataType() != null) {
          out.put(k + "@odata.type", t.odataType());
        }
        out.put(k, t.value());
      } else if (v instanceof Collection<?> c) {
        out.put(k + "@odata.type", "#Collection(String)");
        out.put(k, c);
      } else {
        out.put(k, v);
      }
    }
    return out;
  }

  /** Answers an error in the admin API's shape. */
  public void error(HttpCall call, CmdletException e) throws IOException {
    Map<String, Object> internal = new LinkedHashMap<>();
    internal.put("message", e.getMessage());
    internal.put("type", e.exceptionType());
    internal.put("stacktrace", "");
    Map<String, Object> inner = new LinkedHashMap<>();
    String outer = e.status() == 404 ? "Error executing cmdlet" : "Invalid Operation";
    inner.put("message", outer);
    inner.put("type", "Microsoft.Exchange.Admin.OData.Core.ODataServiceException");
    inner.put("stacktrace", "");
    inner.put("internalexception", internal);
    Map<String, Object> err = new LinkedHashMap<>();
    err.put("code", e.code());
    err.put("message", outer);
    if (e.withDetails()) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("code", "Client");
      detail.put("target", "");
      detail.put("message", e.errorId() + "|" + e.exceptionType() + "|" + e.getMessage());
      err.put("details", List.of(detail));
    }
    err.put("innererror", inner);
    err.put("adminapi.warnings@odata.type", "#Collection(String)");
    err.put("@adminapi.warnings", List.of());
    headers(call);
    call.addHeader("X-ExceptionType", simpleName(e.exceptionType()));
    call.send(
        e.status(),
        "application/json;odata.metadata=minimal;charset=utf-8",
        JsonTree.write(Map.of("error", err)));
  }

  /** Answers an injected throttle: HTTP 429 with {@code Retry-After}. */
  public void throttled(HttpCall call, Duration retryAfter) throws IOException {
    Duration d = retryAfter == null ? Duration.ofSeconds(1) : retryAfter;
    headers(call);
    call.addHeader("Retry-After", FakeServer.retryAfter(d));
    Map<String, Object> err = new LinkedHashMap<>();
    err.put("code", "TooManyRequests");
    err.put(
        "message",
        "The request was throttled. Retry after " + FakeServer.retryAfter(d) + " seconds.");
    call.send(429, "application/json;charset=utf-8", JsonTree.write(Map.of("error", err)));
  }

  /** Answers a request whose path names another tenant. */
  public void tenantNotFound(HttpCall call, String tenantSegment) throws IOException {
    error(
        call, CmdletException.odataNotFound("Tenant '" + tenantSegment + "' could not be found."));
  }

  private void headers(HttpCall call) {
    String rid = call.header("client-request-id");
    call.addHeader("request-id", UUID.randomUUID().toString());
    if (rid != null) {
      call.addHeader("client-request-id", rid);
    }
    call.addHeader("Cache-Control", "no-cache");
    call.addHeader("OData-Version", "4.0");
    call.addHeader("X-Request-Processing-Service-Version", "Core");
    call.addHeader("Rate-Limit-Limit", "30000");
    call.addHeader("Rate-Limit-Remaining", "29999");
    call.addHeader("X-ExchangeVersion", "Version 15.20 (Build 8769.25)");
  }

  private static int pageSize(HttpCall call) {
    for (String name : List.of("Prefer", "X-Prefer")) {
      for (String v : call.headers(name)) {
        Matcher m = MAX_PAGE.matcher(v);
        if (m.find()) {
          try {
            return Math.max(1, Math.min(DEFAULT_PAGE, Integer.parseInt(m.group(1))));
          } catch (NumberFormatException e) {
            return DEFAULT_PAGE;
          }
        }
      }
    }
    return DEFAULT_PAGE;
  }

  private static String skipToken(String query) {
    if (query == null) {
      return null;
    }
    Matcher m = SKIP.matcher(query);
    if (!m.find()) {
      return null;
    }
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static String selectParam(String query) {
    if (query == null) {
      return null;
    }
    for (String part : query.split("&")) {
      String decoded = java.net.URLDecoder.decode(part, java.nio.charset.StandardCharsets.UTF_8);
      if (decoded.startsWith("$select=")) {
        return decoded.substring("$select=".length());
      }
    }
    return null;
  }

  private static String scheme(HttpCall call) {
    return call.isTls() ? "https" : "http";
  }

  private static String simpleName(String type) {
    int dot = type.lastIndexOf('.');
    return dot < 0 ? type : type.substring(dot + 1);
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The cmdlet names this service knows, for documentation and tests. */
  public Set<String> cmdletNames() {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Cmdlet c : cmdlets.values()) {
      names.add(c.name());
    }
    return names;
  }

  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
