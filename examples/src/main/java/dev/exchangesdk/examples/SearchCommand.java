package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.MailboxSearchResult;
import dev.exchangesdk.examples.support.Directory;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import dev.exchangesdk.examples.support.UsageException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Search mail across mailboxes, by Message-ID or an AQS query, and show where each hit is. */
@Command(
    name = "search",
    description =
        "Search mail across mailboxes by Message-ID or AQS query; show where each hit is.")
final class SearchCommand extends TenantCommand {
  private static final int BATCH = 25;

  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      split = ",",
      description = "Mailboxes to search (default: every user and shared mailbox).")
  List<String> mailboxes;

  @Option(
      names = "--message-id",
      paramLabel = "ID",
      description = "The Message-ID header, with or without <>.")
  String messageId;

  @Option(
      names = "--query",
      paramLabel = "QUERY",
      description =
          "AQS, e.g. 'subject:invoice AND from:fabrikam.com' (demo: subject:\"password expires\").")
  String query;

  @Option(
      names = "--since",
      paramLabel = "DURATION",
      description =
          "Only mail received in this period, e.g. 7d. With --query the hits are filtered after"
              + " the search (EWS takes an AQS query or a time restriction, not both), so --limit"
              + " counts hits before that filter.")
  Duration since;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "Most items per mailbox (default 100).")
  int limit;

  @Override
  protected int run(Target target, Output out) {
    if (messageId != null && query != null) {
      throw new UsageException("Give --message-id or --query, not both");
    }
    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();

    Instant receivedFrom = since == null ? null : Instant.now().minus(since);
    ItemQuery.Builder q = ItemQuery.builder().limit(limit);
    if (messageId != null) {
      // A Message-ID and a time range are both restrictions: the server applies them together.
      q.internetMessageId(messageId).receivedBetween(receivedFrom, null);
    } else {
      // An AQS query excludes restrictions (ItemQuery refuses the pair), and AQS dates are whole
      // days in the mailbox's time zone: the exact --since cut is made on receivedAt() below.
      q.aqs(target.orDemo(query, "--query or --message-id", "subject:\"password expires\""));
    }
    ItemQuery itemQuery = q.build();

    List<String> addresses =
        mailboxes != null ? mailboxes : Directory.userAndSharedMailboxes(admin(target));
    List<Map<String, Object>> hits = new ArrayList<>();
    List<Map<String, Object>> failures = new ArrayList<>();
    // In batches, to show progress over a large tenant; each batch searches 4 mailboxes at a time.
    for (int i = 0; i < addresses.size(); i += BATCH) {
      List<String> batch = addresses.subList(i, Math.min(addresses.size(), i + BATCH));
      for (MailboxSearchResult result : ews.searchMailboxes(batch, itemQuery, 4)) {
        if (!result.isSuccess()) {
          failures.add(
              new Row()
                  .with("mailbox", result.mailbox())
                  .with("error", result.error().getMessage()));
        }
        Map<String, String> folderNames = new HashMap<>();
        for (MailItem item : result.items()) {
          if (receivedFrom != null
              && (item.receivedAt() == null || item.receivedAt().isBefore(receivedFrom))) {
            continue;
          }
          String folder =
              folderNames.computeIfAbsent(
                  item.parentFolderId(),
                  id -> ews.mailbox(result.mailbox()).getFolder(FolderRef.id(id)).displayName());
          hits.add(
              new Row()
                  .with("mailbox", result.mailbox())
                  .with("folder", folder)
                  .with("receivedAt", item.receivedAt())
                  .with("from", item.from() == null ? null : item.from().address())
                  .with("subject", item.subject())
                  .with("messageId", item.internetMessageId()));
        }
      }
      out.progress(
          "searched %d of %d mailboxes: %d hits", i + batch.size(), addresses.size(), hits.size());
    }
    out.table("hits", hits);
    if (!failures.isEmpty()) {
      out.table("failures", failures);
    }
    return failures.isEmpty() ? 0 : 1;
  }

  private static ExchangeAdminClient admin(Target target) {
    return ExchangeAdminClient.builder()
        .credential(target.credential())
        .tenant(target.tenant())
        .environment(target.environment())
        .httpOptions(target.httpOptions())
        .build();
  }
}
