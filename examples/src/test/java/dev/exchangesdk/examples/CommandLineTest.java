package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.testkit.TokenFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest extends FakeTenantTest {

  @Test
  void listsEveryCommandInHelp() {
    ExampleRun run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("demo", "monitor", "search", "attachments", "export-eml", "clean-up", "send")
        .contains("reply", "junk", "allow-block", "trace", "purge", "create-certificate", "check")
        .contains("EXCHANGE_CERTIFICATE_PFX_BASE64");
  }

  @Test
  void everyCommandHasHelpWithItsOptions() {
    for (String command :
        java.util.stream.Stream.concat(
                ExampleRun.TENANT_COMMANDS.stream(),
                java.util.stream.Stream.of("create-certificate"))
            .toList()) {
      ExampleRun run = run(command, "--help");

      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out())
          .as(command)
          .startsWith("Usage: java -jar exchange-sdk-examples.jar " + command)
          .contains("--json", "--verbose");
    }
    assertThat(run("purge", "--help").out()).contains("--confirm", "--tenant", "--pfx-base64");
  }

  @Test
  void checksEveryServiceStepByStep() {
    ExampleRun run = run("check", "--folder", "Inbox/Phishing");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("EWS\\s+TOKEN\\s+PASSED")
        .containsPattern("EWS\\s+EWS_ENABLED\\s+PASSED")
        .containsPattern("EWS\\s+FOLDER\\s+PASSED")
        .containsPattern("Admin API\\s+CMDLET\\s+PASSED")
        .containsPattern("Compliance\\s+CMDLET\\s+PASSED");
  }

  @Test
  void reportsEwsDisabledAsAFailedStepWithAHint() {
    fake.faults().ewsDisabled(true);

    ExampleRun run = run("check");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("EWS\\s+EWS_ENABLED\\s+FAILED");
  }

  @Test
  void failsWithOneLineNamingTheExceptionAndRequestId() {
    fake.faults().ewsDisabled(true);

    ExampleRun run = run("export-eml");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("error: EwsDisabledException: ")
        .containsPattern("\\[status 403, .*request id [0-9a-f-]+\\]");
  }

  @Test
  void failsWithOneLineWhenTheTokenIsRefused() {
    fake.faults().failTokenRequests(1, TokenFailure.INVALID_CLIENT);

    ExampleRun run = run("junk");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("error: AuthenticationException: ").contains("request id ");
  }

  @Test
  void rejectsAnUnknownOptionWithTheCommandsHelpHint() {
    ExampleRun run = run("search", "--bogus");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: Unknown option: '--bogus'")
        .contains("See: java -jar exchange-sdk-examples.jar search --help");
  }

  @Test
  void rejectsAnUnknownCommand() {
    ExampleRun run = run("frobnicate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: Unmatched argument at index 0: 'frobnicate'");
  }

  @Test
  void namesWhatIsMissingFromAPartialTenantConfiguration() {
    ExampleRun run =
        ExampleRun.run(fake, Map.of("EXCHANGE_TENANT", "contoso.onmicrosoft.com"), "search");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: Exchange Online needs a tenant, an app id and a certificate; missing:")
        .contains("--client-id (EXCHANGE_CLIENT_ID)")
        .contains("--pfx or --pfx-base64");
    assertThat(run.out()).doesNotContain(ExampleRun.FAKE_NOTICE);
  }

  @Test
  void reportsAnUnreadableCertificateWithItsReasonAndNoPassword() {
    ExampleRun run =
        run(
            "search",
            "--tenant",
            "contoso.onmicrosoft.com",
            "--client-id",
            "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b",
            "--pfx-base64",
            "bm90IGEgcGZ4",
            "--password=Hunter2-secret");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("error: CertificateLoadException: ")
        .contains("reason NOT_PKCS12");
    assertThat(run.out() + run.err()).doesNotContain("Hunter2-secret");
  }

  @Test
  void rejectsAnUnknownCloud() {
    ExampleRun run = run("search", "--cloud", "mars");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--cloud").contains("mars");
  }

  @Test
  void requiresTheOptionsTheDemoTenantFillsInWhenATenantIsConfigured() {
    char[] password = "Correct-Horse-42".toCharArray();
    String pfx = SelfSignedCertificates.builder().commonName("test").create(password).pfxBase64();
    ExampleRun run =
        ExampleRun.run(
            fake,
            Map.of(
                "EXCHANGE_TENANT", "contoso.onmicrosoft.com",
                "EXCHANGE_CLIENT_ID", "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b",
                "EXCHANGE_CERTIFICATE_PFX_BASE64", pfx,
                "EXCHANGE_CERTIFICATE_PASSWORD", "Correct-Horse-42"),
            "reply");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.outLines().get(0))
        .startsWith("Exchange Online: tenant contoso.onmicrosoft.com (Worldwide), app 6f1c2a9e");
    assertThat(run.err())
        .isEqualTo("error: --mailbox is required with a tenant" + System.lineSeparator());
  }
}
