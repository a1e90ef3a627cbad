package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.ComplianceProgress;
import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;
import dev.exchangesdk.testkit.model.ItemInfo;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PurgeCommandTest extends FakeTenantTest {
  private static final String ENROLL = "<enroll-2024@contoso-hr.example>";

  @Test
  void dryRunShowsSearchProgressAndCountsAndPurgesNothing() {
    ExampleRun run = run("purge");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.outLines().get(0)).startsWith(ExampleRun.FAKE_NOTICE);
    assertThat(run.out())
        .containsPattern("waiting for search examples-purge-\\S+: (Starting|InProgress)")
        .contains("Outcome: DRY_RUN")
        .containsPattern("soc@contoso.com\\s+1")
        .containsPattern("alice@contoso.com\\s+1")
        .contains("CONFIRM: SKIPPED dry run")
        .doesNotContain("CREATE_SEARCH: SKIPPED")
        .contains("Dry run: nothing was purged. Run again with --confirm --name examples-purge-");
    assertThat(fake.mailbox("soc@contoso.com").findByMessageId(ENROLL))
        .extracting(ItemInfo::folderPath)
        .containsExactly("Inbox");
  }

  /** Searches and purges that finish at once, for tests not about progress. */
  private void instantCompliance() {
    fake.close();
    fake =
        FakeExchange.builder()
            .seed(Seed.DEMO)
            .complianceProgress(ComplianceProgress.perDuration(Duration.ZERO))
            .start();
  }

  @Test
  void purgesWithConfirmAndReportsPerMailbox() {
    instantCompliance();
    ExampleRun run = run("purge", "--confirm", "--name", "INC-4711", "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Map<String, Object> json = run.json();
    assertThat(json).containsEntry("outcome", "PURGED").containsEntry("search", "INC-4711");
    assertThat(ExampleRun.list(json, "purged"))
        .extracting(p -> p.get("location") + " " + p.get("purged"))
        .contains("soc@contoso.com 1.0", "alice@contoso.com 1.0");
    assertThat(run.err()).contains("WAIT_FOR_PURGE: DONE");
    assertThat(fake.mailbox("soc@contoso.com").items("Inbox"))
        .extracting(ItemInfo::internetMessageId)
        .doesNotContain(ENROLL);
    assertThat(fake.mailbox("alice@contoso.com").items("Inbox"))
        .extracting(ItemInfo::internetMessageId)
        .doesNotContain(ENROLL);
  }

  @Test
  void continuesAnEarlierDryRunByName() {
    instantCompliance();
    ExampleRun dryRun = run("purge", "--name", "INC-9", "--json");
    ExampleRun purge = run("purge", "--name", "INC-9", "--confirm", "--json");

    assertThat(dryRun.json()).containsEntry("outcome", "DRY_RUN");
    assertThat(purge.exitCode()).as(purge.toString()).isZero();
    assertThat(purge.json()).containsEntry("outcome", "PURGED");
    assertThat(fake.complianceSearches()).filteredOn(s -> s.name().equals("INC-9")).hasSize(1);
  }
}
