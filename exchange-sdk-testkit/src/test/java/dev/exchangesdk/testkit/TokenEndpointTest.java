package dev.exchangesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.internal.http.JsonTree;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The token endpoint issues tokens only for correctly signed assertions of registered apps. */
class TokenEndpointTest {
  private static final String CLIENT_ID = "5f2a7e9c-1b3d-4c8e-9a6f-0d2e4b6c8a10";
  private static KeyPair appKeys;
  private static X509Certificate appCert;
  private static KeyPair otherKeys;
  private static X509Certificate otherCert;
  private static TestClock clock;
  private static FakeExchange fake;
  private static OkHttpClient http;

  @BeforeAll
  static void start() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    appKeys = gen.generateKeyPair();
    appCert = selfSigned(appKeys, "CN=exchange-sdk-tests");
    otherKeys = gen.generateKeyPair();
    otherCert = selfSigned(otherKeys, "CN=someone-else");
    clock = TestClock.at(Instant.now());
    fake = FakeExchange.builder().clock(clock).start();
    fake.createMailbox("soc@contoso.com", "SOC");
    fake.registerApplication(CLIENT_ID, appCert);
    http = Http.client(fake);
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @BeforeEach
  void resetClock() {
    clock.set(Instant.now());
  }

  static X509Certificate selfSigned(KeyPair keys, String subject) throws Exception {
    Instant now = Instant.now();
    X500Name name = new X500Name(subject);
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    name,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))),
                    name,
                    keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }

  /** A client assertion as MSAL4J builds it: RS256, x5t#S256 header, aud = token endpoint. */
  static String assertion(
      PrivateKey key, X509Certificate headerCert, String aud, String iss, Instant nbf, Instant exp)
      throws Exception {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("alg", "RS256");
    header.put("typ", "JWT");
    header.put(
        "x5t#S256",
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(MessageDigest.getInstance("SHA-256").digest(headerCert.getEncoded())));
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("aud", aud);
    claims.put("iss", iss);
    claims.put("sub", iss);
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("nbf", nbf.getEpochSecond());
    claims.put("exp", exp.getEpochSecond());
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String input =
        b64.encodeToString(JsonTree.write(header))
            + "."
            + b64.encodeToString(JsonTree.write(claims));
    Signature s = Signature.getInstance("SHA256withRSA");
    s.initSign(key);
    s.update(input.getBytes(StandardCharsets.US_ASCII));
    return input + "." + b64.encodeToString(s.sign());
  }

  private String validAssertion() throws Exception {
    Instant now = Instant.now();
    return assertion(
        appKeys.getPrivate(),
        appCert,
        fake.tokenUrl().toString(),
        CLIENT_ID,
        now,
        now.plusSeconds(600));
  }

  private Http.Answer token(String tenant, Map<String, String> form) {
    FormBody.Builder b = new FormBody.Builder();
    form.forEach(b::add);
    String url = fake.tokenUrl().toString().replace("/" + fake.tenant() + "/", "/" + tenant + "/");
    return Http.call(http, new Request.Builder().url(url).post(b.build()).build());
  }

  private Http.Answer token(String assertion, String scope) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", CLIENT_ID);
    form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    form.put("client_assertion", assertion);
    form.put("scope", scope);
    form.put("grant_type", "client_credentials");
    return token(fake.tenant(), form);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(Http.Answer a) throws Exception {
    return (Map<String, Object>) JsonTree.parse(a.body().getBytes(StandardCharsets.UTF_8));
  }

  private Http.Answer getFolder(String accessToken) {
    return Http.ews(
        http,
        fake,
        accessToken,
        Http.envelope(
            "soc@contoso.com",
            "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>"));
  }

  @Test
  void issuesATokenForACorrectlySignedAssertionThatEwsAndTheAdminApiAccept() throws Exception {
    Http.Answer a = token(validAssertion(), FakeExchange.EXCHANGE_SCOPE);
    assertThat(a.code()).as(a.body()).isEqualTo(200);
    Map<String, Object> body = json(a);
    assertThat(body.get("token_type")).isEqualTo("Bearer");
    assertThat(((Number) body.get("expires_in")).longValue()).isEqualTo(3599);
    String access = (String) body.get("access_token");
    assertThat(getFolder(access).code()).isEqualTo(200);
    Http.Answer admin =
        Http.call(
            http,
            new Request.Builder()
                .url(fake.adminUrl().toString())
                .header("Authorization", "Bearer " + access)
                .post(
                    okhttp3.RequestBody.create(
                        "{\"CmdletInput\":{\"CmdletName\":\"Get-Mailbox\",\"Parameters\":{}}}",
                        okhttp3.MediaType.get("application/json")))
                .build());
    assertThat(admin.code()).isEqualTo(200);
  }

  @Test
  void acceptsTheTenantGuidAndTheVanityDomainInThePath() throws Exception {
    for (String tenant : new String[] {fake.tenantId().toString(), "contoso.com"}) {
      Map<String, String> form = new LinkedHashMap<>();
      form.put("client_id", CLIENT_ID);
      form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
      Instant now = Instant.now();
      form.put(
          "client_assertion",
          assertion(
              appKeys.getPrivate(),
              appCert,
              fake.tokenUrl().toString().replace(fake.tenant(), tenant),
              CLIENT_ID,
              now,
              now.plusSeconds(600)));
      form.put("scope", FakeExchange.EXCHANGE_SCOPE);
      form.put("grant_type", "client_credentials");
      assertThat(token(tenant, form).code()).isEqualTo(200);
    }
  }

  @Test
  void rejectsATamperedAssertion() throws Exception {
    String valid = validAssertion();
    String[] parts = valid.split("\\.");
    String claims =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace(CLIENT_ID, CLIENT_ID);
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                    (claims.substring(0, claims.length() - 1) + ",\"x\":1}")
                        .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    Http.Answer a = token(forged, FakeExchange.EXCHANGE_SCOPE);
    assertThat(a.code()).isEqualTo(401);
    assertThat(json(a).get("error")).isEqualTo("invalid_client");
    assertThat((String) json(a).get("error_description"))
        .startsWith("AADSTS700027: Client assertion contains an invalid signature.");
    assertThat(a.body()).doesNotContain(parts[2]);
  }

  @Test
  void rejectsAnAssertionSignedWithAnUnregisteredCertificate() throws Exception {
    Instant now = Instant.now();
    Http.Answer a =
        token(
            assertion(
                otherKeys.getPrivate(),
                otherCert,
                fake.tokenUrl().toString(),
                CLIENT_ID,
                now,
                now.plusSeconds(600)),
            FakeExchange.EXCHANGE_SCOPE);
    assertThat(a.code()).isEqualTo(401);
    assertThat((String) json(a).get("error_description"))
        .contains("AADSTS700027", "The key was not found");
    assertThat(json(a).get("error_codes"))
        .asList()
        .containsExactly(new java.math.BigDecimal(700027));
  }

  @Test
  void rejectsUnknownApplicationsTenantsAndScopes() throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", UUID.randomUUID().toString());
    form.put("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
    form.put("client_assertion", validAssertion());
    form.put("scope", FakeExchange.EXCHANGE_SCOPE);
    form.put("grant_type", "client_credentials");
    Http.Answer unknownApp = token(fake.tenant(), form);
    assertThat(unknownApp.code()).isEqualTo(400);
    assertThat(json(unknownApp).get("error")).isEqualTo("unauthorized_client");
    assertThat((String) json(unknownApp).get("error_description"))
        .startsWith("AADSTS700016: Application with identifier");

    Http.Answer unknownTenant = token("fabrikam.onmicrosoft.com", form);
    assertThat((String) json(unknownTenant).get("error_description")).startsWith("AADSTS90002");

    Http.Answer badScope =
        token(validAssertion(), "https://outlook.office365.com/EWS.AccessAsUser.All");
    assertThat(json(badScope).get("error")).isEqualTo("invalid_scope");
    Http.Answer unknownResource = token(validAssertion(), "https://graph.microsoft.com/.default");
    assertThat((String) json(unknownResource).get("error_description")).startsWith("AADSTS500011");
  }

  @Test
  void rejectsExpiredAssertionsAndWrongAudiences() throws Exception {
    Instant old = Instant.now().minus(Duration.ofHours(2));
    Http.Answer expired =
        token(
            assertion(
                appKeys.getPrivate(),
                appCert,
                fake.tokenUrl().toString(),
                CLIENT_ID,
                old,
                old.plusSeconds(600)),
            FakeExchange.EXCHANGE_SCOPE);
    assertThat((String) json(expired).get("error_description")).startsWith("AADSTS700024");
    Instant now = Instant.now();
    Http.Answer wrongAud =
        token(
            assertion(
                appKeys.getPrivate(),
                appCert,
                "https://login.microsoftonline.com/" + fake.tenant() + "/oauth2/v2.0/token",
                CLIENT_ID,
                now,
                now.plusSeconds(600)),
            FakeExchange.EXCHANGE_SCOPE);
    assertThat((String) json(wrongAud).get("error_description")).startsWith("AADSTS700023");
    Http.Answer wrongIssuer =
        token(
            assertion(
                appKeys.getPrivate(),
                appCert,
                fake.tokenUrl().toString(),
                "someone-else",
                now,
                now.plusSeconds(600)),
            FakeExchange.EXCHANGE_SCOPE);
    assertThat((String) json(wrongIssuer).get("error_description")).startsWith("AADSTS700021");
  }

  @Test
  void issuedTokensExpireByTheFakesClockAndCarryTheirAudience() throws Exception {
    String exchangeToken =
        (String) json(token(validAssertion(), FakeExchange.EXCHANGE_SCOPE)).get("access_token");
    String complianceToken =
        (String) json(token(validAssertion(), FakeExchange.COMPLIANCE_SCOPE)).get("access_token");
    Http.Answer wrongAudience = getFolder(complianceToken);
    assertThat(wrongAudience.code()).isEqualTo(401);
    assertThat(wrongAudience.header("x-ms-diagnostics")).contains("audience");
    assertThat(getFolder(exchangeToken).code()).isEqualTo(200);
    clock.advance(Duration.ofHours(1));
    Http.Answer expired = getFolder(exchangeToken);
    assertThat(expired.code()).isEqualTo(401);
    assertThat(expired.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(expired.header("x-ms-diagnostics")).contains("The token has expired");
  }

  @Test
  void refusesUnknownAndMissingBearerTokens() {
    assertThat(getFolder(null).code()).isEqualTo(401);
    assertThat(getFolder("not-a-token").code()).isEqualTo(401);
    fake.acceptToken("my-fixed-token");
    assertThat(getFolder("my-fixed-token").code()).isEqualTo(200);
  }

  @Test
  void issuesTokensForApplicationsRegisteredWithASecret() throws Exception {
    fake.registerApplication("11111111-2222-3333-4444-555555555555", "s3cret");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("client_id", "11111111-2222-3333-4444-555555555555");
    form.put("client_secret", "s3cret");
    form.put("scope", FakeExchange.EXCHANGE_SCOPE);
    form.put("grant_type", "client_credentials");
    assertThat(token(fake.tenant(), form).code()).isEqualTo(200);
    form.put("client_secret", "wrong");
    Http.Answer wrong = token(fake.tenant(), form);
    assertThat((String) json(wrong).get("error_description")).startsWith("AADSTS7000215");
    assertThat(fake.requests()).allSatisfy(r -> assertThat(r.body()).doesNotContain("s3cret"));
  }

  @Test
  void servesTheOpenIdConfigurationMsalReadsForANonMicrosoftAuthority() throws Exception {
    Http.Answer a =
        Http.call(
            http,
            new Request.Builder()
                .url(fake.authority() + "v2.0/.well-known/openid-configuration")
                .build());
    assertThat(a.code()).isEqualTo(200);
    assertThat(json(a).get("token_endpoint")).isEqualTo(fake.tokenUrl().toString());
    Http.Answer discovery =
        Http.call(
            http,
            new Request.Builder()
                .url(
                    fake.authority()
                        .resolve("/common/discovery/instance?api-version=1.1")
                        .toString())
                .build());
    assertThat(json(discovery).get("tenant_discovery_endpoint").toString())
        .endsWith("/v2.0/.well-known/openid-configuration");
  }
}
