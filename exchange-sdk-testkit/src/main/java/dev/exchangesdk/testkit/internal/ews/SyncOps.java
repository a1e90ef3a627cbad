package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.Ids;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * SyncFolderItems and SyncFolderHierarchy. The state the client carries records what it has seen;
 * each call reports the differences with the folder as it is now (Create, Update, Delete,
 * ReadFlagChange), at most {@code MaxChangesReturned} at a time, and the next state covers exactly
 * what was reported, so no change is lost or repeated whatever happens in between.
 *
 * <p>Stateless and thread-safe; runs under the tenant lock.
 */
final class SyncOps {
  private SyncOps() {}

  static void register(EwsService s) {
    s.add(
        "SyncFolderItems",
        w -> w.empty("m:SyncState").element("m:IncludesLastItemInRange", true),
        SyncOps::syncFolderItems);
    s.add(
        "SyncFolderHierarchy",
        w -> w.empty("m:SyncState").element("m:IncludesLastFolderInRange", true),
        SyncOps::syncFolderHierarchy);
  }

  private enum ChangeType {
    CREATE,
    UPDATE,
    DELETE,
    READ_FLAG
  }

  private record Change(ChangeType type, long serial, Item item) {}

  private static UUID owner(Folder f) {
    return f.mailbox == null ? Tenant.PUBLIC_FOLDER_GUID : f.mailbox.guid;
  }

  private static SyncState readState(EwsContext ctx, char kind, Folder folder) throws EwsError {
    String text = Dom.text(ctx.op, Dom.M, "SyncState");
    if (text == null || text.isBlank()) {
      return new SyncState(
          kind, owner(folder), folder.serial, ctx.tenant.syncStateEpoch(), Map.of());
    }
    SyncState s = SyncState.decode(text, ctx.tenant.tenantId);
    if (s == null
        || s.kind != kind
        || !s.mailbox.equals(owner(folder))
        || s.folderSerial != folder.serial
        || ctx.tenant.syncStateRevoked(s.mailbox, s.epoch)) {
      throw new EwsError(
          "ErrorInvalidSyncStateData",
          "Synchronization state data is corrupt or otherwise invalid.");
    }
    return s;
  }

  private static long itemVersion(Item i) {
    return ((long) i.contentVersion << 1) | (i.isRead ? 1 : 0);
  }

  private static void syncFolderItems(EwsContext ctx, EwsResponse out) throws EwsError {
    Folder folder = ctx.folderIn(ctx.m("SyncFolderId"));
    ItemShape shape = ItemShape.parse(ctx.m("ItemShape"));
    ItemWriter.validate(shape, ItemWriter.Context.FIND);
    SyncState state = readState(ctx, 'I', folder);
    String maxText = Dom.text(ctx.op, Dom.M, "MaxChangesReturned");
    int max = maxText == null ? 512 : Integer.parseInt(maxText.trim());
    if (max < 1 || max > 512) {
      throw EwsError.invalidRequest("MaxChangesReturned must be between 1 and 512.");
    }
    Set<Long> ignored = new HashSet<>();
    for (Element id : Dom.children(ctx.m("Ignore"))) {
      Ids.Decoded d = Ids.decode(id.getAttribute("Id"), Ids.Kind.ITEM);
      if (d != null) {
        ignored.add(d.serial());
      }
    }
    Map<Long, Item> current = new LinkedHashMap<>();
    for (Item i : folder.contents()) {
      current.put(i.serial, i);
    }
    List<Change> changes = new ArrayList<>();
    TreeMap<Long, Long> next = new TreeMap<>(state.seen);
    for (Long serial : state.seen.keySet()) {
      if (!current.containsKey(serial)) {
        changes.add(new Change(ChangeType.DELETE, serial, null));
      }
    }
    List<Item> ordered = new ArrayList<>(current.values());
    ordered.sort((a, b) -> Long.compare(a.serial, b.serial));
    for (Item i : ordered) {
      Long seen = state.seen.get(i.serial);
      if (seen == null) {
        changes.add(new Change(ChangeType.CREATE, i.serial, i));
      } else if (seen != itemVersion(i)) {
        boolean contentChanged = (seen >>> 1) != i.contentVersion;
        changes.add(
            new Change(contentChanged ? ChangeType.UPDATE : ChangeType.READ_FLAG, i.serial, i));
      }
    }
    int reported = 0;
    List<Change> toWrite = new ArrayList<>();
    int index = 0;
    for (; index < changes.size() && reported < max; index++) {
      Change c = changes.get(index);
      if (c.type() == ChangeType.DELETE) {
        next.remove(c.serial());
      } else {
        next.put(c.serial(), itemVersion(c.item()));
      }
      if (!ignored.contains(c.serial())) {
        toWrite.add(c);
        reported++;
      }
    }
    boolean last = index >= changes.size();
    SyncState newState =
        new SyncState('I', owner(folder), folder.serial, ctx.tenant.syncStateEpoch(), next);
    XmlWriter w = out.success();
    w.element("m:SyncState", newState.encode(ctx.tenant.tenantId));
    w.element("m:IncludesLastItemInRange", last);
    w.start("m:Changes");
    UUID guid = owner(folder);
    for (Change c : toWrite) {
      switch (c.type()) {
        case CREATE, UPDATE -> {
          w.start(c.type() == ChangeType.CREATE ? "t:Create" : "t:Update");
          ItemWriter.write(w, c.item(), shape, ItemWriter.Context.FIND);
          w.end();
        }
        case DELETE -> {
          w.start("t:Delete");
          w.start("t:ItemId").attr("Id", Ids.encode(Ids.Kind.ITEM, guid, c.serial(), 0)).end();
          w.end();
        }
        case READ_FLAG -> {
          w.start("t:ReadFlagChange");
          ItemWriter.itemId(w, "t:ItemId", c.item());
          w.element("t:IsRead", c.item().isRead);
          w.end();
        }
      }
    }
    w.end();
    out.endMessage();
  }

  private static long folderVersion(Folder f) {
    return (long) f.version * 1_000_003L + (long) f.totalCount() * 1009L + f.unreadCount();
  }

  private static void syncFolderHierarchy(EwsContext ctx, EwsResponse out) throws EwsError {
    Element syncId = ctx.m("SyncFolderId");
    Folder top = syncId == null ? ctx.mailbox.msgFolderRoot() : ctx.folderIn(syncId);
    FolderOps.FolderShape shape = FolderOps.FolderShape.parse(ctx.m("FolderShape"));
    SyncState state = readState(ctx, 'H', top);
    List<Folder> all = new ArrayList<>();
    collect(top, all);
    Map<Long, Folder> current = new LinkedHashMap<>();
    for (Folder f : all) {
      current.put(f.serial, f);
    }
    TreeMap<Long, Long> next = new TreeMap<>();
    XmlWriter w = out.success();
    List<Runnable> writes = new ArrayList<>();
    for (Long serial : state.seen.keySet()) {
      if (!current.containsKey(serial)) {
        writes.add(
            () -> {
              w.start("t:Delete");
              w.start("t:FolderId")
                  .attr("Id", Ids.encode(Ids.Kind.FOLDER, owner(top), serial, 0))
                  .end();
              w.end();
            });
      }
    }
    for (Folder f : all) {
      long v = folderVersion(f);
      next.put(f.serial, v);
      Long seen = state.seen.get(f.serial);
      if (seen == null || seen != v) {
        String element = seen == null ? "t:Create" : "t:Update";
        writes.add(
            () -> {
              w.start(element);
              FolderOps.write(w, f, shape);
              w.end();
            });
      }
    }
    w.element(
        "m:SyncState",
        new SyncState('H', owner(top), top.serial, ctx.tenant.syncStateEpoch(), next)
            .encode(ctx.tenant.tenantId));
    w.element("m:IncludesLastFolderInRange", true);
    w.start("m:Changes");
    writes.forEach(Runnable::run);
    w.end();
    out.endMessage();
  }

  private static void collect(Folder parent, List<Folder> out) {
    for (Folder c : parent.children) {
      out.add(c);
      collect(c, out);
    }
  }
}
