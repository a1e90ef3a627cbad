package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemActionResult;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.MailboxSearchResult;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.monitor.InMemoryCheckpointStore;
import dev.exchangesdk.ews.monitor.MailAttachment;
import dev.exchangesdk.ews.monitor.MailEvent;
import dev.exchangesdk.ews.monitor.MailboxMonitor;
import dev.exchangesdk.examples.support.Directory;
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
 * The main example, in the order a SOC works: the mailbox monitor turns new mail into incidents;
 * one incident is a phish a user reported (forwarded as an attachment); its Message-ID is searched
 * in every mailbox, each copy is removed, and a second search shows the result.
 */
@Command(
    name = "demo",
    description =
        "The main example: the mailbox monitor turns new mail into incidents, then the phish a user"
            + " reported is found by Message-ID in every mailbox and cleaned up.")
final class DemoCommand extends TenantCommand {
  @Option(
      names = "--watch",
      split = ",",
      paramLabel = "MAILBOX",
      description =
          "Mailboxes whose Inbox the monitor watches (demo: soc@contoso.com,"
              + " phishing-reports@contoso.com).")
  List<String> watched;

  @Option(
      names = "--move-to",
      paramLabel = "FOLDER",
      description = "Move each copy to this folder instead of deleting it (soft delete).")
  String moveTo;

  @Option(names = "--dry-run", description = "Show where the phish is; change nothing.")
  boolean dryRun;

  @Override
  protected int run(Target target, Output out) {
    List<String> watch =
        target.orDemo(
            watched, "--watch", List.of("soc@contoso.com", "phishing-reports@contoso.com"));

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    ExchangeAdminClient admin =
        ExchangeAdminClient.builder()
            .credential(target.credential())
            .tenant(target.tenant())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();

    out.heading(
        "1. Mailbox monitor: new mail in " + String.join(", ", watch) + " becomes incidents");
    List<MailEvent> incidents = new ArrayList<>();
    MailboxMonitor.Builder monitor =
        MailboxMonitor.builder()
            .client(ews)
            .firstFetch("7 days")
            .checkpointStore(new InMemoryCheckpointStore()) // a FileCheckpointStore in production
            .concurrency(1) // one folder after the other, so incidents print in order
            .handler(
                event -> {
                  incidents.add(event);
                  out.record("incidents", MonitorCommand.incident(event));
                });
    watch.forEach(mailbox -> monitor.watch(mailbox, "Inbox"));
    try (MailboxMonitor m = monitor.build()) {
      out.table("polls", MonitorCommand.polls(m.pollOnce()));
    }

    out.heading("2. The phish a user reported (a mail forwarded as an attachment)");
    MailItem phish = reportedPhish(ews, incidents);
    if (phish == null) {
      out.notice("No incident carries a forwarded mail with a Message-ID: nothing to clean up.");
      return 0;
    }
    out.field("subject", phish.subject());
    out.field("from", MonitorCommand.address(phish.from()));
    out.field("messageId", phish.internetMessageId());

    out.heading("3. Where is it? The Message-ID searched in every mailbox");
    List<String> mailboxes = Directory.userAndSharedMailboxes(admin);
    ItemQuery byMessageId =
        ItemQuery.builder().internetMessageId(phish.internetMessageId()).build();
    List<MailboxSearchResult> found = ews.searchMailboxes(mailboxes, byMessageId, 4);
    out.table("locations", locations(ews, found));
    if (dryRun) {
      out.notice("--dry-run: nothing changed.");
      return 0;
    }

    out.heading(
        "4. Clean-up: "
            + (moveTo == null
                ? "soft delete (Recoverable Items, an admin can restore it)"
                : "move to " + moveTo));
    List<Map<String, Object>> cleanup = new ArrayList<>();
    for (MailboxSearchResult r : found) {
      if (r.items().isEmpty()) {
        continue;
      }
      Mailbox mailbox = ews.mailbox(r.mailbox());
      List<String> ids = r.items().stream().map(MailItem::id).toList();
      List<ItemResult<ItemActionResult>> results =
          moveTo == null
              ? mailbox.deleteItems(ids, DeleteMode.SOFT_DELETE)
              : mailbox.moveItems(ids, FolderRef.parse(moveTo));
      for (ItemResult<ItemActionResult> result : results) {
        cleanup.add(
            new Row()
                .with("mailbox", r.mailbox())
                .with("action", result.isSuccess() ? result.value().action() : "failed")
                .with("error", result.isSuccess() ? null : result.error().getMessage()));
      }
    }
    out.table("cleanup", cleanup);

    out.heading("5. After the clean-up: the same search again");
    out.table("after", locations(ews, ews.searchMailboxes(mailboxes, byMessageId, 4)));
    if (moveTo == null) {
      out.heading(
          "6. Where a soft delete goes: Recoverable Items (restorable until retention ends)");
      List<Map<String, Object>> recoverable = new ArrayList<>();
      for (Map<String, Object> c : cleanup) {
        String address = (String) c.get("mailbox");
        int copies =
            ews
                .mailbox(address)
                .findItems(
                    FolderRef.wellKnown(WellKnownFolder.RECOVERABLE_ITEMS_DELETIONS), byMessageId)
                .stream()
                .toList()
                .size();
        recoverable.add(new Row().with("mailbox", address).with("inRecoverableItems", copies));
      }
      out.table("recoverable", recoverable);
    }
    return cleanup.stream().allMatch(c -> c.get("error") == null) ? 0 : 1;
  }

  /** The first attached mail of any incident, read as an item (with its Message-ID). */
  static MailItem reportedPhish(EwsClient ews, List<MailEvent> incidents) {
    for (MailEvent incident : incidents) {
      for (MailAttachment attachment : incident.attachments()) {
        if (attachment.kind() == AttachmentInfo.Kind.ITEM) {
          MailItem attached = ews.mailbox(incident.mailbox()).getAttachedItem(attachment.id());
          if (attached.internetMessageId() != null) {
            return attached;
          }
        }
      }
    }
    return null;
  }

  /** One row per mailbox: how many copies, in which folders (or why the search failed). */
  static List<Map<String, Object>> locations(EwsClient ews, List<MailboxSearchResult> results) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (MailboxSearchResult r : results) {
      List<String> folders = new ArrayList<>();
      for (MailItem item : r.items()) {
        folders.add(
            ews.mailbox(r.mailbox()).getFolder(FolderRef.id(item.parentFolderId())).displayName());
      }
      rows.add(
          new Row()
              .with("mailbox", r.mailbox())
              .with("copies", r.items().size())
              .with("folders", folders)
              .with("error", r.error() == null ? null : r.error().getMessage()));
    }
    return rows;
  }
}
