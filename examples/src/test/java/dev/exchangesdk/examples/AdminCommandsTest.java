package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.AllowBlockEntryInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdminCommandsTest extends FakeTenantTest {

  @Test
  void showsAMailboxJunkRule() {
    ExampleRun run = run("junk");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Mailbox: alice@contoso.com")
        .containsPattern(
            "blocked senders and domains\\s+spam-offers.example, lottery-winner@prizes.example")
        .containsPattern("trusted senders and domains\\s+fabrikam.com, contoso-news.example");
  }

  @Test
  void blocksAndUnblocksSendersInTheJunkRule() {
    ExampleRun run =
        run(
            "junk",
            "--block",
            "micros0ft-support.example",
            "--unblock",
            "spam-offers.example",
            "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(fake.mailbox("alice@contoso.com").blockedSenders())
        .contains("micros0ft-support.example")
        .doesNotContain("spam-offers.example");
    assertThat(ExampleRun.list(run.json(), "lists").get(0).get("entries"))
        .isEqualTo(List.of("lottery-winner@prizes.example", "micros0ft-support.example"));
  }

  @Test
  void listsTheTenantAllowBlockList() {
    ExampleRun run = run("allow-block");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .containsPattern("SENDER\\s+Block\\s+micros0ft-support.example")
        .containsPattern("SENDER\\s+Allow\\s+newsletter@fabrikam.com")
        .containsPattern("URL\\s+Block\\s+login-microsoftonline.example/\\*")
        .containsPattern("FILE_HASH\\s+Block\\s+[0-9a-f]{64}");
  }

  @Test
  void blocksASenderForAPeriodWithNotesThenRemovesIt() {
    ExampleRun block =
        run("allow-block", "block", "evil.example", "--expires-in", "7d", "--notes", "IR-42");

    assertThat(block.exitCode()).as(block.toString()).isZero();
    assertThat(block.out()).containsPattern("SENDER\\s+Block\\s+evil.example");
    assertThat(fake.allowBlockList())
        .filteredOn(e -> e.value().equals("evil.example"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.notes()).isEqualTo("IR-42");
              assertThat(e.expirationDate()).isAfter(fake.now().plusSeconds(6 * 86400));
            });

    ExampleRun remove = run("allow-block", "remove", "evil.example");

    assertThat(remove.exitCode()).as(remove.toString()).isZero();
    assertThat(fake.allowBlockList())
        .extracting(AllowBlockEntryInfo::value)
        .doesNotContain("evil.example");
  }

  @Test
  void refusesToBlockWithoutAValue() {
    ExampleRun run = run("allow-block", "block");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: block needs at least one VALUE");
  }

  @Test
  void tracesTheMessagesOfASender() {
    ExampleRun run = run("trace", "--sender", "no-reply@micros0ft-support.example", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<Map<String, Object>> messages = ExampleRun.list(run.json(), "messages");
    assertThat(messages)
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .containsEntry("recipient", "alice@contoso.com")
                    .containsEntry(
                        "subject", "Action required: your mailbox password expires today")
                    .containsEntry("status", "Delivered"));
  }

  @Test
  void showsTraceEventsWithDetails() {
    ExampleRun run =
        run("trace", "--recipient", "bob@contoso.com", "--status", "Quarantined", "--details");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Subject:   Shipment notification - delivery failed")
        .contains("Status:    Quarantined")
        .containsPattern("Date\\s+Event\\s+Detail");
  }
}
