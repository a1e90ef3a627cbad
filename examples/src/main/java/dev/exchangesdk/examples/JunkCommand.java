package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.JunkEmailChanges;
import dev.exchangesdk.admin.model.JunkEmailConfiguration;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Show and change a mailbox's junk email rule: blocked and trusted senders and domains. */
@Command(
    name = "junk",
    description = "Show or change a mailbox's junk email rule (blocked and trusted senders).")
final class JunkCommand extends TenantCommand {
  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      description = "The mailbox (demo: alice@contoso.com).")
  String mailbox;

  @Option(
      names = "--block",
      paramLabel = "SENDER",
      split = ",",
      description = "Senders or domains to block.")
  List<String> block = List.of();

  @Option(
      names = "--unblock",
      paramLabel = "SENDER",
      split = ",",
      description = "Senders or domains to unblock.")
  List<String> unblock = List.of();

  @Option(
      names = "--trust",
      paramLabel = "SENDER",
      split = ",",
      description = "Senders or domains to trust.")
  List<String> trust = List.of();

  @Option(
      names = "--untrust",
      paramLabel = "SENDER",
      split = ",",
      description = "Senders or domains to stop trusting.")
  List<String> untrust = List.of();

  @Override
  protected int run(Target target, Output out) {
    String address = target.orDemo(mailbox, "--mailbox", "alice@contoso.com");

    ExchangeAdminClient admin =
        ExchangeAdminClient.builder()
            .credential(target.credential())
            .tenant(target.tenant())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();

    if (!(block.isEmpty() && unblock.isEmpty() && trust.isEmpty() && untrust.isEmpty())) {
      JunkEmailChanges changes =
          JunkEmailChanges.builder()
              .blockSenders(block.toArray(String[]::new))
              .unblockSenders(unblock.toArray(String[]::new))
              .trustSenders(trust.toArray(String[]::new))
              .untrustSenders(untrust.toArray(String[]::new))
              .build();
      AdminResult<Void> result = admin.junkEmail().update(address, changes); // only these changes
      for (CmdletWarning w : result.warnings()) {
        out.progress("warning: %s", w.message());
      }
    }

    JunkEmailConfiguration rule = admin.junkEmail().get(address);
    out.field("mailbox", address);
    out.field("enabled", rule.enabled());
    out.field("trustedListsOnly", rule.trustedListsOnly());
    out.table(
        "lists",
        List.of(
            new Row()
                .with("list", "blocked senders and domains")
                .with("entries", rule.blockedSendersAndDomains()),
            new Row()
                .with("list", "trusted senders and domains")
                .with("entries", rule.trustedSendersAndDomains()),
            new Row()
                .with("list", "trusted recipients and domains")
                .with("entries", rule.trustedRecipientsAndDomains())));
    return 0;
  }
}
