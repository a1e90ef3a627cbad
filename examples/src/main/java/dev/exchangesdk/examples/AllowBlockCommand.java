package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.TenantAllowBlockList;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.AllowBlockAction;
import dev.exchangesdk.admin.model.AllowBlockListAddRequest;
import dev.exchangesdk.admin.model.AllowBlockListEntry;
import dev.exchangesdk.admin.model.AllowBlockListQuery;
import dev.exchangesdk.admin.model.AllowBlockListRemoveRequest;
import dev.exchangesdk.admin.model.AllowBlockListType;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Row;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import dev.exchangesdk.examples.support.UsageException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** List, block, allow and remove entries of the Tenant Allow/Block List. */
@Command(
    name = "allow-block",
    description =
        "The Tenant Allow/Block List: list, block, allow or remove senders, URLs, file hashes, IPs.")
final class AllowBlockCommand extends TenantCommand {
  enum Action {
    list,
    block,
    allow,
    remove
  }

  @Parameters(
      index = "0",
      defaultValue = "list",
      description = "list (default), block, allow or remove.")
  Action action;

  @Parameters(
      index = "1..*",
      paramLabel = "VALUE",
      description = "Senders, domains, URLs, SHA-256 hashes or IPs.")
  List<String> values = List.of();

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "SENDER, URL, FILE_HASH or IP (list: all types; block/allow/remove: SENDER).")
  AllowBlockListType type;

  @Option(
      names = "--expires-in",
      paramLabel = "DURATION",
      description = "How long new entries last, e.g. 30d (default: the service's 30 days).")
  Duration expiresIn;

  @Option(
      names = "--notes",
      paramLabel = "TEXT",
      description = "Notes stored with new entries (a ticket number).")
  String notes;

  @Override
  protected int run(Target target, Output out) {
    ExchangeAdminClient admin =
        ExchangeAdminClient.builder()
            .credential(target.credential())
            .tenant(target.tenant())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    TenantAllowBlockList list = admin.tenantAllowBlockList();

    if (action != Action.list && values.isEmpty()) {
      throw new UsageException(action + " needs at least one VALUE");
    }
    AllowBlockListType listType = type != null ? type : AllowBlockListType.SENDER;
    switch (action) {
      case list -> {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AllowBlockListType t :
            type != null ? List.of(type) : List.of(AllowBlockListType.values())) {
          for (AllowBlockListEntry e : list.list(AllowBlockListQuery.of(t))) { // paged lazily
            rows.add(
                new Row()
                    .with("type", t)
                    .with("action", e.action())
                    .with("value", e.value())
                    .with("expires", e.expirationDate())
                    .with("notes", e.notes()));
          }
        }
        out.table("entries", rows);
      }
      case block, allow -> {
        AllowBlockListAddRequest.Builder request =
            AllowBlockListAddRequest.builder(
                listType,
                action == Action.block ? AllowBlockAction.BLOCK : AllowBlockAction.ALLOW,
                values);
        if (expiresIn != null) {
          request.expiration(Instant.now().plus(expiresIn));
        }
        if (notes != null) {
          request.notes(notes);
        }
        AdminResult<List<AllowBlockListEntry>> added = list.add(request.build());
        added.warnings().forEach(w -> out.progress("warning: %s", w.message()));
        out.table("added", entries(listType, added.value()));
      }
      case remove -> {
        AdminResult<List<AllowBlockListEntry>> removed =
            list.remove(AllowBlockListRemoveRequest.byEntries(listType, values));
        removed.warnings().forEach(w -> out.progress("warning: %s", w.message()));
        out.table("removed", entries(listType, removed.value()));
      }
    }
    return 0;
  }

  private static List<Map<String, Object>> entries(
      AllowBlockListType type, List<AllowBlockListEntry> entries) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AllowBlockListEntry e : entries) {
      rows.add(
          new Row()
              .with("type", type)
              .with("action", e.action())
              .with("value", e.value())
              .with("expires", e.expirationDate())
              .with("state", e.objectState())
              .with("error", e.error()));
    }
    return rows;
  }
}
