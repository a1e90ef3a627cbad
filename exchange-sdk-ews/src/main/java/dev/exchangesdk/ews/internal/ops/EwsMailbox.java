package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.DownloadedAttachment;
import dev.exchangesdk.ews.model.EmlExport;
import dev.exchangesdk.ews.model.FolderNode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemChanges;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.MailItem;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The EWS implementation of {@link Mailbox}. Thread-safe. */
public final class EwsMailbox implements Mailbox {
  private final MailboxContext mailbox;
  private final FolderOperations folders;
  private final ItemOperations items;
  private final ContentOperations content;

  public EwsMailbox(EwsTransport transport, MailboxContext mailbox, ExchangeServerVersion version) {
    this.mailbox = mailbox;
    this.folders = new FolderOperations(transport, mailbox);
    this.items = new ItemOperations(transport, mailbox, version, folders);
    this.content = new ContentOperations(transport, mailbox, version, items);
  }

  /** The folder resolver, for operations built on this mailbox. */
  public FolderOperations folders() {
    return folders;
  }

  @Override
  public String address() {
    return mailbox.address();
  }

  @Override
  public MailFolder getFolder(FolderRef folder) {
    return folders.get(Objects.requireNonNull(folder, "folder"));
  }

  @Override
  public List<MailFolder> listFolders(FolderRef root) {
    return folders.list(Objects.requireNonNull(root, "root"));
  }

  @Override
  public FolderNode folderTree(FolderRef root) {
    return folders.tree(Objects.requireNonNull(root, "root"));
  }

  @Override
  public PagedIterable<MailItem> findItems(FolderRef folder, ItemQuery query) {
    return items.find(
        Objects.requireNonNull(folder, "folder"), Objects.requireNonNull(query, "query"));
  }

  @Override
  public List<MailItem> searchMailbox(ItemQuery query) {
    return items.search(Objects.requireNonNull(query, "query"), null);
  }

  @Override
  public List<ItemResult<MailItem>> getItems(List<String> itemIds, Set<ItemField> fields) {
    Objects.requireNonNull(itemIds, "itemIds");
    for (String id : itemIds) {
      requireId(id, "item id");
    }
    return itemIds.isEmpty()
        ? List.of()
        : items.get(itemIds, Objects.requireNonNull(fields, "fields"));
  }

  @Override
  public MailItem getItem(String itemId) {
    return items.get(List.of(requireId(itemId, "itemId")), ItemField.all()).get(0).orElseThrow();
  }

  @Override
  public EmlExport exportItem(String itemId, OutputStream out) {
    return content.exportItem(requireId(itemId, "itemId"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public EmlExport exportItem(String itemId, Path file) {
    return content.exportItem(requireId(itemId, "itemId"), Objects.requireNonNull(file, "file"));
  }

  @Override
  public DownloadedAttachment downloadAttachment(String attachmentId, OutputStream out) {
    return content.download(
        requireId(attachmentId, "attachmentId"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public DownloadedAttachment downloadAttachment(String attachmentId, Path file) {
    return content.download(
        requireId(attachmentId, "attachmentId"), Objects.requireNonNull(file, "file"));
  }

  @Override
  public MailItem getAttachedItem(String attachmentId) {
    return content.attachedItem(requireId(attachmentId, "attachmentId"));
  }

  @Override
  public EmlExport exportAttachedItem(String attachmentId, OutputStream out) {
    return content.exportAttachedItem(
        requireId(attachmentId, "attachmentId"), Objects.requireNonNull(out, "out"));
  }

  @Override
  public EmlExport exportAttachedItem(String attachmentId, Path file) {
    return content.exportAttachedItem(
        requireId(attachmentId, "attachmentId"), Objects.requireNonNull(file, "file"));
  }

  @Override
  public ItemChanges syncItems(
      FolderRef folder, String syncState, int maxChanges, Set<ItemField> fields) {
    return items.sync(
        Objects.requireNonNull(folder, "folder"),
        syncState,
        maxChanges,
        Objects.requireNonNull(fields, "fields"));
  }

  /** Searches one folder, or the whole mailbox when {@code scope} is {@code null}. */
  public List<MailItem> search(ItemQuery query, FolderRef scope) {
    return items.search(Objects.requireNonNull(query, "query"), scope);
  }

  @Override
  public String toString() {
    return "Mailbox{" + mailbox.address() + '}';
  }

  private static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return id.strip();
  }
}
