package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.model.ConnectivityCheck;
import dev.exchangesdk.compliance.ComplianceClient;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.AccessReport;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.examples.support.Errors;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Check an app's setup step by step, the first thing to run against a new tenant: token, EWS
 * (enabled for the app, the mailbox reachable), the admin API (role), Security &amp; Compliance.
 */
@Command(
    name = "check",
    description =
        "Check the app's setup step by step: token, EWS (enabled, mailbox, folder), admin API"
            + " (role), Security & Compliance.")
final class CheckCommand extends TenantCommand {
  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      description = "A mailbox the app should reach (demo: soc@contoso.com).")
  String mailbox;

  @Option(
      names = "--folder",
      paramLabel = "FOLDER",
      description = "A folder to look for, e.g. Inbox/Phishing.")
  String folder;

  @Override
  protected int run(Target target, Output out) {
    String address = target.orDemo(mailbox, "--mailbox", "soc@contoso.com");
    List<Map<String, Object>> checks = new ArrayList<>();

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    AccessReport access =
        ews.verifyAccess(address, folder == null ? null : FolderRef.parse(folder));
    for (AccessReport.Check c : access.checks()) {
      checks.add(
          new Row()
              .with("service", "EWS")
              .with("step", c.step())
              .with("outcome", c.outcome())
              .with("detail", c.detail())
              .with("hint", c.hint()));
    }

    ExchangeAdminClient admin =
        ExchangeAdminClient.builder()
            .credential(target.credential())
            .tenant(target.tenant())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    ConnectivityCheck adminCheck = admin.checkConnectivity();
    checks.add(
        new Row()
            .with("service", "Admin API")
            .with("step", adminCheck.ok() ? "CMDLET" : adminCheck.failedStep())
            .with("outcome", adminCheck.ok() ? "PASSED" : "FAILED")
            .with("detail", adminCheck.message())
            .with("hint", adminCheck.missingPermission()));

    ComplianceClient.Builder builder =
        ComplianceClient.builder()
            .credential(target.credential())
            .tenant(target.tenant())
            .environment(target.environment())
            .httpOptions(target.httpOptions());
    ComplianceClient compliance = builder.build();
    try {
      long searches = compliance.listSearches().stream().count();
      checks.add(
          new Row()
              .with("service", "Compliance")
              .with("step", "CMDLET")
              .with("outcome", "PASSED")
              .with(
                  "detail",
                  "Get-ComplianceSearch on "
                      + compliance.regionalHost()
                      + ": "
                      + searches
                      + " searches")
              .with("hint", null));
    } catch (ExchangeException e) {
      checks.add(
          new Row()
              .with("service", "Compliance")
              .with("step", "CMDLET")
              .with("outcome", "FAILED")
              .with("detail", Errors.oneLine(e))
              .with("hint", null));
    }

    out.table("checks", checks);
    return checks.stream().anyMatch(c -> "FAILED".equals(String.valueOf(c.get("outcome")))) ? 1 : 0;
  }
}
