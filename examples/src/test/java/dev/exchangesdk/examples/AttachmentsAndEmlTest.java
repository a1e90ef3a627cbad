package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.AllowBlockEntryInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachmentsAndEmlTest extends FakeTenantTest {

  @Test
  void downloadsEachAttachmentToAFileWithItsSha256(@TempDir Path dir) throws Exception {
    ExampleRun run = run("attachments", "--out", dir.toString(), "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<Map<String, Object>> files = ExampleRun.list(run.json(), "attachments");
    assertThat(files)
        .extracting(f -> (String) f.get("file"))
        .containsExactly("Invoice_INV-20931.pdf", "Payment_Portal.html");
    for (Map<String, Object> f : files) {
      byte[] content = Files.readAllBytes(dir.resolve((String) f.get("file")));
      assertThat(f.get("sha256")).isEqualTo(sha256(content));
      assertThat(((Number) f.get("size")).longValue()).isEqualTo(content.length);
    }
    // The demo tenant blocks the credential-harvesting page by hash: the download matches it.
    assertThat(fake.allowBlockList())
        .extracting(AllowBlockEntryInfo::value)
        .contains((String) files.get(1).get("sha256"));
  }

  @Test
  void exportsAnAttachedMailAsEml(@TempDir Path dir) throws Exception {
    ExampleRun run =
        run(
            "attachments",
            "--mailbox",
            "phishing-reports@contoso.com",
            "--message-id",
            messageIdOfTheReport(),
            "--out",
            dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path eml = dir.resolve("Invoice INV-20931 overdue - final notice.eml");
    assertThat(run.out()).containsPattern("attached mail\\s+message/rfc822");
    assertThat(Files.readString(eml, StandardCharsets.ISO_8859_1))
        .contains("Message-ID: <INV20931.2024.0312@fabrikam-billing.example>");
  }

  @Test
  void exportsAMailAsEmlWithItsSha256(@TempDir Path dir) throws Exception {
    ExampleRun run = run("export-eml", "--out", dir.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Path eml = dir.resolve("Action required_ your mailbox password expires today.eml");
    byte[] bytes = Files.readAllBytes(eml);
    assertThat(run.out())
        .contains("Directory: " + dir.toAbsolutePath())
        .containsPattern(
            "Action required_ your mailbox password expires today\\.eml\\s+"
                + bytes.length
                + "\\s+"
                + sha256(bytes));
    assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
        .contains("Message-ID: <20240312.password-expiry.8841@micros0ft-support.example>\r\n")
        .contains("Subject: Action required: your mailbox password expires today");
  }

  @Test
  void saysSoWhenNoMailHasTheMessageId(@TempDir Path dir) {
    ExampleRun run =
        run("export-eml", "--message-id", "<nothing@example>", "--out", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("No mail with Message-ID <nothing@example> in alice@contoso.com");
  }

  private String messageIdOfTheReport() {
    return fake.mailbox("phishing-reports@contoso.com").items("Inbox").get(0).internetMessageId();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
