package dev.exchangesdk.examples;

import dev.exchangesdk.compliance.ComplianceClient;
import dev.exchangesdk.compliance.NewSearchRequest;
import dev.exchangesdk.compliance.PurgeConfirmation;
import dev.exchangesdk.compliance.SearchAndPurgeRequest;
import dev.exchangesdk.compliance.WaitOptions;
import dev.exchangesdk.compliance.model.ComplianceSearch;
import dev.exchangesdk.compliance.model.LocationResult;
import dev.exchangesdk.compliance.model.PurgeLocationResult;
import dev.exchangesdk.compliance.model.PurgeType;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport.Outcome;
import dev.exchangesdk.compliance.model.StepOutcome;
import dev.exchangesdk.compliance.model.WorkflowStep;
import dev.exchangesdk.core.Poller;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import dev.exchangesdk.examples.support.UsageException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Incident response with Security &amp; Compliance: a compliance search for the phish in every
 * mailbox, its per-mailbox counts, and a purge only with {@code --confirm} and within the limits.
 */
@Command(
    name = "purge",
    description =
        "Compliance search and purge (Security & Compliance): a dry run that shows where the mail"
            + " is, unless --confirm.")
final class PurgeCommand extends TenantCommand {
  @Option(
      names = "--message-id",
      paramLabel = "ID",
      description = "Purge one message by Message-ID (demo: <enroll-2024@contoso-hr.example>).")
  String messageId;

  @Option(
      names = "--query",
      paramLabel = "QUERY",
      description = "Or a KQL query, e.g. 'subject:\"Invoice overdue\"'.")
  String query;

  @Option(
      names = "--location",
      paramLabel = "MAILBOX",
      split = ",",
      description = "Mailboxes to search (default: All).")
  List<String> locations = List.of();

  @Option(names = "--confirm", description = "Purge (soft delete) what the search found.")
  boolean confirm;

  @Option(names = "--hard", description = "Hard delete instead of soft delete (with --confirm).")
  boolean hard;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Search name; give an existing one to continue it (default: a new name).")
  String name;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      defaultValue = "30m",
      description = "Longest wait per step (30m).")
  Duration timeout;

  @Option(
      names = "--poll-interval",
      paramLabel = "DURATION",
      description = "Time between status checks (default 10s).")
  Duration pollInterval;

  @Override
  protected int run(Target target, Output out) {
    if (messageId != null && query != null) {
      throw new UsageException("Give --message-id or --query, not both");
    }
    WaitOptions wait =
        WaitOptions.builder()
            .interval(target.pollInterval(pollInterval, Duration.ofSeconds(10)))
            .timeout(timeout)
            .build();
    SearchAndPurgeRequest.Builder request =
        query != null
            ? SearchAndPurgeRequest.builder().contentMatchQuery(query)
            : SearchAndPurgeRequest.forMessageId(
                target.orDemo(
                    messageId, "--message-id or --query", "<enroll-2024@contoso-hr.example>"));
    request
        .searchName(
            name != null
                ? name
                : "examples-purge-"
                    + LocalDateTime.now(ZoneOffset.UTC)
                        .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
        .exchangeLocations(locations)
        .purgeType(hard ? PurgeType.HARD_DELETE : PurgeType.SOFT_DELETE)
        .searchWait(wait)
        .purgeWait(wait)
        .stepListener(
            step -> {
              // The search steps ran above; the workflow reports them as skipped.
              if (step.status() != StepOutcome.Status.SKIPPED
                  || step.step() == WorkflowStep.CONFIRM) {
                out.progress("%s: %s %s", step.step(), step.status(), step.detail());
              }
            });
    if (confirm) {
      request.confirmation(PurgeConfirmation.confirmed()); // still refused above the limits
    }
    SearchAndPurgeRequest purge = request.build();

    ComplianceClient.Builder builder =
        ComplianceClient.builder()
            .credential(target.credential())
            .tenant(target.tenant())
            .environment(target.environment())
            .httpOptions(target.httpOptions());
    ComplianceClient compliance = builder.build();

    // The search runs for minutes on a real tenant: start it and show its status while it runs.
    if (compliance.getSearch(purge.searchName()).isEmpty()) {
      compliance.createSearch(
          NewSearchRequest.builder()
              .name(purge.searchName())
              .contentMatchQuery(purge.contentMatchQuery().orElseThrow())
              .exchangeLocations(purge.exchangeLocations())
              .build());
      compliance.startSearch(purge.searchName());
    }
    out.progress("search %s: %s", purge.searchName(), purge.contentMatchQuery().orElseThrow());
    Poller.Result<ComplianceSearch> searched =
        compliance
            .searchPoller(
                purge.searchName(),
                wait,
                s ->
                    out.progress(
                        "waiting for search %s: %s, %d items so far",
                        s.name(), s.status(), s.items()))
            .await();
    if (!searched.isCompleted()) {
      out.notice("The search is still running; continue later with --name " + purge.searchName());
      return 1;
    }

    // The safe part: read the counts, check the limits, ask the confirmation, purge, wait.
    SearchAndPurgeReport report = compliance.resumeSearchAndPurge(purge);

    out.field("search", report.searchName());
    out.field("query", purge.contentMatchQuery().orElseThrow());
    out.field("outcome", report.outcome());
    List<Map<String, Object>> found = new ArrayList<>();
    for (LocationResult l : report.plan().map(p -> p.locations()).orElse(List.of())) {
      found.add(
          new Row()
              .with("location", l.location())
              .with("items", l.itemCount())
              .with("size", l.totalSize()));
    }
    out.table("found", found);
    report
        .purgeResults()
        .ifPresent(
            results -> {
              List<Map<String, Object>> purged = new ArrayList<>();
              for (PurgeLocationResult l : results.locations().rows()) {
                purged.add(
                    new Row()
                        .with("location", l.location())
                        .with("purged", l.itemCount())
                        .with(
                            "failed",
                            l.failedCount().isPresent() ? l.failedCount().getAsLong() : null));
              }
              out.table("purged", purged);
            });
    List<Map<String, Object>> steps = new ArrayList<>();
    for (StepOutcome s : report.steps()) {
      steps.add(
          new Row().with("step", s.step()).with("status", s.status()).with("detail", s.detail()));
    }
    out.meta("steps", steps); // printed above as they happened
    report.notes().forEach(note -> out.progress("note: %s", note));
    if (report.outcome() == Outcome.DRY_RUN) {
      out.notice(
          "Dry run: nothing was purged. Run again with --confirm --name "
              + report.searchName()
              + " to purge.");
    }
    report
        .failedStep()
        .flatMap(StepOutcome::error)
        .ifPresent(
            e -> {
              throw e;
            });
    boolean done =
        report.outcome() == Outcome.DRY_RUN
            || report.outcome() == Outcome.NOTHING_FOUND
            || report.outcome() == Outcome.PURGED;
    return done ? 0 : 1;
  }
}
