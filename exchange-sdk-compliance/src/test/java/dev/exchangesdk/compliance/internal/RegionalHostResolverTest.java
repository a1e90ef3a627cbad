package dev.exchangesdk.compliance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.compliance.FakeTime;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionalHostResolverTest {
  private static final String TENANT = "contoso.onmicrosoft.com";
  private static final String ANCHOR =
      "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@" + TENANT;
  private static final URI WORLDWIDE = URI.create("https://ps.compliance.protection.outlook.com");

  @StartStop private final MockWebServer server = new MockWebServer();
  private final FakeTime time = new FakeTime();

  private RegionalHostResolver resolver(URI override) {
    HttpPipeline pipeline =
        HttpPipeline.builder()
            .serviceName("Security & Compliance")
            .options(
                HttpOptions.builder()
                    .clock(time)
                    .sleeper(time)
                    .retry(RetryOptions.builder().maxAttempts(2).build())
                    .build())
            .credential(new StaticTokenCredential("token-1"), List.of("scope"))
            .build();
    return new RegionalHostResolver(pipeline, base(), TENANT, ANCHOR, override);
  }

  private URI base() {
    return server.url("/").uri().resolve("/");
  }

  private static MockResponse redirect(String location) {
    return new MockResponse.Builder().code(302).addHeader("Location", location).build();
  }

  @ParameterizedTest
  @CsvSource({
    "nam12b.admin.protection.outlook.com:446, https://nam12b.ps.compliance.protection.outlook.com",
    "https://eur02b.admin.protection.outlook.com:446/adminapi/beta/x/EXOBanner, https://eur02b.ps.compliance.protection.outlook.com",
    "https://NAM04B.ADMIN.PROTECTION.OUTLOOK.COM/, https://nam04b.ps.compliance.protection.outlook.com",
    "https://nam12b.ps.compliance.protection.outlook.com/adminapi/beta, https://nam12b.ps.compliance.protection.outlook.com"
  })
  void takesTheFirstLabelOfTheRedirectHost(String location, String expected) {
    assertThat(RegionalHostResolver.regionalBaseFrom(location, WORLDWIDE))
        .isEqualTo(URI.create(expected));
  }

  @Test
  void keepsTheCloudsComplianceHostForOtherClouds() {
    URI gccHigh = URI.create("https://ps.compliance.protection.office365.us");

    assertThat(
            RegionalHostResolver.regionalBaseFrom(
                "usg01b.admin.protection.office365.us:446", gccHigh))
        .isEqualTo(URI.create("https://usg01b.ps.compliance.protection.office365.us"));
  }

  @Test
  void aLoopbackTestServerRedirectIsUsedAsItIs() {
    URI fakeBase = URI.create("https://127.0.0.1:8443");

    assertThat(
            RegionalHostResolver.regionalBaseFrom(
                "https://127.0.0.1:9443/adminapi/beta/contoso/EXOBanner", fakeBase))
        .isEqualTo(URI.create("https://127.0.0.1:9443"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/adminapi/beta/x",
        "localhost",
        "https://-bad-.admin.protection.outlook.com",
        "https://ps.compliance.protection.outlook.com/x",
        "::::"
      })
  void refusesLocationsWithoutARegionalPrefix(String location) {
    assertThatThrownBy(() -> RegionalHostResolver.regionalBaseFrom(location, WORLDWIDE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheRedirectWithoutFollowingIt() throws Exception {
    server.enqueue(redirect("nam12b.admin.protection.outlook.com:446"));
    server.enqueue(new MockResponse.Builder().code(500).body("followed").build());

    URI regional = resolver(null).regionalBase();

    URI expected = URI.create("http://nam12b." + server.getHostName() + ":" + server.getPort());
    assertThat(regional).isEqualTo(expected);
    assertThat(server.getRequestCount()).isEqualTo(1);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/adminapi/beta/contoso.onmicrosoft.com/EXOBanner('AutogenSession')");
    assertThat(request.getUrl().queryParameter("Version")).isEqualTo("3.7.1");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer token-1");
    assertThat(request.getHeaders().get("X-AnchorMailbox")).isEqualTo(ANCHOR);
  }

  @Test
  void discoversOnceForManyCallsAndThreads() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(302)
            .addHeader("Location", "nam12b.admin.protection.outlook.com:446")
            .headersDelay(200, TimeUnit.MILLISECONDS)
            .build());
    RegionalHostResolver resolver = resolver(null);
    int threads = 8;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<URI>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return resolver.regionalBase();
                }));
      }
      go.countDown();
      for (Future<URI> f : results) {
        assertThat(f.get(10, TimeUnit.SECONDS).getHost()).startsWith("nam12b.");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(resolver.regionalBase().getHost()).startsWith("nam12b.");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void usesTheOverrideWithoutAnyRequest() {
    URI known = URI.create("https://eur02b.ps.compliance.protection.outlook.com");

    assertThat(resolver(known).regionalBase()).isEqualTo(known);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void explainsAnAnswerThatIsNotARedirect() {
    server.enqueue(new MockResponse.Builder().code(200).body("{}").build());

    assertThatThrownBy(() -> resolver(null).regionalBase())
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("HTTP 200 instead of redirecting")
        .hasMessageContaining("regionalHost(");
  }

  @Test
  void explainsARedirectWithoutLocation() {
    server.enqueue(new MockResponse.Builder().code(302).build());

    assertThatThrownBy(() -> resolver(null).regionalBase())
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("without a Location header");
  }

  @Test
  void explainsAMalformedLocationAndQuotesIt() {
    server.enqueue(redirect("/adminapi/beta/somewhere"));

    assertThatThrownBy(() -> resolver(null).regionalBase())
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("'/adminapi/beta/somewhere'")
        .hasMessageContaining("names no host");
  }

  @Test
  void mapsARejectedTokenToAnAuthenticationError() {
    server.enqueue(new MockResponse.Builder().code(401).build());
    server.enqueue(new MockResponse.Builder().code(401).build());

    assertThatThrownBy(() -> resolver(null).regionalBase())
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void doesNotRememberAFailedDiscovery() {
    server.enqueue(new MockResponse.Builder().code(200).build());
    server.enqueue(redirect("nam12b.admin.protection.outlook.com:446"));
    RegionalHostResolver resolver = resolver(null);

    assertThatThrownBy(resolver::regionalBase).isInstanceOf(ResponseFormatException.class);
    assertThat(resolver.regionalBase().getHost()).startsWith("nam12b.");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesAnUnavailableServiceThroughThePipeline() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "2").build());
    server.enqueue(redirect("nam12b.admin.protection.outlook.com:446"));

    assertThat(resolver(null).regionalBase().getHost()).startsWith("nam12b.");
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }
}
