package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.messages.CopyItem;
import dev.exchangesdk.ews.internal.bind.messages.DeleteAttachment;
import dev.exchangesdk.ews.internal.bind.messages.DeleteItem;
import dev.exchangesdk.ews.internal.bind.messages.FindItem;
import dev.exchangesdk.ews.internal.bind.messages.MarkAsJunk;
import dev.exchangesdk.ews.internal.bind.messages.MoveItem;
import dev.exchangesdk.ews.internal.bind.messages.UpdateItem;
import dev.exchangesdk.ews.internal.bind.types.AttachmentIds;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.IndexedPageView;
import dev.exchangesdk.ews.internal.bind.types.ItemChange;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.bind.types.MessageUpdate;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.bind.types.Restriction;
import dev.exchangesdk.ews.internal.bind.types.SearchExpression;
import dev.exchangesdk.ews.internal.read.EwsFields;
import dev.exchangesdk.ews.internal.read.RootFolderInfo;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.internal.write.XmlChars;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.DeletedAttachment;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemAction;
import dev.exchangesdk.ews.model.ItemActionResult;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.RecoveryResult;
import dev.exchangesdk.ews.model.WellKnownFolder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes to items of one mailbox: delete, move, copy, read flag, categories, junk, attachment
 * deletion and recovery from Recoverable Items. Every batch is sent in chunks of {@link
 * PerIdCall#MAX_IDS} and answered per id. Thread-safe.
 */
final class ItemWriteOperations {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews");

  /** Message-IDs per recovery search: keeps the restriction well below the query size limit. */
  static final int MESSAGE_IDS_PER_SEARCH = 50;

  private static final String CONFLICT = "ErrorIrresolvableConflict";

  /** Read-merge-write rounds for an item that keeps changing under a category update. */
  static final int CONFLICT_ATTEMPTS = 3;

  private final EwsTransport transport;
  private final MailboxContext mailbox;
  private final ExchangeServerVersion version;
  private final FolderOperations folders;
  private final ItemOperations items;

  ItemWriteOperations(
      EwsTransport transport,
      MailboxContext mailbox,
      ExchangeServerVersion version,
      FolderOperations folders,
      ItemOperations items) {
    this.transport = transport;
    this.mailbox = mailbox;
    this.version = version;
    this.folders = folders;
    this.items = items;
  }

  List<ItemResult<ItemActionResult>> delete(List<String> ids, DeleteMode mode) {
    return inChunks(
        ids,
        chunk ->
            withAction(
                chunk,
                mode.action(),
                messageIds(chunk),
                transport.execute(
                    mailbox,
                    new PerIdCall(
                        "DeleteItem",
                        new DeleteItem(ItemIds.of(chunk), mode.wireName()),
                        chunk,
                        "item",
                        Idempotency.IDEMPOTENT,
                        false))));
  }

  List<ItemResult<ItemActionResult>> move(List<String> ids, FolderRef target) {
    BaseFolderId to = folders.resolve(target);
    return inChunks(ids, chunk -> move(chunk, to, ItemAction.MOVED, messageIds(chunk)));
  }

  private List<ItemResult<ItemActionResult>> move(
      List<String> chunk, BaseFolderId to, ItemAction action, Map<String, String> messageIds) {
    List<ItemResult<ReturnedId>> moved =
        transport.execute(
            mailbox,
            new PerIdCall(
                "MoveItem",
                new MoveItem(FolderIds.of(to), ItemIds.of(chunk)),
                chunk,
                "item",
                Idempotency.IDEMPOTENT,
                false));
    return withAction(chunk, action, messageIds, moved);
  }

  List<ItemResult<ItemActionResult>> copy(List<String> ids, FolderRef target) {
    BaseFolderId to = folders.resolve(target);
    return inChunks(
        ids,
        chunk ->
            withAction(
                chunk,
                ItemAction.COPIED,
                messageIds(chunk),
                transport.execute(
                    mailbox,
                    new PerIdCall(
                        "CopyItem",
                        new CopyItem(FolderIds.of(to), ItemIds.of(chunk)),
                        chunk,
                        "item",
                        // a repeated copy makes a second copy
                        Idempotency.NOT_IDEMPOTENT,
                        false))));
  }

  /**
   * Sets {@code message:IsRead}. The ids go without a change key and with {@code
   * ConflictResolution=AlwaysOverwrite}: the update carries this one flag only, so overwriting a
   * concurrent change of the same flag (the user opening the mail) is the intended outcome and no
   * other property is touched. An item that still reports {@code ErrorIrresolvableConflict} is sent
   * once more. Read receipts are suppressed (Exchange 2013+): marking a phishing mail read must not
   * tell its sender.
   */
  List<ItemResult<ItemActionResult>> markRead(List<String> ids, boolean read) {
    ItemAction action = read ? ItemAction.MARKED_AS_READ : ItemAction.MARKED_AS_UNREAD;
    return update(
        ids, action, new ItemChange.SetItemField("message:IsRead", MessageUpdate.read(read)));
  }

  /** Replaces the categories of the items (an empty list clears them). */
  List<ItemResult<ItemActionResult>> setCategories(List<String> ids, List<String> categories) {
    requireCategories(categories);
    return update(ids, ItemAction.CATEGORIES_SET, categoryUpdate(categories));
  }

  /**
   * Adds categories: GetItem for each item's categories and change key, then one SetItemField with
   * the union at that change key ({@code AutoResolve}). An item changed in between answers {@code
   * ErrorIrresolvableConflict} (or {@code ErrorStaleObject}) and is read again, up to {@value
   * #CONFLICT_ATTEMPTS} times. Items that already have every category are not written.
   */
  List<ItemResult<ItemActionResult>> addCategories(List<String> ids, List<String> categories) {
    requireCategories(categories);
    return inChunks(
        ids,
        chunk -> {
          Map<String, ItemResult<ItemActionResult>> done = new HashMap<>();
          List<String> pending = chunk;
          for (int attempt = 1; !pending.isEmpty(); attempt++) {
            pending = addCategoriesOnce(pending, categories, done, attempt == CONFLICT_ATTEMPTS);
          }
          List<ItemResult<ItemActionResult>> out = new ArrayList<>(chunk.size());
          for (String id : chunk) {
            out.add(done.get(id));
          }
          return out;
        });
  }

  /** One read-merge-write round; returns the ids to read again because they changed meanwhile. */
  private List<String> addCategoriesOnce(
      List<String> ids,
      List<String> categories,
      Map<String, ItemResult<ItemActionResult>> done,
      boolean lastAttempt) {
    List<ItemChange> changes = new ArrayList<>();
    List<String> written = new ArrayList<>();
    Map<String, String> messageIds = new HashMap<>();
    for (ItemResult<MailItem> r :
        items.get(ids, EnumSet.of(ItemField.CATEGORIES, ItemField.MESSAGE_ID))) {
      if (!r.isSuccess()) {
        done.put(r.id(), ItemResult.failure(r.id(), r.error()));
        continue;
      }
      MailItem item = r.value();
      messageIds.put(r.id(), item.internetMessageId());
      List<String> merged = new ArrayList<>(item.categories());
      Set<String> have = new HashSet<>();
      for (String c : merged) {
        have.add(c.toLowerCase(Locale.ROOT));
      }
      for (String c : categories) {
        if (have.add(c.toLowerCase(Locale.ROOT))) {
          merged.add(c);
        }
      }
      if (merged.size() == item.categories().size()) {
        done.put(r.id(), added(r.id(), item.internetMessageId()));
        continue;
      }
      changes.add(
          new ItemChange(
              r.id(),
              item.changeKey(),
              List.of(
                  new ItemChange.SetItemField(
                      "item:Categories", MessageUpdate.categories(merged)))));
      written.add(r.id());
    }
    if (written.isEmpty()) {
      return List.of();
    }
    List<String> again = new ArrayList<>();
    for (ItemResult<ReturnedId> r :
        transport.execute(
            mailbox,
            new PerIdCall(
                "UpdateItem",
                new UpdateItem(changes, "AutoResolve", null),
                written,
                "item",
                Idempotency.IDEMPOTENT,
                true))) {
      boolean conflict =
          !r.isSuccess()
              && (CONFLICT.equals(r.error().errorCode())
                  || "ErrorStaleObject".equals(r.error().errorCode()));
      if (conflict && !lastAttempt) {
        again.add(r.id());
      } else {
        done.put(
            r.id(),
            r.isSuccess()
                ? added(r.id(), messageIds.get(r.id()))
                : ItemResult.failure(r.id(), r.error()));
      }
    }
    return again;
  }

  private static ItemResult<ItemActionResult> added(String id, String messageId) {
    return ItemResult.success(
        id, new ItemActionResult(id, ItemAction.CATEGORIES_ADDED, null, messageId));
  }

  private static void requireCategories(List<String> categories) {
    for (String c : categories) {
      if (c == null || c.isBlank()) {
        throw new InvalidRequestException("A category must not be blank");
      }
      XmlChars.require(c, "category");
    }
  }

  private static Object categoryUpdate(List<String> categories) {
    return categories.isEmpty()
        ? new ItemChange.DeleteItemField("item:Categories")
        : new ItemChange.SetItemField("item:Categories", MessageUpdate.categories(categories));
  }

  /**
   * @param setOrDelete an {@link ItemChange.SetItemField} or {@link ItemChange.DeleteItemField}
   */
  private List<ItemResult<ItemActionResult>> update(
      List<String> ids, ItemAction action, Object setOrDelete) {
    return inChunks(
        ids,
        chunk -> {
          Map<String, String> messageIds = messageIds(chunk);
          List<ItemResult<ReturnedId>> results = updateOnce(chunk, setOrDelete);
          List<String> conflicted = new ArrayList<>();
          for (ItemResult<ReturnedId> r : results) {
            if (!r.isSuccess() && CONFLICT.equals(r.error().errorCode())) {
              conflicted.add(r.id());
            }
          }
          if (!conflicted.isEmpty()) {
            LOG.debug("{} items changed concurrently; sending their update again", conflicted);
            Map<String, ItemResult<ReturnedId>> again = new HashMap<>();
            for (ItemResult<ReturnedId> r : updateOnce(conflicted, setOrDelete)) {
              again.put(r.id(), r);
            }
            List<ItemResult<ReturnedId>> merged = new ArrayList<>(results.size());
            for (ItemResult<ReturnedId> r : results) {
              merged.add(again.getOrDefault(r.id(), r));
            }
            results = merged;
          }
          return withAction(chunk, action, messageIds, results, false);
        });
  }

  private List<ItemResult<ReturnedId>> updateOnce(List<String> ids, Object change) {
    List<ItemChange> changes = new ArrayList<>(ids.size());
    for (String id : ids) {
      changes.add(new ItemChange(id, null, List.of(change)));
    }
    Boolean suppressReceipts = version.atLeast(ExchangeServerVersion.EXCHANGE_2013) ? true : null;
    return transport.execute(
        mailbox,
        new PerIdCall(
            "UpdateItem",
            new UpdateItem(changes, "AlwaysOverwrite", suppressReceipts),
            ids,
            "item",
            Idempotency.IDEMPOTENT,
            true));
  }

  /**
   * MarkAsJunk (Exchange 2013+): junk adds the sender to the blocked senders list, not junk removes
   * it; with {@code move} the item goes to Junk Email (or back to the Inbox) and gets a new id.
   */
  List<ItemResult<ItemActionResult>> markJunk(List<String> ids, boolean junk, boolean move) {
    if (!version.atLeast(ExchangeServerVersion.EXCHANGE_2013)) {
      throw new InvalidRequestException(
          "Marking items as junk (MarkAsJunk) needs Exchange 2013 or later; this client speaks "
              + version.wireName());
    }
    ItemAction action = junk ? ItemAction.MARKED_AS_JUNK : ItemAction.MARKED_AS_NOT_JUNK;
    return inChunks(
        ids,
        chunk ->
            withAction(
                chunk,
                action,
                messageIds(chunk),
                transport.execute(
                    mailbox,
                    new PerIdCall(
                        "MarkAsJunk",
                        new MarkAsJunk(ItemIds.of(chunk), junk, move),
                        chunk,
                        "item",
                        Idempotency.IDEMPOTENT,
                        false))));
  }

  List<ItemResult<DeletedAttachment>> deleteAttachments(List<String> attachmentIds) {
    return inChunks(
        attachmentIds,
        chunk -> {
          List<ItemResult<DeletedAttachment>> out = new ArrayList<>(chunk.size());
          for (ItemResult<ReturnedId> r :
              transport.execute(
                  mailbox,
                  new PerIdCall(
                      "DeleteAttachment",
                      new DeleteAttachment(AttachmentIds.of(chunk)),
                      chunk,
                      "attachment",
                      Idempotency.IDEMPOTENT,
                      false))) {
            out.add(
                r.isSuccess()
                    ? ItemResult.success(
                        r.id(),
                        new DeletedAttachment(r.id(), r.value().id(), r.value().changeKey()))
                    : ItemResult.failure(r.id(), r.error()));
          }
          return out;
        });
  }

  /** Every attachment of the item (files, attached items, links); none is an empty result. */
  List<ItemResult<DeletedAttachment>> deleteAllAttachments(String itemId) {
    MailItem item =
        items.get(List.of(itemId), EnumSet.of(ItemField.ATTACHMENTS)).get(0).orElseThrow();
    List<String> attachmentIds = new ArrayList<>();
    for (AttachmentInfo a : item.attachments()) {
      if (a.id() != null) {
        attachmentIds.add(a.id());
      }
    }
    return attachmentIds.isEmpty() ? List.of() : deleteAttachments(attachmentIds);
  }

  /**
   * Finds the messages with these Message-IDs in Recoverable Items (Deletions) and moves every copy
   * to {@code target}. Message-IDs that match nothing are reported, not failed.
   */
  RecoveryResult recover(List<String> internetMessageIds, FolderRef target) {
    Map<String, String> wanted = new LinkedHashMap<>(); // normalized (lower case) -> as given
    for (String id : internetMessageIds) {
      String normalized = normalizeMessageId(id);
      wanted.putIfAbsent(normalized.toLowerCase(Locale.ROOT), id);
    }
    BaseFolderId to = folders.resolve(target);
    List<String> keys = new ArrayList<>(wanted.keySet());
    Map<String, String> foundMessageIds = new LinkedHashMap<>(); // item id -> Message-ID
    for (int i = 0; i < keys.size(); i += MESSAGE_IDS_PER_SEARCH) {
      List<String> batch = keys.subList(i, Math.min(keys.size(), i + MESSAGE_IDS_PER_SEARCH));
      for (MailItem m : findDeleted(batch)) {
        if (m.id() != null && m.internetMessageId() != null) {
          foundMessageIds.put(m.id(), m.internetMessageId());
        }
      }
    }
    List<String> notFound = new ArrayList<>();
    Set<String> foundKeys = new HashSet<>();
    for (String mid : foundMessageIds.values()) {
      foundKeys.add(mid.toLowerCase(Locale.ROOT));
    }
    for (Map.Entry<String, String> e : wanted.entrySet()) {
      if (!foundKeys.contains(e.getKey())) {
        notFound.add(e.getValue());
      }
    }
    List<String> itemIds = new ArrayList<>(foundMessageIds.keySet());
    List<ItemResult<ItemActionResult>> moves =
        itemIds.isEmpty()
            ? List.of()
            : inChunks(itemIds, chunk -> move(chunk, to, ItemAction.RECOVERED, foundMessageIds));
    return new RecoveryResult(moves, notFound);
  }

  /** The items in Recoverable Items (Deletions) with any of these Message-IDs, every page. */
  private List<MailItem> findDeleted(List<String> messageIds) {
    List<SearchExpression> any = new ArrayList<>(messageIds.size());
    for (String id : messageIds) {
      any.add(SearchExpression.isEqualTo("message:InternetMessageId", id));
    }
    Restriction restriction = Restriction.of(SearchExpression.or(any));
    ResponseShape shape =
        ResponseShape.items(
            EwsFields.uris(EnumSet.of(ItemField.ID, ItemField.MESSAGE_ID), version), false);
    FolderIds deletions =
        FolderIds.of(
            new DistinguishedFolderId(WellKnownFolder.RECOVERABLE_ITEMS_DELETIONS.wireName()));
    List<MailItem> out = new ArrayList<>();
    Integer offset = 0;
    while (offset != null) {
      ItemListReader.Items page =
          transport.execute(
              mailbox,
              new FindItemCall(
                  new FindItem(
                      shape,
                      new IndexedPageView(ItemQuery.MAX_PAGE_SIZE, offset),
                      restriction,
                      null,
                      deletions,
                      null),
                  "Recoverable Items (Deletions)"));
      out.addAll(page.items());
      RootFolderInfo info =
          page.page() != null ? page.page() : new RootFolderInfo(null, null, true);
      offset = info.nextOffset(offset, page.items().size());
    }
    return out;
  }

  static String normalizeMessageId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A Message-ID must not be blank");
    }
    String s = XmlChars.require(id.strip(), "Message-ID");
    return s.startsWith("<") ? s : "<" + s + ">";
  }

  /**
   * The Message-ID of each item, for reporting: one GetItem per chunk. A failure here is not the
   * operation's failure (the write reports its own per-id errors), so it only leaves them unknown.
   */
  private Map<String, String> messageIds(List<String> ids) {
    Map<String, String> out = new HashMap<>();
    try {
      for (ItemResult<MailItem> r : items.get(ids, EnumSet.of(ItemField.MESSAGE_ID))) {
        if (r.isSuccess() && r.value().internetMessageId() != null) {
          out.put(r.id(), r.value().internetMessageId());
        }
      }
    } catch (ExchangeException e) {
      LOG.debug("Could not read the Message-IDs of {} items: {}", ids.size(), e.toString());
    }
    return out;
  }

  private static List<ItemResult<ItemActionResult>> withAction(
      List<String> ids,
      ItemAction action,
      Map<String, String> messageIds,
      List<ItemResult<ReturnedId>> results) {
    return withAction(ids, action, messageIds, results, true);
  }

  /**
   * @param newIds whether the returned id is the item's new id (move, copy, junk move), rather than
   *     its same id at a new version (update)
   */
  private static List<ItemResult<ItemActionResult>> withAction(
      List<String> ids,
      ItemAction action,
      Map<String, String> messageIds,
      List<ItemResult<ReturnedId>> results,
      boolean newIds) {
    List<ItemResult<ItemActionResult>> out = new ArrayList<>(ids.size());
    for (ItemResult<ReturnedId> r : results) {
      if (!r.isSuccess()) {
        out.add(ItemResult.failure(r.id(), r.error()));
        continue;
      }
      String newId = newIds ? r.value().id() : null;
      out.add(
          ItemResult.success(
              r.id(), new ItemActionResult(r.id(), action, newId, messageIds.get(r.id()))));
    }
    return out;
  }

  private static <V> List<ItemResult<V>> inChunks(
      List<String> ids, Function<List<String>, List<ItemResult<V>>> call) {
    List<ItemResult<V>> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i += PerIdCall.MAX_IDS) {
      out.addAll(call.apply(ids.subList(i, Math.min(ids.size(), i + PerIdCall.MAX_IDS))));
    }
    return out;
  }
}
