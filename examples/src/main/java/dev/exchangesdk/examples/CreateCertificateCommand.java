package dev.exchangesdk.examples;

import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.examples.support.Context;
import dev.exchangesdk.examples.support.ExampleCommand;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Passwords;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.UsageException;
import dev.exchangesdk.testkit.FakeExchange;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Create the certificate an Entra app signs in with: the PFX (key and certificate) as a file and as
 * Base64 text, the public {@code .cer} to upload, the thumbprint and {@code x5t#S256} - then check
 * that the PFX really signs token requests, and print the next steps.
 */
@Command(
    name = "create-certificate",
    description =
        "Create a self-signed certificate for the Entra app: .pfx, Base64 text, .cer; prints the"
            + " thumbprint, x5t#S256 and the next steps.")
final class CreateCertificateCommand extends ExampleCommand {
  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "exchange-sdk-app",
      description = "File name and CN (default exchange-sdk-app).")
  String name;

  @Option(
      names = "--days",
      paramLabel = "N",
      defaultValue = "365",
      description = "Days valid (default 365).")
  int days;

  @Option(
      names = "--key-size",
      paramLabel = "BITS",
      defaultValue = "2048",
      description = "RSA key size: 2048, 3072 or 4096.")
  int keySize;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Directory for the files (default: here).")
  Path directory;

  @Option(
      names = "--password",
      arity = "0..1",
      interactive = true,
      description =
          "The PFX password; give the flag alone to be prompted (env EXCHANGE_CERTIFICATE_PASSWORD)."
              + " Without one, a random password is written to <name>.password.txt.")
  char[] password;

  @Option(
      names = "--client-id",
      paramLabel = "APP_ID",
      description = "The app's id, for the next steps (env EXCHANGE_CLIENT_ID).")
  String clientId;

  @Option(names = "--force", description = "Overwrite existing files.")
  boolean force;

  @Override
  protected int run(Context context, Output out) throws Exception {
    out.notice(
        "No tenant needed: the certificate is made here and checked against an embedded"
            + " FakeExchange (Entra ID accepts it once you upload the .cer).");
    Path pfxFile = directory.resolve(name + ".pfx").normalize();
    Path base64File = directory.resolve(name + ".pfx.base64.txt").normalize();
    Path cerFile = directory.resolve(name + ".cer").normalize();
    Path passwordFile = directory.resolve(name + ".password.txt").normalize();
    for (Path p : List.of(pfxFile, base64File, cerFile, passwordFile)) {
      if (Files.exists(p) && !force) {
        throw new UsageException(p + " exists; use --force or another --name");
      }
    }
    String fromEnv = context.environment().get("EXCHANGE_CERTIFICATE_PASSWORD");
    char[] pfxPassword =
        password != null ? password : fromEnv != null ? fromEnv.toCharArray() : null;
    boolean generated = pfxPassword == null;
    if (generated) {
      pfxPassword = Passwords.random();
    }

    GeneratedCertificate certificate =
        SelfSignedCertificates.builder()
            .commonName(name)
            .friendlyName(name)
            .validityDays(days)
            .keySize(keySize)
            .create(pfxPassword);

    Files.createDirectories(directory);
    Passwords.writeOwnerOnly(pfxFile, certificate.pfx()); // key + certificate: secret
    Passwords.writeOwnerOnly( // the same PFX as one line of text
        base64File, certificate.pfxBase64().getBytes(StandardCharsets.US_ASCII));
    Files.writeString(cerFile, certificate.certificatePem()); // public: upload it to the app
    if (generated) {
      Passwords.writeOwnerOnly(passwordFile, pfxPassword);
    }

    out.field("subject", certificate.subject());
    out.field("thumbprint", certificate.thumbprint());
    out.field("x5tS256", certificate.x5tS256());
    out.field("validFrom", certificate.notBefore());
    out.field("validUntil", certificate.notAfter());
    out.table(
        "files",
        List.of(
            new Row()
                .with("file", cerFile.toString())
                .with("contains", "public certificate (PEM): upload to the Entra app"),
            new Row()
                .with("file", pfxFile.toString())
                .with("contains", "private key + certificate (PKCS#12): secret"),
            new Row()
                .with("file", base64File.toString())
                .with("contains", "the PFX as Base64 text, for settings and secret stores"),
            new Row()
                .with("file", generated ? passwordFile.toString() : "(your password)")
                .with("contains", "the PFX password: secret, never printed")));

    // Prove the PFX signs token requests: register it with a FakeExchange app and get a token.
    FakeExchange fake = context.fakes().open();
    try {
      String appId = UUID.randomUUID().toString();
      fake.registerApplication(appId, certificate.certificate());
      CertificateCredential credential =
          CertificateCredential.builder()
              .tenant(fake.tenant())
              .clientId(appId)
              .pfx(pfxFile, pfxPassword)
              .environment(fake.environment())
              .httpOptions(fake.httpOptions())
              .build();
      credential.getToken(fake.environment().exchangeScopes());
      out.field("checked", "the PFX loads and signs a token request (FakeExchange issued a token)");
    } finally {
      context.fakes().release(fake);
      Arrays.fill(pfxPassword, '\0');
    }

    String app =
        clientId != null
            ? clientId
            : context.environment().getOrDefault("EXCHANGE_CLIENT_ID", "<app id>");
    out.heading("Next steps");
    out.steps(
        "nextSteps",
        List.of(
            "Entra admin center > App registrations > your app > Certificates & secrets >"
                + " Upload certificate: "
                + cerFile
                + " (the portal then shows thumbprint "
                + certificate.thumbprint()
                + ")",
            "API permissions > Office 365 Exchange Online > Application permissions: full_access_as_app"
                + " (EWS) and Exchange.ManageAsApp (admin, compliance); Grant admin consent; assign the"
                + " app the Exchange Administrator (and Compliance Administrator) role",
            "EWS: Set-OrganizationConfig -EwsAllowedAppIDs @{Add=\""
                + app
                + "\"} (docs/AUTHENTICATION.md)",
            "export EXCHANGE_TENANT=contoso.onmicrosoft.com EXCHANGE_CLIENT_ID="
                + app
                + " EXCHANGE_CERTIFICATE_PFX="
                + pfxFile.toAbsolutePath().normalize()
                + " EXCHANGE_CERTIFICATE_PASSWORD=..."
                + (generated ? " (from " + passwordFile + ")" : ""),
            "java -jar examples/target/exchange-sdk-examples.jar check --mailbox you@contoso.com"));
    return 0;
  }
}
