package dev.exchangesdk.testkit.internal.auth;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fake's identity platform: registered applications (client id plus certificates or a secret),
 * fixed bearer tokens tests accept as they are, and the access tokens the token endpoint issues:
 * RS256 JWTs signed with a key of this instance, carrying audience, tenant, app id, roles and
 * expiry, which the service endpoints then validate.
 *
 * <p>Thread-safe.
 */
public final class IdentityPlatform {
  /** The Office 365 Exchange Online application id, a valid audience for EWS and admin. */
  public static final String EXCHANGE_APP_ID = "00000002-0000-0ff1-ce00-000000000000";

  /** Audiences EWS and the admin API accept. */
  public static final Set<String> EXCHANGE_AUDIENCES =
      Set.of("https://outlook.office365.com", "https://outlook.office.com", EXCHANGE_APP_ID);

  /** Audiences Security &amp; Compliance accepts (some clients use the Exchange scope there). */
  public static final Set<String> COMPLIANCE_AUDIENCES =
      Set.of(
          "https://ps.compliance.protection.outlook.com",
          "https://outlook.office365.com",
          "https://outlook.office.com",
          EXCHANGE_APP_ID);

  private final UUID tenantId;
  private final Clock clock;
  private final Duration tokenLifetime;
  private final Map<String, Application> applications = new ConcurrentHashMap<>();
  private final Set<String> fixedTokens = ConcurrentHashMap.newKeySet();

  /** One signing key per JVM (RSA key generation is slow); instances differ by key id. */
  private static volatile KeyPair signingKey;

  private final String keyId;

  /** A registered application. */
  public static final class Application {
    final String clientId;
    final List<X509Certificate> certificates = new CopyOnWriteArrayList<>();
    volatile String secret;

    Application(String clientId) {
      this.clientId = clientId;
    }

    public String clientId() {
      return clientId;
    }

    public List<X509Certificate> certificates() {
      return certificates;
    }

    public String secret() {
      return secret;
    }
  }

  /** Who a validated bearer token speaks for. */
  public record Principal(String appId, boolean fixedToken, String audience, List<String> roles) {
    /** Whether the caller authenticated as an application without a user (always so here). */
    public boolean appOnly() {
      return true;
    }
  }

  /** Why a bearer token was refused; the text goes into {@code x-ms-diagnostics}. */
  public static final class TokenRejected extends Exception {
    private static final long serialVersionUID = 1L;

    public TokenRejected(String reason) {
      super(reason, null, false, false);
    }
  }

  public IdentityPlatform(UUID tenantId, Clock clock, Duration tokenLifetime) {
    this.tenantId = tenantId;
    this.clock = clock;
    this.tokenLifetime = tokenLifetime;
    this.keyId = "fake-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  public UUID tenantId() {
    return tenantId;
  }

  public void register(String clientId, X509Certificate certificate) {
    app(clientId).certificates.add(certificate);
  }

  public void registerSecret(String clientId, String secret) {
    app(clientId).secret = secret;
  }

  private Application app(String clientId) {
    return applications.computeIfAbsent(
        clientId.toLowerCase(Locale.ROOT), k -> new Application(clientId));
  }

  public Application application(String clientId) {
    return clientId == null ? null : applications.get(clientId.toLowerCase(Locale.ROOT));
  }

  public void acceptToken(String token) {
    fixedTokens.add(token);
  }

  public Duration tokenLifetime() {
    return tokenLifetime;
  }

  /** Issues an access token for an application and a resource (the scope without /.default). */
  public String issue(String clientId, String resource) {
    Instant now = clock.instant();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("typ", "JWT");
    header.put("alg", "RS256");
    header.put("kid", keyId);
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("aud", resource);
    claims.put("iss", "https://sts.windows.net/" + tenantId + "/");
    claims.put("iat", now.getEpochSecond());
    claims.put("nbf", now.getEpochSecond());
    claims.put("exp", now.plus(tokenLifetime).getEpochSecond());
    claims.put("appid", clientId);
    claims.put("appidacr", "2");
    claims.put("idtyp", "app");
    claims.put(
        "oid",
        UUID.nameUUIDFromBytes(clientId.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .toString());
    claims.put(
        "roles",
        resource.contains("compliance")
            ? List.of("Exchange.ManageAsApp")
            : List.of("full_access_as_app", "Exchange.ManageAsApp"));
    claims.put("tid", tenantId.toString());
    claims.put("ver", "1.0");
    return Jwt.sign(header, claims, signingKey().getPrivate());
  }

  /**
   * Validates a bearer token for a service: a fixed accepted token, or a token this platform issued
   * that has not expired and whose audience the service accepts.
   */
  public Principal validate(String bearer, Set<String> audiences) throws TokenRejected {
    if (bearer == null || bearer.isBlank()) {
      throw new TokenRejected("The token is missing.");
    }
    if (fixedTokens.contains(bearer)) {
      return new Principal(null, true, null, List.of("full_access_as_app", "Exchange.ManageAsApp"));
    }
    Jwt jwt = Jwt.parse(bearer);
    if (jwt == null) {
      throw new TokenRejected("The token is malformed.");
    }
    if (!keyId.equals(jwt.headerString("kid")) || !jwt.verify(signingKey().getPublic())) {
      throw new TokenRejected(
          "Signature validation failed. The token was not issued by this tenant.");
    }
    Long exp = jwt.claimSeconds("exp");
    if (exp == null || clock.instant().getEpochSecond() >= exp) {
      throw new TokenRejected("The token has expired.");
    }
    String aud = jwt.claimString("aud");
    if (aud == null || !audiences.contains(aud.replaceAll("/$", ""))) {
      throw new TokenRejected("The audience claim value is invalid '" + aud + "'.");
    }
    @SuppressWarnings("unchecked")
    List<String> roles =
        jwt.claims().get("roles") instanceof List<?> l ? (List<String>) l : List.of();
    return new Principal(jwt.claimString("appid"), false, aud, roles);
  }

  /** The public signing key as a JSON Web Key Set, what {@code discovery/v2.0/keys} serves. */
  public Map<String, Object> jwks() {
    RSAPublicKey pub = (RSAPublicKey) signingKey().getPublic();
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    Map<String, Object> key = new LinkedHashMap<>();
    key.put("kty", "RSA");
    key.put("use", "sig");
    key.put("kid", keyId);
    key.put("n", e.encodeToString(unsigned(pub.getModulus())));
    key.put("e", e.encodeToString(unsigned(pub.getPublicExponent())));
    return Map.of("keys", List.of(key));
  }

  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }

  private static KeyPair signingKey() {
    KeyPair k = signingKey;
    if (k == null) {
      synchronized (IdentityPlatform.class) {
        k = signingKey;
        if (k == null) {
          try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            k = gen.generateKeyPair();
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
          }
          signingKey = k;
        }
      }
    }
    return k;
  }

  /** Upper-case hex SHA-1 thumbprint, as the portal and error messages show it. */
  public static String thumbprintHex(X509Certificate c) {
    return HexFormat.of().withUpperCase().formatHex(digest("SHA-1", c));
  }

  static byte[] digest(String alg, X509Certificate c) {
    try {
      return MessageDigest.getInstance(alg).digest(c.getEncoded());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Registered application ids, for diagnostics. */
  public List<String> applicationIds() {
    List<String> ids = new ArrayList<>();
    applications.values().forEach(a -> ids.add(a.clientId));
    return ids;
  }
}
