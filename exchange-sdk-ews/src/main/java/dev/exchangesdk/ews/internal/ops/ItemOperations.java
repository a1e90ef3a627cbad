package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderId;
import dev.exchangesdk.ews.internal.read.EwsFields;
import dev.exchangesdk.ews.internal.read.RootFolderInfo;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemChanges;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.WellKnownFolder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Item listing, search, batch reads and folder synchronization for one mailbox. Thread-safe. */
final class ItemOperations {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews");

  private final EwsTransport transport;
  private final MailboxContext mailbox;
  private final ExchangeServerVersion version;
  private final FolderOperations folders;

  ItemOperations(
      EwsTransport transport,
      MailboxContext mailbox,
      ExchangeServerVersion version,
      FolderOperations folders) {
    this.transport = transport;
    this.mailbox = mailbox;
    this.version = version;
    this.folders = folders;
  }

  /** The items of one folder, page by page; the folder is resolved on the first page. */
  PagedIterable<MailItem> find(FolderRef folder, ItemQuery query) {
    AtomicReference<BaseFolderId> resolved = new AtomicReference<>();
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    return PagedIterable.of(
        token -> {
          BaseFolderId id = resolved.get();
          if (id == null) {
            id = folders.resolve(folder);
            resolved.set(id);
          }
          int offset = token == null ? 0 : parseOffset(token);
          // Offsets count the folder's positions, so the items before this page are the offset.
          return page(id, "folder " + folder, query, offset, limit - offset);
        });
  }

  /**
   * One FindItem page at {@code offset} of at most {@code maxItems} items; its continuation token
   * is the next offset, absent at the end of the folder or when {@code maxItems} were listed.
   */
  private Page<MailItem> page(
      BaseFolderId folder, String subject, ItemQuery query, int offset, int maxItems) {
    int size = Math.min(query.pageSize(), maxItems);
    if (size <= 0) {
      return new Page<>(List.of(), null);
    }
    ItemListReader.Items page =
        transport.execute(mailbox, new FindItemCall(folder, query, offset, size, version, subject));
    List<MailItem> listed = page.items();
    if (listed.size() > size) {
      // More than asked for: keep the limit exact whatever the server does.
      listed = listed.subList(0, size);
    }
    List<MailItem> items = withDetails(listed, query.fields());
    RootFolderInfo info = page.page() != null ? page.page() : new RootFolderInfo(null, null, true);
    Integer next = info.nextOffset(offset, listed.size());
    if (listed.size() >= maxItems) {
      next = null;
    }
    return new Page<>(items, next == null ? null : Integer.toString(next));
  }

  /**
   * The listed items with the fields only GetItem returns, fetched in batches. An item deleted
   * between listing and fetching is left out.
   */
  private List<MailItem> withDetails(List<MailItem> listed, Set<ItemField> fields) {
    if (listed.isEmpty() || EwsFields.detailFields(fields).isEmpty()) {
      return listed;
    }
    List<String> ids = new ArrayList<>(listed.size());
    for (MailItem i : listed) {
      ids.add(i.id());
    }
    List<MailItem> out = new ArrayList<>(listed.size());
    for (ItemResult<MailItem> r : get(ids, fields)) {
      if (r.isSuccess()) {
        out.add(r.value());
      } else if (r.error() instanceof NotFoundException) {
        LOG.debug("Item {} disappeared between listing and reading it", r.id());
      } else {
        throw r.error();
      }
    }
    return out;
  }

  /** GetItem in batches of at most 100; one outcome per id, in order. */
  List<ItemResult<MailItem>> get(List<String> ids, Set<ItemField> fields) {
    EnumSet<ItemField> f = EnumSet.copyOf(fields);
    f.add(ItemField.ID);
    List<ItemResult<MailItem>> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i += GetItemCall.MAX_IDS) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + GetItemCall.MAX_IDS));
      out.addAll(transport.execute(mailbox, new GetItemCall(batch, f, version)));
    }
    return out;
  }

  /**
   * Searches one folder, or (with {@code scope} {@code null}) every mail folder under Top of
   * Information Store, one FindItem walk per folder, stopping at the query's limit.
   */
  List<MailItem> search(ItemQuery query, FolderRef scope) {
    int limit = query.limit().orElse(Integer.MAX_VALUE);
    List<MailItem> out = new ArrayList<>();
    if (scope != null) {
      find(scope, query).forEach(out::add);
      return out;
    }
    for (MailFolder f : folders.list(FolderRef.wellKnown(WellKnownFolder.MSG_FOLDER_ROOT))) {
      if (out.size() >= limit) {
        break;
      }
      if (!isMailFolder(f) || (f.totalCount() != null && f.totalCount() == 0)) {
        continue;
      }
      BaseFolderId id = new FolderId(f.id(), null);
      Integer offset = 0;
      while (offset != null && out.size() < limit) {
        Page<MailItem> page = page(id, "folder " + f.path(), query, offset, limit - out.size());
        out.addAll(page.items());
        offset = page.continuationToken().map(Integer::valueOf).orElse(null);
      }
    }
    return out;
  }

  private static boolean isMailFolder(MailFolder f) {
    String c = f.folderClass();
    return c == null || c.isEmpty() || c.startsWith("IPF.Note");
  }

  ItemChanges sync(FolderRef folder, String syncState, int maxChanges, Set<ItemField> fields) {
    Set<ItemField> detail = EwsFields.detailFields(fields);
    if (!detail.isEmpty()) {
      throw new InvalidRequestException(
          "Folder synchronization cannot return " + detail + "; read them with getItems");
    }
    if (maxChanges < 1 || maxChanges > SyncFolderItemsCall.MAX_CHANGES) {
      throw new IllegalArgumentException(
          "maxChanges must be between 1 and " + SyncFolderItemsCall.MAX_CHANGES);
    }
    return transport.execute(
        mailbox,
        new SyncFolderItemsCall(
            folders.resolve(folder),
            syncState == null || syncState.isBlank() ? null : syncState,
            maxChanges,
            fields,
            version,
            "folder " + folder));
  }

  private static int parseOffset(String token) {
    try {
      int o = Integer.parseInt(token);
      if (o < 0) {
        throw new NumberFormatException();
      }
      return o;
    } catch (NumberFormatException e) {
      throw new InvalidRequestException("Not a continuation token of an item listing: " + token);
    }
  }
}
