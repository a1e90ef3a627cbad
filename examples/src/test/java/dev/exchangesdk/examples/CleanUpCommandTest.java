package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.ItemInfo;
import org.junit.jupiter.api.Test;

class CleanUpCommandTest extends FakeTenantTest {
  private static final String ENROLL = "<enroll-2024@contoso-hr.example>";

  @Test
  void softDeletesEveryCopyByDefault() {
    ExampleRun run = run("clean-up");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("searched 6 mailboxes for " + ENROLL + ": 2 copies")
        .containsPattern(
            "soc@contoso.com\\s+Open enrollment closes Friday - confirm your selections\\s+SOFT_DELETED")
        .containsPattern(
            "alice@contoso.com\\s+Open enrollment closes Friday - confirm your selections\\s+SOFT_DELETED");
    for (String mailbox : new String[] {"soc@contoso.com", "alice@contoso.com"}) {
      assertThat(fake.mailbox(mailbox).findByMessageId(ENROLL))
          .extracting(ItemInfo::folderPath)
          .containsExactly("/Recoverable Items/Deletions");
    }
  }

  @Test
  void movesToTheFolderGivenInTheMailboxesGiven() {
    ExampleRun run =
        run("clean-up", "--mailbox", "alice@contoso.com", "--move-to", "Junk Email", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(ExampleRun.list(run.json(), "cleanedUp"))
        .extracting(r -> r.get("mailbox") + " " + r.get("action"))
        .containsExactly("alice@contoso.com MOVED");
    assertThat(fake.mailbox("alice@contoso.com").findByMessageId(ENROLL))
        .extracting(ItemInfo::folderPath)
        .containsExactly("Junk Email");
    assertThat(fake.mailbox("soc@contoso.com").findByMessageId(ENROLL))
        .extracting(ItemInfo::folderPath)
        .containsExactly("Inbox");
  }

  @Test
  void hardDeletesWhenAsked() {
    ExampleRun run = run("clean-up", "--delete", "hard");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).containsPattern("soc@contoso.com\\s+.*HARD_DELETED");
    assertThat(fake.mailbox("soc@contoso.com").findByMessageId(ENROLL))
        .extracting(ItemInfo::folderPath)
        .allSatisfy(folder -> assertThat(folder).startsWith("/Recoverable Items/"));
  }

  @Test
  void rejectsAnUnknownDeleteModeBeforeTouchingAnything() {
    ExampleRun run = run("clean-up", "--delete", "shred");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("error: Unknown delete mode 'shred'; use trash, soft or hard");
    assertThat(fake.mailbox("soc@contoso.com").findByMessageId(ENROLL)).hasSize(1);
  }
}
