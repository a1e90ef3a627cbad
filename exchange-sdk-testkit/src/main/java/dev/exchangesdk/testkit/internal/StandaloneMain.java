package dev.exchangesdk.testkit.internal;

import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;
import dev.exchangesdk.testkit.model.MailboxInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar exchange-sdk-testkit-<version>-standalone.jar [options]}: runs FakeExchange as a
 * process for clients outside the JVM, prints its endpoints as {@code KEY=value} lines on stdout
 * (ending with {@code READY=true}), and serves until killed.
 *
 * <p>Not thread-safe; one per process.
 */
public final class StandaloneMain {
  private static final String USAGE =
      "Usage: java -jar exchange-sdk-testkit-<version>-standalone.jar [options]\n"
          + "  --port N              main port (token endpoint, EWS, admin); default 0 = any free port\n"
          + "  --compliance-port N   Security & Compliance port; default port+1, or any free port\n"
          + "  --seed demo|empty     tenant content; default empty\n"
          + "  --accept-token VALUE  accept this fixed bearer token (repeatable); default: a generated one, printed\n"
          + "  --tenant DOMAIN       the tenant's initial domain; default contoso.onmicrosoft.com\n"
          + "  --http                plain HTTP instead of HTTPS\n"
          + "  --help                this text\n";

  private StandaloneMain() {}

  /** The parsed command line. */
  public record Options(
      int port, int compliancePort, Seed seed, List<String> tokens, String tenant, boolean http) {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (options == null) {
      System.out.print(USAGE);
      return;
    }
    CountDownLatch stop = new CountDownLatch(1);
    FakeExchange fake = start(options);
    Path caFile = null;
    if (!options.http()) {
      caFile = Files.createTempFile("fake-exchange-ca-", ".pem");
      Files.writeString(caFile, fake.caCertificatePem(), StandardCharsets.US_ASCII);
      caFile.toFile().deleteOnExit();
    }
    Path ca = caFile;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  fake.close();
                  if (ca != null) {
                    try {
                      Files.deleteIfExists(ca);
                    } catch (IOException ignored) {
                      // best effort: deleteOnExit is registered too
                    }
                  }
                  stop.countDown();
                },
                "fake-exchange-shutdown"));
    print(System.out, fake, options, caFile);
    stop.await();
  }

  public static FakeExchange start(Options o) {
    FakeExchange.Builder b = FakeExchange.builder().port(o.port()).seed(o.seed()).tls(!o.http());
    if (o.compliancePort() >= 0) {
      b.compliancePort(o.compliancePort());
    } else if (o.port() > 0 && o.port() < 65535) {
      b.compliancePort(o.port() + 1);
    }
    if (o.tenant() != null) {
      b.tenant(o.tenant(), null);
    }
    o.tokens().forEach(b::acceptToken);
    return b.start();
  }

  /** Writes the {@code KEY=value} lines a launcher parses. */
  public static void print(PrintStream out, FakeExchange fake, Options o, Path caFile) {
    StringBuilder sb = new StringBuilder();
    line(sb, "EWS_URL", fake.ewsUrl());
    line(sb, "ADMIN_URL", fake.adminUrl());
    line(sb, "COMPLIANCE_URL", fake.complianceUrl());
    line(sb, "COMPLIANCE_DISCOVERY_URL", fake.complianceDiscoveryUrl());
    line(sb, "TOKEN_URL", fake.tokenUrl());
    line(sb, "AUTHORITY", fake.authority());
    line(sb, "TENANT", fake.tenant());
    line(sb, "TENANT_ID", fake.tenantId());
    line(sb, "EXCHANGE_SCOPE", FakeExchange.EXCHANGE_SCOPE);
    line(sb, "COMPLIANCE_SCOPE", FakeExchange.COMPLIANCE_SCOPE);
    List<String> mailboxes = new ArrayList<>();
    for (MailboxInfo m : fake.mailboxes()) {
      mailboxes.add(m.address());
    }
    line(sb, "MAILBOXES", String.join(",", mailboxes));
    if (o.tokens().isEmpty()) {
      // A test server's generated token: printed so that out-of-process clients can use it.
      line(sb, "ACCEPTED_TOKEN", fake.acceptedToken());
    }
    if (caFile != null) {
      line(sb, "CA_CERT_PEM_FILE", caFile.toAbsolutePath());
    }
    line(sb, "READY", "true");
    out.print(sb);
    out.flush();
  }

  private static void line(StringBuilder sb, String key, Object value) {
    sb.append(key).append('=').append(value).append('\n');
  }

  /** Parses arguments; returns null for {@code --help}. */
  public static Options parse(String[] args) {
    int port = 0;
    int compliancePort = -1;
    Seed seed = Seed.EMPTY;
    List<String> tokens = new ArrayList<>();
    String tenant = null;
    boolean http = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--help", "-h" -> {
          return null;
        }
        case "--port" -> port = portValue(a, value(args, ++i, a));
        case "--compliance-port" -> compliancePort = portValue(a, value(args, ++i, a));
        case "--seed" -> {
          String v = value(args, ++i, a).toLowerCase(Locale.ROOT);
          seed =
              switch (v) {
                case "demo" -> Seed.DEMO;
                case "empty", "none" -> Seed.EMPTY;
                default ->
                    throw new IllegalArgumentException("--seed must be demo or empty, not " + v);
              };
        }
        case "--accept-token" -> tokens.add(value(args, ++i, a));
        case "--tenant" -> tenant = value(args, ++i, a);
        case "--http" -> http = true;
        default -> throw new IllegalArgumentException("Unknown option " + a);
      }
    }
    return new Options(port, compliancePort, seed, tokens, tenant, http);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int portValue(String option, String v) {
    try {
      int p = Integer.parseInt(v);
      if (p < 0 || p > 65535) {
        throw new NumberFormatException();
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a port number 0..65535, not " + v);
    }
  }
}
