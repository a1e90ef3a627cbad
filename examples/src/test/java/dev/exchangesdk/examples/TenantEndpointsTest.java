package dev.exchangesdk.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.examples.support.FakeExchangeSource;
import dev.exchangesdk.testkit.Endpoint;
import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;
import dev.exchangesdk.testkit.model.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Exchange Online path of the examples (tenant, app id, PFX file and password: a {@link
 * dev.exchangesdk.core.CertificateCredential} that really acquires tokens), pointed with the
 * endpoint options at a FakeExchange standing in for the tenant. The fake runs with TLS: the
 * credential reaches Microsoft Entra ID only over https, so the run gets HTTP options trusting the
 * fake's test CA, as a private deployment would trust its own CA.
 */
class TenantEndpointsTest {
  private static final String PASSWORD = "Correct-Horse-42";

  /** Without tenant settings a command would open this, and the test fail. */
  private static final FakeExchangeSource NO_EMBEDDED_FAKE =
      new FakeExchangeSource() {
        @Override
        public FakeExchange open() {
          throw new AssertionError("the command ran against the embedded FakeExchange");
        }

        @Override
        public void release(FakeExchange fake) {}
      };

  @TempDir Path dir;
  FakeExchange tenant;
  String clientId;
  Path pfx;

  @BeforeEach
  void registerAnAppWithACertificate() throws Exception {
    tenant = FakeExchange.builder().seed(Seed.DEMO).start();
    GeneratedCertificate certificate =
        SelfSignedCertificates.builder()
            .commonName("examples-endpoint-test")
            .create(PASSWORD.toCharArray());
    clientId = UUID.randomUUID().toString();
    tenant.registerApplication(clientId, certificate.certificate());
    pfx = Files.write(dir.resolve("app.pfx"), certificate.pfx());
  }

  @AfterEach
  void stop() {
    tenant.close();
  }

  @Test
  void showsAJunkRuleThroughTheEndpointOptions() {
    ExchangeEnvironment fake = tenant.environment();

    ExampleRun run =
        run(
            Map.of(),
            "junk",
            "--mailbox",
            "alice@contoso.com",
            "--tenant",
            tenant.tenant(),
            "--client-id",
            clientId,
            "--pfx",
            pfx.toString(),
            "--password=" + PASSWORD,
            "--authority-host",
            fake.authorityHost().toString(),
            "--exchange-host",
            fake.adminBaseUrl().toString(),
            "--compliance-host",
            fake.complianceBaseUrl().toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0))
        .startsWith(
            "Exchange Online: tenant " + tenant.tenant() + " (Worldwide), app " + clientId + ",");
    assertThat(run.outLines().get(1))
        .isEqualTo(
            "Endpoint overrides: sign-in "
                + fake.authorityHost()
                + ", EWS "
                + fake.ewsUrl()
                + ", admin API "
                + fake.adminBaseUrl()
                + ", compliance "
                + fake.complianceBaseUrl());
    assertThat(run.out())
        .doesNotContain(ExampleRun.FAKE_NOTICE)
        .contains("Mailbox: alice@contoso.com")
        .containsPattern(
            "blocked senders and domains\\s+spam-offers.example, lottery-winner@prizes.example")
        .containsPattern("trusted senders and domains\\s+fabrikam.com, contoso-news.example");
    assertThat(run.out() + run.err()).doesNotContain(PASSWORD);
    assertThat(tokenRequests()).singleElement().satisfies(this::isAClientAssertionOfTheApp);
    assertThat(endpointsReached()).contains(Endpoint.ADMIN).doesNotContain(Endpoint.EWS);
  }

  @Test
  void checksEveryServiceWithEndpointsFromTheEnvironment() {
    ExchangeEnvironment fake = tenant.environment();
    Map<String, String> env = new HashMap<>(tenantSettings());
    env.put("EXCHANGE_AUTHORITY_HOST", fake.authorityHost().toString());
    env.put("EXCHANGE_HOST", fake.adminBaseUrl().toString());
    env.put("EXCHANGE_COMPLIANCE_HOST", fake.complianceBaseUrl().toString());

    ExampleRun run =
        run(env, "check", "--mailbox", "soc@contoso.com", "--folder", "Inbox/Phishing");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .doesNotContain(ExampleRun.FAKE_NOTICE)
        .contains("Exchange Online: tenant " + tenant.tenant())
        .containsPattern("EWS\\s+TOKEN\\s+PASSED")
        .containsPattern("EWS\\s+EWS_ENABLED\\s+PASSED")
        .containsPattern("EWS\\s+FOLDER\\s+PASSED")
        .containsPattern("Admin API\\s+CMDLET\\s+PASSED")
        .containsPattern("Compliance\\s+CMDLET\\s+PASSED");
    // One token per scope: Exchange (EWS and admin API) and Security & Compliance.
    assertThat(tokenRequests())
        .hasSize(2)
        .allSatisfy(this::isAClientAssertionOfTheApp)
        .anySatisfy(r -> assertThat(r.body()).contains("outlook.office365.com"))
        .anySatisfy(r -> assertThat(r.body()).contains("ps.compliance.protection.outlook.com"));
    assertThat(endpointsReached()).contains(Endpoint.EWS, Endpoint.ADMIN, Endpoint.COMPLIANCE);
  }

  @Test
  void sendsEwsCallsToTheEwsUrlOverTheExchangeHost() {
    ExchangeEnvironment fake = tenant.environment();
    Map<String, String> env = new HashMap<>(tenantSettings());
    env.put("EXCHANGE_AUTHORITY_HOST", fake.authorityHost().toString());
    env.put("EXCHANGE_HOST", "https://exchange.invalid"); // never called: --ews-url wins for EWS

    ExampleRun run =
        run(
            env,
            "export-eml",
            "--ews-url",
            tenant.ewsUrl().toString(),
            "--mailbox",
            "alice@contoso.com",
            "--message-id",
            "<20240312.password-expiry.8841@micros0ft-support.example>",
            "--out",
            dir.resolve("eml").toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(1))
        .isEqualTo(
            "Endpoint overrides: sign-in "
                + fake.authorityHost()
                + ", EWS "
                + tenant.ewsUrl()
                + ", admin API https://exchange.invalid");
    assertThat(dir.resolve("eml/Action required_ your mailbox password expires today.eml"))
        .content()
        .contains("Message-ID: <20240312.password-expiry.8841@micros0ft-support.example>");
    assertThat(tokenRequests()).singleElement().satisfies(this::isAClientAssertionOfTheApp);
    assertThat(endpointsReached()).contains(Endpoint.EWS);
  }

  @Test
  void requestsTokensForTheGivenExchangeScope() {
    ExchangeEnvironment fake = tenant.environment();
    Map<String, String> env = new HashMap<>(tenantSettings());
    env.put("EXCHANGE_AUTHORITY_HOST", fake.authorityHost().toString());
    String scope = "https://mail.contoso.com/.default";

    ExampleRun run =
        run(
            env,
            "export-eml",
            "--ews-url",
            tenant.ewsUrl().toString(),
            "--exchange-scope",
            scope,
            "--mailbox",
            "alice@contoso.com",
            "--message-id",
            "<20240312.password-expiry.8841@micros0ft-support.example>",
            "--out",
            dir.resolve("eml").toString());

    // Whatever the fake's token endpoint answers for a resource it does not host, the request
    // named the scope given, not the cloud's.
    assertThat(run.out()).contains("Exchange scope " + scope);
    assertThat(tokenRequests())
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.body())
                    .contains(
                        "+" + java.net.URLEncoder.encode(scope, UTF_8) + "&") // after MSAL's own
                    .doesNotContain(java.net.URLEncoder.encode(fake.exchangeScope(), UTF_8)));
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        // option or variable, value, what the error says
        Arguments.of(
            "--ews-url",
            "mail.contoso.com/EWS/Exchange.asmx",
            "--ews-url must be an absolute http or https URL such as"
                + " https://mail.contoso.com/EWS/Exchange.asmx, not"
                + " 'mail.contoso.com/EWS/Exchange.asmx'"),
        Arguments.of(
            "--ews-url",
            "ftp://mail.contoso.com/EWS/Exchange.asmx",
            "--ews-url must be an absolute http or https URL"),
        Arguments.of(
            "--ews-url",
            "https://mail.contoso.com",
            "not 'https://mail.contoso.com': give the whole endpoint"),
        Arguments.of(
            "--ews-url",
            "https://mail.contoso.com/EWS/Exchange.asmx#top",
            ": no query or fragment"),
        Arguments.of(
            "EXCHANGE_EWS_URL",
            "/EWS/Exchange.asmx",
            "EXCHANGE_EWS_URL must be an absolute http or https URL"),
        Arguments.of(
            "--authority-host",
            "http://login.contoso.test",
            "--authority-host must be an https URL of a host, without a path, such as"
                + " https://login.microsoftonline.com, not 'http://login.contoso.test': Microsoft"
                + " Entra ID is only reached over https"),
        Arguments.of(
            "EXCHANGE_AUTHORITY_HOST",
            "https://login.contoso.test/contoso.onmicrosoft.com",
            "EXCHANGE_AUTHORITY_HOST must be an https URL of a host, without a path"),
        Arguments.of(
            "--exchange-host",
            "https://mail.contoso.com/EWS/Exchange.asmx",
            "--exchange-host must be an absolute http or https URL of a host, without a path, such as"
                + " https://outlook.office365.com, not 'https://mail.contoso.com/EWS/Exchange.asmx':"
                + " no path"),
        Arguments.of(
            "EXCHANGE_HOST",
            "outlook.contoso.test",
            "EXCHANGE_HOST must be an absolute http or https URL"),
        Arguments.of("--exchange-host", "https://", "--exchange-host must be"),
        Arguments.of(
            "--compliance-host",
            "https://ps.compliance.contoso.test/?region=eu",
            "--compliance-host must be an absolute http or https URL of a host, without a path, such as"
                + " https://ps.compliance.protection.outlook.com, not"
                + " 'https://ps.compliance.contoso.test/?region=eu': no query or fragment"),
        Arguments.of(
            "EXCHANGE_COMPLIANCE_HOST",
            "not a url",
            "EXCHANGE_COMPLIANCE_HOST must be an absolute http or https URL of a host"),
        Arguments.of(
            "--exchange-scope",
            "https://mail.contoso.com/EWS.AccessAsUser.All",
            "--exchange-scope must be a resource's .default scope, such as"
                + " https://mail.contoso.com/.default, not"
                + " 'https://mail.contoso.com/EWS.AccessAsUser.All'"),
        Arguments.of(
            "EXCHANGE_SCOPE",
            "mail.contoso.com",
            "EXCHANGE_SCOPE must be an absolute http or https URL"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("badValues")
  void rejectsABadEndpointBeforeAnyRequest(String name, String value, String error) {
    Map<String, String> env = new HashMap<>(tenantSettings());
    List<String> args = new ArrayList<>(List.of("junk", "--mailbox", "bob@contoso.com"));
    if (name.startsWith("--")) {
      args.add(name + "=" + value);
    } else {
      env.put(name, value);
    }

    ExampleRun run = run(env, args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().startsWith("error: ").contains(error);
    assertThat(run.out()).isEmpty();
    assertThat(tenant.requests()).isEmpty();
  }

  @Test
  void neverEchoesAUrlWithAUserNameAndPassword() {
    ExampleRun run =
        run(tenantSettings(), "junk", "--ews-url", "https://admin:Hunter2@mail.contoso.com/EWS");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: --ews-url must not contain a user name or password")
        .doesNotContain("Hunter2");
  }

  @Test
  void refusesEndpointOverridesWithoutATenant() {
    ExampleRun run =
        run(
            Map.of("EXCHANGE_COMPLIANCE_HOST", "https://ps.compliance.contoso.test"),
            "junk",
            "--ews-url",
            "https://mail.contoso.com/EWS/Exchange.asmx");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "error: Endpoint overrides (--ews-url, EXCHANGE_COMPLIANCE_HOST) need a tenant: give"
                + " --tenant, --client-id and --pfx as well, or leave them out to use the embedded"
                + " FakeExchange."
                + System.lineSeparator());
  }

  @Test
  void everyTenantCommandDocumentsTheEndpointOptions() {
    for (String command : ExampleRun.TENANT_COMMANDS) {
      ExampleRun run = run(Map.of(), command, "--help");

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out())
          .as(command)
          .contains("--ews-url=URL", "EXCHANGE_EWS_URL", "mail.contoso.com/EWS/Exchange.asmx")
          .contains("--authority-host=URL", "EXCHANGE_AUTHORITY_HOST")
          .contains("--exchange-host=URL", "EXCHANGE_HOST")
          .contains("--compliance-host=URL", "EXCHANGE_COMPLIANCE_HOST");
    }
    assertThat(run(Map.of(), "--help").out()).contains("EXCHANGE_EWS_URL", "--authority-host");
  }

  private Map<String, String> tenantSettings() {
    return Map.of(
        "EXCHANGE_TENANT",
        tenant.tenant(),
        "EXCHANGE_CLIENT_ID",
        clientId,
        "EXCHANGE_CERTIFICATE_PFX",
        pfx.toString(),
        "EXCHANGE_CERTIFICATE_PASSWORD",
        PASSWORD);
  }

  private ExampleRun run(Map<String, String> env, String... args) {
    return ExampleRun.run(env, NO_EMBEDDED_FAKE, tenant.httpOptions(), args);
  }

  private List<RecordedRequest> tokenRequests() {
    return tenant.requests().stream()
        .filter(r -> r.endpoint() == Endpoint.TOKEN && r.method().equals("POST"))
        .toList();
  }

  private List<Endpoint> endpointsReached() {
    return tenant.requests().stream().map(RecordedRequest::endpoint).distinct().toList();
  }

  /** A token request of the app signed with its certificate (the fake redacts the assertion). */
  private void isAClientAssertionOfTheApp(RecordedRequest request) {
    assertThat(request.path()).isEqualTo("/" + tenant.tenant() + "/oauth2/v2.0/token");
    assertThat(request.body())
        .contains("client_id=" + clientId)
        .contains("client_assertion=<redacted>")
        .contains("client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type")
        .doesNotContain("client_secret");
  }
}
