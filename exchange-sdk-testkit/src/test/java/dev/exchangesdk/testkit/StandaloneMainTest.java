package dev.exchangesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.testkit.internal.StandaloneMain;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The standalone launcher, run as a separate process the way users and scripts run the jar. */
class StandaloneMainTest {

  @Test
  void runsAsAProcessPrintsItsEndpointsAndServesThem() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                StandaloneMain.class.getName(),
                "--seed",
                "demo",
                "--accept-token",
                "script-token")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      Map<String, String> keys = readUntilReady(process);
      assertThat(keys)
          .containsKeys(
              "EWS_URL",
              "ADMIN_URL",
              "COMPLIANCE_URL",
              "TOKEN_URL",
              "TENANT",
              "MAILBOXES",
              "CA_CERT_PEM_FILE");
      assertThat(keys).doesNotContainKey("ACCEPTED_TOKEN"); // the caller chose the token
      assertThat(keys.get("MAILBOXES").split(","))
          .contains("soc@contoso.com", "alice@contoso.com", "phishing-reports@contoso.com");
      assertThat(keys.get("TENANT")).isEqualTo("contoso.onmicrosoft.com");

      OkHttpClient client = trusting(Path.of(keys.get("CA_CERT_PEM_FILE")));
      String envelope =
          Http.envelope(
              "soc@contoso.com",
              "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape><m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>");
      try (Response r =
          client
              .newCall(
                  new Request.Builder()
                      .url(keys.get("EWS_URL"))
                      .header("Authorization", "Bearer script-token")
                      .post(RequestBody.create(envelope, MediaType.get("text/xml; charset=utf-8")))
                      .build())
              .execute()) {
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.body().string()).contains("<t:ItemId ");
      }
    } finally {
      process.destroy();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("the process stops when asked").isTrue();
    }
  }

  private static Map<String, String> readUntilReady(Process process) throws Exception {
    Map<String, String> keys = new LinkedHashMap<>();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    String line;
    while ((line = out.readLine()) != null && Instant.now().isBefore(deadline)) {
      int eq = line.indexOf('=');
      assertThat(eq).as("KEY=value line: " + line).isPositive();
      keys.put(line.substring(0, eq), line.substring(eq + 1));
      if (line.equals("READY=true")) {
        return keys;
      }
    }
    throw new AssertionError("The standalone FakeExchange never printed READY=true; got " + keys);
  }

  private static OkHttpClient trusting(Path pem) throws Exception {
    X509Certificate ca;
    try (var in = Files.newInputStream(pem)) {
      ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("ca", ca);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    X509TrustManager tm = (X509TrustManager) tmf.getTrustManagers()[0];
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, new javax.net.ssl.TrustManager[] {tm}, null);
    return new OkHttpClient.Builder().sslSocketFactory(ssl.getSocketFactory(), tm).build();
  }

  @Test
  void rejectsBadArgumentsWithAClearMessage() {
    assertThatThrownBy(() -> parse("--port", "99999"))
        .hasMessageContaining("--port must be a port number");
    assertThatThrownBy(() -> parse("--seed", "full"))
        .hasMessageContaining("--seed must be demo or empty");
    assertThatThrownBy(() -> parse("--accept-token"))
        .hasMessageContaining("--accept-token needs a value");
    assertThatThrownBy(() -> parse("--bogus")).hasMessageContaining("Unknown option --bogus");
  }

  @Test
  void printsTheGeneratedTokenWhenNoneWasGiven() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (FakeExchange fake = FakeExchange.start()) {
      invokePrint(new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8), fake);
      String out = bytes.toString(StandardCharsets.UTF_8);
      assertThat(out)
          .contains("ACCEPTED_TOKEN=" + fake.acceptedToken() + "\n")
          .contains("EWS_URL=" + fake.ewsUrl() + "\n")
          .endsWith("READY=true\n");
      assertThat(out).doesNotContain("CA_CERT_PEM_FILE=null");
    }
  }

  private static void invokePrint(java.io.PrintStream out, FakeExchange fake) {
    StandaloneMain.print(
        out, fake, StandaloneMain.parse(new String[0]), Path.of(File.separator, "tmp", "ca.pem"));
  }

  private static void parse(String... args) {
    StandaloneMain.parse(args);
  }
}
