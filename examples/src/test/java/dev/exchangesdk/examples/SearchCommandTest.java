package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchCommandTest extends FakeTenantTest {

  @Test
  void searchesEveryMailboxWithTheDemoQueryAndShowsFolders() {
    ExampleRun run = run("search");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).startsWith(ExampleRun.FAKE_NOTICE);
    assertThat(run.out())
        .contains("searched 6 of 6 mailboxes")
        .containsPattern(
            "alice@contoso.com\\s+Inbox\\s+\\S+\\s+no-reply@micros0ft-support.example\\s+Action required: your mailbox password expires today")
        .containsPattern(
            "soc@contoso.com\\s+Inbox\\s+\\S+\\s+alice@contoso.com\\s+FW: Action required")
        .containsPattern("soc@contoso.com\\s+Sent Items");
  }

  @Test
  void findsAMessageIdOnlyWhereItIs() {
    ExampleRun run = run("search", "--message-id", "<enroll-2024@contoso-hr.example>", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Map<String, Object> json = run.json();
    assertThat(ExampleRun.list(json, "hits"))
        .extracting(h -> h.get("mailbox") + " " + h.get("folder"))
        .containsExactlyInAnyOrder("soc@contoso.com Inbox", "alice@contoso.com Inbox");
  }

  @Test
  void searchesOnlyTheMailboxesGiven() {
    ExampleRun run = run("search", "--mailbox", "bob@contoso.com", "--query", "subject:invoice");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("searched 1 of 1 mailboxes: 2 hits")
        .containsPattern("bob@contoso.com\\s+Inbox\\s+\\S+\\s+accounts@fabrikam-billing.example")
        .containsPattern("bob@contoso.com\\s+Sent Items\\s+\\S+\\s+bob@contoso.com\\s+Phish report")
        .doesNotContain("alice@contoso.com");
  }

  @Test
  void combinesAQueryWithSinceByFilteringTheHitsOnReceivedTime() {
    // The demo tenant's invoice mails to and from Bob are about two and a half days old.
    ExampleRun recent =
        run(
            "search",
            "--mailbox",
            "bob@contoso.com",
            "--query",
            "subject:invoice",
            "--since",
            "1d");
    ExampleRun week =
        run(
            "search",
            "--mailbox",
            "bob@contoso.com",
            "--query",
            "subject:invoice",
            "--since",
            "7d");

    assertThat(recent.exitCode()).as(recent.toString()).isZero();
    assertThat(recent.out()).contains("searched 1 of 1 mailboxes: 0 hits");
    assertThat(week.exitCode()).as(week.toString()).isZero();
    assertThat(week.out())
        .contains("searched 1 of 1 mailboxes: 2 hits")
        .containsPattern("bob@contoso.com\\s+Inbox\\s+\\S+\\s+accounts@fabrikam-billing.example");
  }

  @Test
  void restrictsAMessageIdSearchToTheSincePeriod() {
    ExampleRun week =
        run(
            "search",
            "--message-id",
            "<enroll-2024@contoso-hr.example>",
            "--since",
            "7d",
            "--json");
    ExampleRun recent =
        run(
            "search",
            "--message-id",
            "<enroll-2024@contoso-hr.example>",
            "--since",
            "1m",
            "--json");

    assertThat(week.exitCode()).as(week.toString()).isZero();
    assertThat(ExampleRun.list(week.json(), "hits")).hasSize(2);
    assertThat(recent.exitCode()).as(recent.toString()).isZero();
    assertThat(ExampleRun.list(recent.json(), "hits")).isEmpty();
  }

  @Test
  void refusesMessageIdAndQueryTogether() {
    ExampleRun run = run("search", "--message-id", "<a@b>", "--query", "x");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: Give --message-id or --query, not both");
  }
}
