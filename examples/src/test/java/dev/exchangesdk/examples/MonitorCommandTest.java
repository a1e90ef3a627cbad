package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorCommandTest extends FakeTenantTest {

  @Test
  void printsAnIncidentPerNewMailWithAttachmentHashesAndIdempotencyKey() {
    ExampleRun run = run("monitor", "--mailbox", "phishing-reports@contoso.com");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).startsWith(ExampleRun.FAKE_NOTICE);
    assertThat(run.out())
        .contains("Watching phishing-reports@contoso.com Inbox")
        .contains("Subject:         Phish report: Invoice INV-20931 overdue - final notice")
        .contains("From:            Bob Smith <bob@contoso.com>")
        .containsPattern(
            "Invoice INV-20931 overdue - final notice\\.eml\\s+message/rfc822\\s+\\d+\\s+[0-9a-f]{64}")
        .containsPattern("Idempotency key: [A-Za-z0-9_-]{43}")
        .containsPattern("phishing-reports@contoso.com inbox\\s+COMPLETED\\s+1");
  }

  @Test
  void watchesTheSocInboxByDefaultAndPrintsJson() {
    ExampleRun run = run("monitor", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Map<String, Object> json = run.json();
    assertThat(ExampleRun.list(json, "incidents"))
        .extracting(i -> i.get("subject"))
        .containsExactly(
            "FW: Action required: your mailbox password expires today",
            "Scheduled maintenance Saturday 22:00-02:00",
            "Open enrollment closes Friday - confirm your selections");
    assertThat(ExampleRun.list(json, "polls"))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p)
                    .containsEntry("outcome", "COMPLETED")
                    .containsEntry("delivered", 3.0));
  }

  @Test
  void deliversNothingTwiceAcrossRunsWithACheckpointDirectory(@TempDir Path checkpoints) {
    ExampleRun first = run("monitor", "--checkpoint-dir", checkpoints.toString(), "--json");
    fake.mailbox("soc@contoso.com")
        .deliver(
            NewMessage.builder()
                .from("Contoso Alerts", "alerts@contoso.com")
                .to("soc@contoso.com")
                .subject("New alert 2001 - impossible travel")
                .text("Alert 2001 opened.")
                .build());
    ExampleRun second = run("monitor", "--checkpoint-dir", checkpoints.toString(), "--json");

    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(ExampleRun.list(first.json(), "incidents")).hasSize(3);
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(ExampleRun.list(second.json(), "incidents"))
        .extracting(i -> i.get("subject"))
        .containsExactly("New alert 2001 - impossible travel");
  }

  @Test
  void marksHandledMailAsReadWhenAsked() {
    ExampleRun run = run("monitor", "--mark-read");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<ItemInfo> inbox = fake.mailbox("soc@contoso.com").items("Inbox");
    assertThat(inbox).isNotEmpty().allSatisfy(i -> assertThat(i.read()).isTrue());
  }

  @Test
  void keepsPollingAsAServiceUntilTheTimeIsUp() {
    ExampleRun run = run("monitor", "--follow", "--for", "3s", "--poll-interval", "1s");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Polling every 1 s for 3 s; Ctrl-C stops.")
        .contains("Subject:         Open enrollment closes Friday - confirm your selections")
        .containsPattern(
            "soc@contoso.com inbox: [1-9]\\d* polls, 3 mails handled, backlog 0, last poll COMPLETED");
  }
}
