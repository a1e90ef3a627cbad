package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemActionResult;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.MailboxSearchResult;
import dev.exchangesdk.examples.support.Directory;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import dev.exchangesdk.examples.support.UsageException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Delete or move every copy of a mail, found by Message-ID, in a set of mailboxes (all of them by
 * default).
 */
@Command(
    name = "clean-up",
    description =
        "Delete (trash, soft, hard) or move every copy of a mail, found by Message-ID, across"
            + " mailboxes.")
final class CleanUpCommand extends TenantCommand {
  @Option(
      names = "--message-id",
      paramLabel = "ID",
      description = "The Message-ID (demo: the benefits phish <enroll-2024@contoso-hr.example>).")
  String messageId;

  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      split = ",",
      description = "Mailboxes to clean (default: every user and shared mailbox).")
  List<String> mailboxes;

  @Option(
      names = "--delete",
      paramLabel = "MODE",
      description =
          "trash (Deleted Items), soft (Recoverable Items; the default) or hard (purged).")
  String delete;

  @Option(
      names = "--move-to",
      paramLabel = "FOLDER",
      description = "Move instead: a folder path (Inbox/Phishing) or well-known name (Junk Email).")
  String moveTo;

  @Override
  protected int run(Target target, Output out) {
    String id = target.orDemo(messageId, "--message-id", "<enroll-2024@contoso-hr.example>");
    if (delete != null && moveTo != null) {
      throw new UsageException("Give --delete or --move-to, not both");
    }
    DeleteMode deleteMode = moveTo == null ? deleteMode(delete == null ? "soft" : delete) : null;

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    List<String> addresses =
        mailboxes != null
            ? mailboxes
            : Directory.userAndSharedMailboxes(
                ExchangeAdminClient.builder()
                    .credential(target.credential())
                    .tenant(target.tenant())
                    .environment(target.environment())
                    .httpOptions(target.httpOptions())
                    .build());

    ItemQuery byMessageId = ItemQuery.builder().internetMessageId(id).build();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MailboxSearchResult found : ews.searchMailboxes(addresses, byMessageId, 4)) {
      if (!found.isSuccess()) {
        rows.add(
            new Row()
                .with("mailbox", found.mailbox())
                .with("subject", null)
                .with("action", "search failed")
                .with("error", found.error().getMessage()));
        continue;
      }
      if (found.items().isEmpty()) {
        continue;
      }
      Mailbox mailbox = ews.mailbox(found.mailbox());
      List<String> ids = found.items().stream().map(MailItem::id).toList();
      List<ItemResult<ItemActionResult>> results =
          deleteMode != null
              ? mailbox.deleteItems(ids, deleteMode)
              : mailbox.moveItems(ids, FolderRef.parse(moveTo));
      for (int i = 0; i < results.size(); i++) {
        ItemResult<ItemActionResult> r = results.get(i);
        rows.add(
            new Row()
                .with("mailbox", found.mailbox())
                .with("subject", found.items().get(i).subject())
                .with("action", r.isSuccess() ? r.value().action() : "failed")
                .with("error", r.isSuccess() ? null : r.error().getMessage()));
      }
    }
    out.progress("searched %d mailboxes for %s: %d copies", addresses.size(), id, rows.size());
    out.table("cleanedUp", rows);
    return rows.stream().allMatch(r -> r.get("error") == null) ? 0 : 1;
  }

  private static DeleteMode deleteMode(String name) {
    try {
      return DeleteMode.fromName(name);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
