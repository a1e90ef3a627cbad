package dev.exchangesdk.examples;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.DownloadedAttachment;
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
 * Download the attachments of a mail, streamed to files with their SHA-256: file attachments as
 * they are, attached mails as {@code .eml}.
 */
@Command(
    name = "attachments",
    description =
        "Download a mail's attachments to files, with their SHA-256 (attached mails as .eml).")
final class AttachmentsCommand extends TenantCommand {
  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      description = "The mailbox (demo: bob@contoso.com).")
  String mailbox;

  @Option(
      names = "--message-id",
      paramLabel = "ID",
      description =
          "The mail's Message-ID (demo: the invoice phish <INV20931.2024.0312@fabrikam-billing.example>).")
  String messageId;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "attachments",
      description = "Directory to write to (default ./attachments).")
  Path directory;

  @Override
  protected int run(Target target, Output out) throws Exception {
    String address = target.orDemo(mailbox, "--mailbox", "bob@contoso.com");
    String id =
        target.orDemo(messageId, "--message-id", "<INV20931.2024.0312@fabrikam-billing.example>");

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    Mailbox box = ews.mailbox(address);

    List<MailItem> found = box.searchMailbox(ItemQuery.builder().internetMessageId(id).build());
    if (found.isEmpty()) {
      out.notice("No mail with Message-ID " + id + " in " + address);
      return 1;
    }
    List<Map<String, Object>> files = new ArrayList<>();
    for (MailItem hit : found) {
      MailItem mail = box.getItem(hit.id()); // every field, the attachment list included
      out.progress("%s: %d attachments", mail.subject(), mail.attachments().size());
      for (AttachmentInfo a : mail.attachments()) {
        switch (a.kind()) {
          case FILE -> {
            Path file = FileNames.unique(directory, a.name());
            DownloadedAttachment d = box.downloadAttachment(a.id(), file); // streamed, hashed
            files.add(
                new Row()
                    .with("file", file.getFileName().toString())
                    .with("kind", "file")
                    .with("contentType", d.contentType())
                    .with("size", d.size())
                    .with("sha256", d.sha256()));
          }
          case ITEM -> {
            Path file = FileNames.unique(directory, a.name() + ".eml");
            EmlExport e = box.exportAttachedItem(a.id(), file);
            files.add(
                new Row()
                    .with("file", file.getFileName().toString())
                    .with("kind", "attached mail")
                    .with("contentType", "message/rfc822")
                    .with("size", e.size())
                    .with("sha256", e.sha256()));
          }
          default ->
              files.add(
                  new Row()
                      .with("file", a.name())
                      .with("kind", "cloud link (no content)")
                      .with("contentType", a.contentType())
                      .with("size", null)
                      .with("sha256", null));
        }
      }
    }
    out.field("directory", directory.toAbsolutePath().toString());
    out.table("attachments", files);
    return 0;
  }
}
