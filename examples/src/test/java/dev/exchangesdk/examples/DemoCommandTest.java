package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.ItemInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCommandTest extends FakeTenantTest {
  private static final String PHISH = "<20240312.password-expiry.8841@micros0ft-support.example>";

  @Test
  void turnsMailIntoIncidentsThenFindsAndSoftDeletesTheReportedPhishEverywhere() {
    ExampleRun run = run("demo");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).startsWith(ExampleRun.FAKE_NOTICE);
    assertThat(run.out())
        .contains("1. Mailbox monitor")
        .contains("FW: Action required: your mailbox password expires today")
        .contains("Open enrollment closes Friday - confirm your selections")
        .contains("Phish report: Invoice INV-20931 overdue - final notice")
        .contains("Alice Johnson <alice@contoso.com>")
        .contains("Idempotency key:")
        .containsPattern(
            "Action required: your mailbox password expires today\\.eml\\s+message/rfc822\\s+\\d+\\s+[0-9a-f]{64}")
        .contains("Message-ID: " + PHISH)
        .containsPattern("alice@contoso.com\\s+1\\s+Inbox")
        .containsPattern("alice@contoso.com\\s+SOFT_DELETED")
        .containsPattern("alice@contoso.com\\s+0")
        .contains("In recoverable items");
    assertThat(fake.mailbox("alice@contoso.com").items("Inbox"))
        .extracting(ItemInfo::internetMessageId)
        .doesNotContain(PHISH);
    assertThat(fake.mailbox("alice@contoso.com").findByMessageId(PHISH))
        .extracting(ItemInfo::folderPath)
        .containsExactly("/Recoverable Items/Deletions");
  }

  @Test
  void runsWhenNoCommandIsGiven() {
    ExampleRun run = run();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).startsWith(ExampleRun.FAKE_NOTICE);
    assertThat(run.out()).contains("5. After the clean-up");
  }

  @Test
  void printsOneJsonDocumentWithIncidentsLocationsAndCleanUp() {
    ExampleRun run = run("--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.errLines().get(0)).startsWith(ExampleRun.FAKE_NOTICE);
    Map<String, Object> json = run.json();
    assertThat(json).containsEntry("target", "FakeExchange").containsEntry("messageId", PHISH);
    List<Map<String, Object>> incidents = ExampleRun.list(json, "incidents");
    assertThat(incidents).hasSize(4);
    assertThat(incidents)
        .allSatisfy(i -> assertThat((String) i.get("idempotencyKey")).isNotBlank());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> attachments =
        (List<Map<String, Object>>) incidents.get(0).get("attachments");
    assertThat((String) attachments.get(0).get("sha256")).matches("[0-9a-f]{64}");
    assertThat(ExampleRun.list(json, "locations"))
        .filteredOn(l -> ((Number) l.get("copies")).intValue() > 0)
        .extracting(l -> l.get("mailbox"))
        .containsExactly("alice@contoso.com");
    assertThat(ExampleRun.list(json, "cleanup"))
        .extracting(c -> c.get("action"))
        .containsExactly("SOFT_DELETED");
    assertThat(ExampleRun.list(json, "recoverable"))
        .containsExactly(Map.of("mailbox", "alice@contoso.com", "inRecoverableItems", 1.0));
    assertThat(ExampleRun.list(json, "after"))
        .allSatisfy(l -> assertThat(((Number) l.get("copies")).intValue()).isZero());
  }

  @Test
  void dryRunShowsWhereThePhishIsAndChangesNothing() {
    ExampleRun run = run("demo", "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("alice@contoso.com\\s+1\\s+Inbox")
        .contains("--dry-run: nothing changed.");
    assertThat(run.out()).doesNotContain("4. Clean-up");
    assertThat(fake.mailbox("alice@contoso.com").items("Inbox"))
        .extracting(ItemInfo::internetMessageId)
        .contains(PHISH);
  }

  @Test
  void movesThePhishInsteadWhenAFolderIsGiven() {
    ExampleRun run = run("demo", "--move-to", "Junk Email");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("alice@contoso.com\\s+MOVED")
        .containsPattern("alice@contoso.com\\s+1\\s+Junk Email");
    assertThat(fake.mailbox("alice@contoso.com").findByMessageId(PHISH))
        .extracting(ItemInfo::folderPath)
        .containsExactly("Junk Email");
  }
}
