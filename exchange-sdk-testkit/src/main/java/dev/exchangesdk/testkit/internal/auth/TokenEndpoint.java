package dev.exchangesdk.testkit.internal.auth;

import dev.exchangesdk.testkit.internal.http.HttpCall;
import dev.exchangesdk.testkit.internal.http.JsonTree;
import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The identity platform endpoints a confidential client talks to: the v2.0 token endpoint with the
 * client-credentials grant (certificate assertion or secret), the OpenID Connect configuration,
 * instance discovery and the signing keys. Errors use Entra ID's OAuth error JSON and AADSTS codes.
 *
 * <p>Thread-safe: no mutable state of its own.
 */
public final class TokenEndpoint {
  private static final String ASSERTION_TYPE =
      "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  private static final DateTimeFormatter ERROR_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final long SKEW_SECONDS = 300;

  private final IdentityPlatform identity;
  private final Predicate<String> knownTenant;
  private final String tenantDomain;
  private final List<String> resources;
  private final Clock assertionClock;

  /**
   * @param knownTenant whether a tenant path segment names this tenant (domain or GUID)
   * @param resources the resources tokens can be requested for (scopes without {@code /.default})
   * @param assertionClock the clock client assertions are checked against: the wall clock, since
   *     clients stamp assertions with it whatever the fake's clock says
   */
  public TokenEndpoint(
      IdentityPlatform identity,
      Predicate<String> knownTenant,
      String tenantDomain,
      List<String> resources,
      Clock assertionClock) {
    this.identity = identity;
    this.knownTenant = knownTenant;
    this.tenantDomain = tenantDomain;
    this.resources = resources;
    this.assertionClock = assertionClock;
  }

  /** Handles {@code POST /{tenant}/oauth2/v2.0/token}. */
  public void token(HttpCall call, String tenant, String origin) throws IOException {
    if (!"POST".equals(call.method())) {
      error(
          call,
          405,
          "invalid_request",
          900561,
          "The endpoint only accepts POST requests. Received a " + call.method() + " request.");
      return;
    }
    if ("common".equalsIgnoreCase(tenant) || "organizations".equalsIgnoreCase(tenant)) {
      error(
          call,
          400,
          "invalid_request",
          50059,
          "No tenant-identifying information found in either the request or implied by any provided credentials.");
      return;
    }
    if (!knownTenant.test(tenant)) {
      error(
          call,
          400,
          "invalid_request",
          90002,
          "Tenant '"
              + tenant
              + "' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.");
      return;
    }
    Map<String, String> form = call.form();
    String grant = form.get("grant_type");
    if (grant == null) {
      missing(call, "grant_type");
      return;
    }
    if (!"client_credentials".equals(grant)) {
      error(
          call,
          400,
          "unsupported_grant_type",
          70003,
          "The app requested an unsupported grant type '"
              + grant
              + "'. FakeExchange supports client_credentials only.");
      return;
    }
    String clientId = form.get("client_id");
    if (clientId == null || clientId.isBlank()) {
      missing(call, "client_id");
      return;
    }
    String scope = form.get("scope");
    if (scope == null || scope.isBlank()) {
      missing(call, "scope");
      return;
    }
    String resource = resourceOf(scope.trim());
    if (resource == null) {
      error(
          call,
          400,
          "invalid_scope",
          1002012,
          "The provided value for scope "
              + scope
              + " is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).");
      return;
    }
    if (!resources.contains(resource) && !IdentityPlatform.EXCHANGE_APP_ID.equals(resource)) {
      error(
          call,
          400,
          "invalid_resource",
          500011,
          "The resource principal named "
              + resource
              + " was not found in the tenant named "
              + tenantDomain
              + ". This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.");
      return;
    }
    IdentityPlatform.Application app = identity.application(clientId);
    if (app == null) {
      error(
          call,
          400,
          "unauthorized_client",
          700016,
          "Application with identifier '"
              + clientId
              + "' was not found in the directory '"
              + tenantDomain
              + "'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.");
      return;
    }
    String assertion = form.get("client_assertion");
    String secret = form.get("client_secret");
    if (assertion == null && secret == null) {
      error(
          call,
          401,
          "invalid_client",
          7000218,
          "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.");
      return;
    }
    if (assertion != null) {
      if (!ASSERTION_TYPE.equals(form.get("client_assertion_type"))) {
        error(
            call,
            400,
            "invalid_request",
            90014,
            "The required field 'client_assertion_type' is missing or not " + ASSERTION_TYPE + ".");
        return;
      }
      String problem = checkAssertion(app, assertion, tenant, origin);
      if (problem != null) {
        String[] parts = problem.split("\\|", 2);
        error(call, 401, "invalid_client", Integer.parseInt(parts[0]), parts[1]);
        return;
      }
    } else if (app.secret() == null
        || !MessageDigest.isEqual(
            app.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8),
            secret.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      error(
          call,
          401,
          "invalid_client",
          7000215,
          "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '"
              + clientId
              + "'.");
      return;
    }
    String aud =
        IdentityPlatform.EXCHANGE_APP_ID.equals(resource)
            ? "https://outlook.office365.com"
            : resource;
    Map<String, Object> body = new LinkedHashMap<>();
    long lifetime = identity.tokenLifetime().getSeconds();
    body.put("token_type", "Bearer");
    body.put("expires_in", lifetime);
    body.put("ext_expires_in", lifetime);
    body.put("access_token", identity.issue(app.clientId(), aud));
    call.addHeader("Cache-Control", "no-store, no-cache");
    call.addHeader("Pragma", "no-cache");
    call.send(200, "application/json; charset=utf-8", JsonTree.write(body));
  }

  /** Returns {@code "code|description"} for a bad assertion, or {@code null} when it is valid. */
  private String checkAssertion(
      IdentityPlatform.Application app, String assertion, String tenant, String origin) {
    Jwt jwt = Jwt.parse(assertion);
    if (jwt == null) {
      return "50027|JWT token is invalid or malformed.";
    }
    String iss = jwt.claimString("iss");
    String sub = jwt.claimString("sub");
    if (iss == null
        || sub == null
        || !iss.equalsIgnoreCase(app.clientId())
        || !sub.equalsIgnoreCase(app.clientId())) {
      return "700021|Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .";
    }
    if (!audienceMatches(jwt, tenant, origin)) {
      return "700023|Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .";
    }
    long now = assertionClock.instant().getEpochSecond();
    Long exp = jwt.claimSeconds("exp");
    Long nbf = jwt.claimSeconds("nbf");
    if (exp == null || now > exp + SKEW_SECONDS || (nbf != null && now + SKEW_SECONDS < nbf)) {
      return "700024|Client assertion is not within its valid time range. Current time: "
          + Instant.ofEpochSecond(now)
          + ", assertion valid from "
          + (nbf == null ? "(none)" : Instant.ofEpochSecond(nbf))
          + ", expiry time of assertion "
          + (exp == null ? "(none)" : Instant.ofEpochSecond(exp))
          + ". Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .";
    }
    // MSAL4J puts standard Base64 (with '/' and '=') in x5t#S256, the JOSE spec says Base64url:
    // Entra ID accepts both, so compare the decoded bytes.
    byte[] x5tS256 = thumbprintBytes(jwt.headerString("x5t#S256"));
    byte[] x5t = thumbprintBytes(jwt.headerString("x5t"));
    List<X509Certificate> candidates = new ArrayList<>();
    for (X509Certificate c : app.certificates()) {
      if (x5tS256 != null) {
        if (MessageDigest.isEqual(IdentityPlatform.digest("SHA-256", c), x5tS256)) {
          candidates.add(c);
        }
      } else if (x5t != null) {
        if (MessageDigest.isEqual(IdentityPlatform.digest("SHA-1", c), x5t)) {
          candidates.add(c);
        }
      } else {
        candidates.add(c);
      }
    }
    if (candidates.isEmpty()) {
      return "700027|Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: '"
          + thumbprintFromHeader(jwt.headerString("x5t#S256"), jwt.headerString("x5t"))
          + "', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '"
          + app.clientId()
          + "'. Review the documentation at https://learn.microsoft.com/graph/api/application-get .]";
    }
    for (X509Certificate c : candidates) {
      if (jwt.verify(c.getPublicKey())) {
        return null;
      }
    }
    return "700027|Client assertion contains an invalid signature. [Reason - The signature does not verify against the registered key., Thumbprint of key used by client: '"
        + IdentityPlatform.thumbprintHex(candidates.get(0))
        + "'.]";
  }

  private static String thumbprintFromHeader(String x5tS256, String x5t) {
    byte[] v = thumbprintBytes(x5tS256 != null ? x5tS256 : x5t);
    return v == null ? "(none)" : java.util.HexFormat.of().withUpperCase().formatHex(v);
  }

  /** Decodes a thumbprint header in Base64url or standard Base64; null when absent or garbage. */
  static byte[] thumbprintBytes(String value) {
    if (value == null) {
      return null;
    }
    String normalized = value.trim().replace('+', '-').replace('/', '_').replace("=", "");
    try {
      return java.util.Base64.getUrlDecoder().decode(normalized);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  /**
   * The audience must be this endpoint's token URL (any casing of the host, with or without tenant
   * form).
   */
  private static boolean audienceMatches(Jwt jwt, String tenant, String origin) {
    Object aud = jwt.claims().get("aud");
    List<String> values = new ArrayList<>();
    if (aud instanceof String s) {
      values.add(s);
    } else if (aud instanceof List<?> l) {
      l.forEach(o -> values.add(String.valueOf(o)));
    }
    for (String v : values) {
      try {
        URI u = URI.create(v.trim());
        String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        URI mine = URI.create(origin);
        boolean sameServer =
            (host.equals(mine.getHost()) || host.equals("localhost") || host.equals("127.0.0.1"))
                && port == mine.getPort();
        boolean tokenPath =
            path.equalsIgnoreCase("/" + tenant + "/oauth2/v2.0/token")
                || path.equalsIgnoreCase("/" + tenant + "/oauth2/token")
                || path.equalsIgnoreCase("/" + tenant + "/v2.0");
        if (sameServer && tokenPath) {
          return true;
        }
      } catch (IllegalArgumentException e) {
        // not a URL: try the next value
      }
    }
    return false;
  }

  private static String resourceOf(String scope) {
    for (String s : scope.split("\\s+")) {
      if (s.endsWith("/.default")) {
        return s.substring(0, s.length() - "/.default".length()).replaceAll("/$", "");
      }
    }
    return null;
  }

  private void missing(HttpCall call, String parameter) throws IOException {
    error(
        call,
        400,
        "invalid_request",
        900144,
        "The request body must contain the following parameter: '" + parameter + "'.");
  }

  /** Answers with Entra ID's OAuth error JSON. */
  public static void error(HttpCall call, int status, String error, int code, String description)
      throws IOException {
    String correlation = call.header("client-request-id");
    if (correlation == null) {
      correlation = UUID.randomUUID().toString();
    }
    String trace = UUID.randomUUID().toString();
    String ts = ERROR_TIME.format(Instant.now());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put(
        "error_description",
        "AADSTS"
            + code
            + ": "
            + description
            + "\r\nTrace ID: "
            + trace
            + "\r\nCorrelation ID: "
            + correlation
            + "\r\nTimestamp: "
            + ts);
    body.put("error_codes", List.of(code));
    body.put("timestamp", ts);
    body.put("trace_id", trace);
    body.put("correlation_id", correlation);
    body.put("error_uri", "https://login.microsoftonline.com/error?code=" + code);
    call.addHeader("client-request-id", correlation);
    call.addHeader("x-ms-request-id", trace);
    call.send(status, "application/json; charset=utf-8", JsonTree.write(body));
  }

  /** Handles the OpenID Connect configuration of the tenant. */
  public void openIdConfiguration(HttpCall call, String tenant, String origin) throws IOException {
    if (!knownTenant.test(tenant)) {
      error(call, 400, "invalid_tenant", 90002, "Tenant '" + tenant + "' not found.");
      return;
    }
    String base = origin + "/" + tenant;
    String tid = identity.tenantId().toString();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("token_endpoint", base + "/oauth2/v2.0/token");
    body.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_post", "private_key_jwt", "client_secret_basic"));
    body.put("jwks_uri", origin + "/" + tid + "/discovery/v2.0/keys");
    body.put("response_modes_supported", List.of("query", "fragment", "form_post"));
    body.put("subject_types_supported", List.of("pairwise"));
    body.put("id_token_signing_alg_values_supported", List.of("RS256"));
    body.put(
        "response_types_supported", List.of("code", "id_token", "code id_token", "id_token token"));
    body.put("scopes_supported", List.of("openid", "profile", "email", "offline_access"));
    body.put("issuer", origin + "/" + tid + "/v2.0");
    body.put("request_uri_parameter_supported", false);
    body.put("authorization_endpoint", base + "/oauth2/v2.0/authorize");
    body.put("device_authorization_endpoint", base + "/oauth2/v2.0/devicecode");
    body.put("http_logout_supported", true);
    body.put("frontchannel_logout_supported", true);
    body.put("end_session_endpoint", base + "/oauth2/v2.0/logout");
    body.put("tenant_region_scope", "NA");
    body.put("cloud_instance_name", "microsoftonline.com");
    call.send(200, "application/json; charset=utf-8", JsonTree.write(body));
  }

  /** Handles {@code /common/discovery/instance}: this host is its own and only alias. */
  public void instanceDiscovery(HttpCall call, String origin) throws IOException {
    String host = URI.create(origin).getAuthority();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("preferred_network", host);
    entry.put("preferred_cache", host);
    entry.put("aliases", List.of(host));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "tenant_discovery_endpoint",
        origin + "/" + tenantDomain + "/v2.0/.well-known/openid-configuration");
    body.put("api-version", "1.1");
    body.put("metadata", List.of(entry));
    call.send(200, "application/json; charset=utf-8", JsonTree.write(body));
  }

  /** Handles the signing keys ({@code /{tenant}/discovery/v2.0/keys}). */
  public void keys(HttpCall call) throws IOException {
    call.send(200, "application/json; charset=utf-8", JsonTree.write(identity.jwks()));
  }

  /** Answers an injected token failure. */
  public static void fail(
      HttpCall call, dev.exchangesdk.testkit.TokenFailure failure, java.time.Duration retryAfter)
      throws IOException {
    if (failure.error() == null) {
      call.send(failure.status(), null, (byte[]) null);
      return;
    }
    if (failure.status() == 429 && retryAfter != null) {
      call.addHeader("Retry-After", Long.toString(Math.max(1, retryAfter.toSeconds())));
    }
    error(call, failure.status(), failure.error(), failure.code(), failure.description());
  }
}
