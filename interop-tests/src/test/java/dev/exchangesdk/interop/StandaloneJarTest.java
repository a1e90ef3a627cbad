package dev.exchangesdk.interop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.StaticTokenCredential;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded standalone jar the build just made, exactly as users and scripts run it ({@code
 * java -jar ...-standalone.jar --port N --seed demo --accept-token T}), and drives the SDK's own
 * clients against it: the jar's Main-Class, its shading and its printed endpoints are what this
 * checks, which the testkit's own tests (run from the class path, before packaging) cannot.
 */
class StandaloneJarTest {
  private static final String TOKEN = "standalone-jar-token";

  @Test
  void theStandaloneJarServesTheSdkClientsOnTheChosenPort() throws Exception {
    Path jar = standaloneJar();
    int port = freePort();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-jar",
                jar.toString(),
                "--port",
                String.valueOf(port),
                "--seed",
                "demo",
                "--accept-token",
                TOKEN)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      Map<String, String> keys = readUntilReady(process);
      URI ews = URI.create(keys.get("EWS_URL"));
      assertThat(ews.getPort()).isEqualTo(port);
      HttpOptions http = trusting(Path.of(keys.get("CA_CERT_PEM_FILE")));
      URI origin = URI.create(ews.getScheme() + "://" + ews.getAuthority());
      URI compliance = URI.create(keys.get("COMPLIANCE_URL"));
      ExchangeEnvironment environment =
          ExchangeEnvironment.WORLDWIDE.toBuilder() // its scopes; the token is fixed anyway
              .name("standalone FakeExchange")
              .authorityHost(origin)
              .exchangeHost(origin)
              .complianceHost(
                  URI.create(compliance.getScheme() + "://" + compliance.getAuthority()))
              .build();
      StaticTokenCredential credential = new StaticTokenCredential(TOKEN);

      EwsClient client =
          EwsClient.builder()
              .environment(environment)
              .httpOptions(http)
              .credential(credential)
              .build();
      List<MailItem> inbox =
          client
              .mailbox("alice@contoso.com")
              .findItems(FolderRef.wellKnown("inbox"), ItemQuery.builder().build())
              .stream()
              .toList();
      assertThat(inbox).isNotEmpty();

      ExchangeAdminClient admin =
          ExchangeAdminClient.builder()
              .tenant(keys.get("TENANT"))
              .environment(environment)
              .httpOptions(http)
              .credential(credential)
              .build();
      assertThat(
              admin.mailboxes().list(DirectoryQuery.all()).stream()
                  .map(m -> m.primarySmtpAddress()))
          .containsAll(List.of(keys.get("MAILBOXES").split(",")));
    } finally {
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the jar stops on SIGTERM").isTrue();
    }
  }

  private static Path standaloneJar() throws Exception {
    Path target = Path.of("").toAbsolutePath().getParent().resolve("exchange-sdk-testkit/target");
    try (Stream<Path> files = Files.list(target)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith("-standalone.jar"))
          .findFirst()
          .orElseThrow(
              () ->
                  new AssertionError(
                      "No standalone jar in "
                          + target
                          + ": run the build from the root (mvn verify packages the testkit first)"));
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Map<String, String> readUntilReady(Process process) throws Exception {
    Map<String, String> keys = new LinkedHashMap<>();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      int eq = line.indexOf('=');
      assertThat(eq).as("KEY=value line: " + line).isPositive();
      keys.put(line.substring(0, eq), line.substring(eq + 1));
      if (line.equals("READY=true")) {
        return keys;
      }
    }
    throw new AssertionError("The standalone jar ended before READY=true; printed " + keys);
  }

  private static HttpOptions trusting(Path pem) throws Exception {
    X509Certificate ca;
    try (var in = Files.newInputStream(pem)) {
      ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("fake-exchange-ca", ca);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    X509TrustManager trust = (X509TrustManager) tmf.getTrustManagers()[0];
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, new javax.net.ssl.TrustManager[] {trust}, null);
    return HttpOptions.builder().tls(ssl.getSocketFactory(), trust).build();
  }
}
