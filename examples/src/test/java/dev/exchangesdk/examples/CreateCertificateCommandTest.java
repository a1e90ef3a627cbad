package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.CertificateCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateCertificateCommandTest extends FakeTenantTest {

  @Test
  void writesPfxBase64AndCerAndAPasswordFileThatIsNeverPrinted(@TempDir Path dir) throws Exception {
    ExampleRun run =
        run("create-certificate", "--name", "soc-app", "--out", dir.toString(), "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.errLines().get(0))
        .startsWith(
            "No tenant needed: the certificate is made here and checked against an embedded FakeExchange");
    char[] password = Files.readString(dir.resolve("soc-app.password.txt")).strip().toCharArray();
    assertThat(run.out() + run.err()).doesNotContain(new String(password));
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("soc-app.password.txt"))))
        .isEqualTo("rw-------");

    KeyStore pfx = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(dir.resolve("soc-app.pfx"))) {
      pfx.load(in, password);
    }
    X509Certificate cert = (X509Certificate) pfx.getCertificate(pfx.aliases().nextElement());
    Map<String, Object> json = run.json();
    assertThat(json.get("thumbprint"))
        .isEqualTo(
            HexFormat.of()
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-1").digest(cert.getEncoded())));
    assertThat(json.get("x5tS256"))
        .isEqualTo(
            Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded())));
    assertThat(json.get("subject")).asString().contains("CN=soc-app");
    assertThat(json).containsKey("checked");
    assertThat(Files.readString(dir.resolve("soc-app.cer")))
        .startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(
            Base64.getMimeDecoder().decode(Files.readString(dir.resolve("soc-app.pfx.base64.txt"))))
        .isEqualTo(Files.readAllBytes(dir.resolve("soc-app.pfx")));
    assertThat((java.util.List<?>) json.get("nextSteps")).hasSize(5);
    // The Base64 form loads as the SDK's credential, as a security tool's settings would hold it.
    assertThat(
            CertificateCredential.builder()
                .tenant("contoso.onmicrosoft.com")
                .clientId("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b")
                .pfxBase64(Files.readString(dir.resolve("soc-app.pfx.base64.txt")), password)
                .build()
                .thumbprint())
        .isEqualTo(json.get("thumbprint"));
  }

  @Test
  void usesThePasswordFromTheEnvironmentAndPrintsNextSteps(@TempDir Path dir) throws Exception {
    ExampleRun run =
        ExampleRun.run(
            fake,
            Map.of(
                "EXCHANGE_CERTIFICATE_PASSWORD",
                "Correct-Horse-42",
                "EXCHANGE_CLIENT_ID",
                "11111111-2222-3333-4444-555555555555"),
            "create-certificate",
            "--out",
            dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(dir.resolve("exchange-sdk-app.password.txt")).doesNotExist();
    assertThat(run.out())
        .doesNotContain("Correct-Horse-42")
        .contains("Checked: the PFX loads and signs a token request")
        .contains("Upload certificate: " + dir.resolve("exchange-sdk-app.cer"))
        .contains("-EwsAllowedAppIDs @{Add=\"11111111-2222-3333-4444-555555555555\"}");
    KeyStore.getInstance("PKCS12")
        .load(
            Files.newInputStream(dir.resolve("exchange-sdk-app.pfx")),
            "Correct-Horse-42".toCharArray());
  }

  @Test
  void refusesToOverwriteExistingFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("exchange-sdk-app.pfx"), "keep me");

    ExampleRun run = run("create-certificate", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("exchange-sdk-app.pfx exists; use --force or another --name");
    assertThat(Files.readString(dir.resolve("exchange-sdk-app.pfx"))).isEqualTo("keep me");
  }
}
