package dev.exchangesdk.examples;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.EmlExport;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.examples.support.FileNames;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Export a mail as an RFC 5322 {@code .eml} file (streamed, headers repaired), with its SHA-256.
 */
@Command(name = "export-eml", description = "Export a mail as an .eml file, with its SHA-256.")
final class ExportEmlCommand extends TenantCommand {
  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      description = "The mailbox (demo: alice@contoso.com).")
  String mailbox;

  @Option(
      names = "--message-id",
      paramLabel = "ID",
      description =
          "The mail's Message-ID (demo: the password phish"
              + " <20240312.password-expiry.8841@micros0ft-support.example>).")
  String messageId;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "eml",
      description = "Directory to write to (default ./eml).")
  Path directory;

  @Override
  protected int run(Target target, Output out) throws Exception {
    String address = target.orDemo(mailbox, "--mailbox", "alice@contoso.com");
    String id =
        target.orDemo(
            messageId, "--message-id", "<20240312.password-expiry.8841@micros0ft-support.example>");

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    Mailbox box = ews.mailbox(address);

    List<Map<String, Object>> files = new ArrayList<>();
    for (MailItem mail : box.searchMailbox(ItemQuery.builder().internetMessageId(id).build())) {
      Path file = FileNames.unique(directory, FileNames.safe(mail.subject()) + ".eml");
      EmlExport eml = box.exportItem(mail.id(), file); // written whole or not at all
      files.add(
          new Row()
              .with("file", file.getFileName().toString())
              .with("size", eml.size())
              .with("sha256", eml.sha256())
              .with("headersAdded", eml.addedHeaders()));
    }
    if (files.isEmpty()) {
      out.notice("No mail with Message-ID " + id + " in " + address);
      return 1;
    }
    out.field("directory", directory.toAbsolutePath().toString());
    out.table("exported", files);
    return 0;
  }
}
