package dev.exchangesdk.compliance;

import static dev.exchangesdk.compliance.CmdletDispatcher.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.TokenCredential;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Discovery through the client. The environment points at a fictitious compliance host and every
 * request goes through the mock server acting as HTTP proxy, so the test sees which host each
 * request was addressed to.
 */
class RegionalHostDiscoveryTest extends ClientTestSupport {
  private static final ExchangeEnvironment TEST_CLOUD =
      ExchangeEnvironment.WORLDWIDE.toBuilder()
          .name("Test")
          .complianceHost(URI.create("http://compliance.test"))
          .build();

  private final List<List<String>> scopesAsked = new CopyOnWriteArrayList<>();
  private final TokenCredential recording =
      scopes -> {
        scopesAsked.add(List.copyOf(scopes));
        return new AccessToken("t", Instant.MAX);
      };

  private ComplianceClient.Builder viaProxy() {
    HttpOptions options =
        httpOptions().toBuilder()
            .proxySelector(
                ProxySelector.of(new InetSocketAddress(server.getHostName(), server.getPort())))
            .build();
    return ComplianceClient.builder()
        .credential(recording)
        .tenant(TENANT)
        .environment(TEST_CLOUD)
        .httpOptions(options);
  }

  private List<RecordedRequest> banners() {
    return cmdlets.requests().stream()
        .filter(r -> r.getUrl().encodedPath().contains("EXOBanner"))
        .toList();
  }

  @Test
  void discoversTheRegionalHostOnceForManyCallsAndThreads() throws Exception {
    cmdlets
        .banner(
            new MockResponse.Builder()
                .code(302)
                .addHeader("Location", "nam12b.admin.protection.outlook.com:446")
                .headersDelay(100, TimeUnit.MILLISECONDS)
                .build())
        .on("Get-ComplianceSearch", json("get-compliancesearch.json"));
    ComplianceClient c = viaProxy().build();
    int threads = 6;
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        done.add(
            pool.submit(
                () -> {
                  go.await();
                  c.getSearch("phish-2026-08-20");
                  return c.getSearch("phish-2026-08-20");
                }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(20, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(banners()).hasSize(1);
    assertThat(banners().get(0).getUrl().toString())
        .isEqualTo(
            "http://compliance.test/adminapi/beta/contoso.onmicrosoft.com/EXOBanner('AutogenSession')?Version=3.7.1");
    List<RecordedRequest> invokes = cmdlets.requests("Get-ComplianceSearch");
    assertThat(invokes).hasSize(2 * threads);
    assertThat(invokes)
        .allSatisfy(
            r ->
                assertThat(r.getUrl().toString())
                    .isEqualTo(
                        "http://nam12b.compliance.test/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand"));
    assertThat(c.regionalHost()).isEqualTo(URI.create("http://nam12b.compliance.test"));
  }

  @Test
  void asksForTheCloudsComplianceScope() {
    cmdlets.on("Get-ComplianceSearch", json("get-compliancesearch.json"));

    viaProxy().build().getSearch("x");

    assertThat(scopesAsked)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s).containsExactly(TEST_CLOUD.complianceScope()));
  }

  @Test
  void usesAConfiguredScopeInstead() {
    cmdlets.on("Get-ComplianceSearch", json("get-compliancesearch.json"));

    viaProxy().scope("https://outlook.office365.com/.default").build().getSearch("x");

    assertThat(scopesAsked)
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s).containsExactly("https://outlook.office365.com/.default"));
  }

  @Test
  void skipsDiscoveryWhenTheHostIsGiven() {
    cmdlets.on("Get-ComplianceSearch", json("get-compliancesearch.json"));
    ComplianceClient c =
        viaProxy().regionalHost(URI.create("http://eur02b.compliance.test/ignored/path")).build();

    c.getSearch("x");

    assertThat(banners()).isEmpty();
    assertThat(cmdlets.requests("Get-ComplianceSearch").get(0).getUrl().host())
        .isEqualTo("eur02b.compliance.test");
  }

  @Test
  void failsTheCallWithAClearErrorWhenDiscoveryGetsNoRedirect() {
    cmdlets.banner(new MockResponse.Builder().code(200).body("{}").build());

    assertThatThrownBy(() -> viaProxy().build().getSearch("x"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("did not redirect")
        .hasMessageContaining("regionalHost(");
    assertThat(cmdlets.requests("Get-ComplianceSearch")).isEmpty();
  }

  @Test
  void failsTheCallWithAClearErrorForAMalformedLocation() {
    cmdlets.banner(new MockResponse.Builder().code(302).addHeader("Location", "localhost").build());

    assertThatThrownBy(() -> viaProxy().build().listCases())
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("'localhost'")
        .hasMessageContaining("no regional prefix");
  }
}
