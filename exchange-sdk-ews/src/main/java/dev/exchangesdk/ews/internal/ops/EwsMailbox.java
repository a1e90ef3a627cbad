package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.Contact;
import dev.exchangesdk.ews.model.CreatedFolder;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.DeletedAttachment;
import dev.exchangesdk.ews.model.DiscoveryQuery;
import dev.exchangesdk.ews.model.DiscoveryResult;
import dev.exchangesdk.ews.model.DistributionGroup;
import dev.exchangesdk.ews.model.DownloadedAttachment;
import dev.exchangesdk.ews.model.EmlExport;
import dev.exchangesdk.ews.model.FolderNode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.InboxRule;
import dev.exchangesdk.ews.model.ItemActionResult;
import dev.exchangesdk.ews.model.ItemChanges;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.MailboxTransfer;
import dev.exchangesdk.ews.model.NameResolution;
import dev.exchangesdk.ews.model.OutOfOfficeSettings;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.ews.model.RecoveryResult;
import dev.exchangesdk.ews.model.SearchableMailbox;
import dev.exchangesdk.ews.model.SendResult;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** The EWS implementation of {@link Mailbox}. Thread-safe. */
public final class EwsMailbox implements Mailbox {
  private final MailboxContext mailbox;
  private final FolderOperations folders;
  private final ItemOperations items;
  private final ContentOperations content;
  private final EwsTransport transport;
  private final Function<String, MailboxContext> mailboxes;
  private final ItemWriteOperations writes;
  private final DirectoryOperations directory;
  private final SendOperations sending;
  private final TransferOperations transfers;

  /**
   * @param mailboxes the context of another mailbox by address (moves between mailboxes), sharing
   *     the client's per-mailbox limits
   */
  public EwsMailbox(
      EwsTransport transport,
      MailboxContext mailbox,
      ExchangeServerVersion version,
      Function<String, MailboxContext> mailboxes) {
    this.transport = transport;
    this.mailbox = mailbox;
    this.mailboxes = mailboxes;
    this.folders = new FolderOperations(transport, mailbox);
    this.items = new ItemOperations(transport, mailbox, version, folders);
    this.content = new ContentOperations(transport, mailbox, version, items);
    this.writes = new ItemWriteOperations(transport, mailbox, version, folders, items);
    this.directory = new DirectoryOperations(transport, mailbox);
    this.sending = new SendOperations(transport, mailbox, version, items);
    this.transfers = new TransferOperations(transport, mailbox, items);
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

  // ---- changing items

  @Override
  public List<ItemResult<ItemActionResult>> deleteItems(List<String> itemIds, DeleteMode mode) {
    Objects.requireNonNull(mode, "mode");
    List<String> ids = ids(itemIds, "item id");
    return ids.isEmpty() ? List.of() : writes.delete(ids, mode);
  }

  @Override
  public List<ItemResult<ItemActionResult>> moveItems(List<String> itemIds, FolderRef target) {
    Objects.requireNonNull(target, "target");
    List<String> ids = ids(itemIds, "item id");
    return ids.isEmpty() ? List.of() : writes.move(ids, target);
  }

  @Override
  public ItemActionResult moveItem(String itemId, FolderRef target) {
    return writes
        .move(List.of(requireId(itemId, "itemId")), Objects.requireNonNull(target, "target"))
        .get(0)
        .orElseThrow();
  }

  @Override
  public List<ItemResult<ItemActionResult>> copyItems(List<String> itemIds, FolderRef target) {
    Objects.requireNonNull(target, "target");
    List<String> ids = ids(itemIds, "item id");
    return ids.isEmpty() ? List.of() : writes.copy(ids, target);
  }

  @Override
  public List<ItemResult<ItemActionResult>> markAsRead(List<String> itemIds, boolean read) {
    List<String> ids = ids(itemIds, "item id");
    return ids.isEmpty() ? List.of() : writes.markRead(ids, read);
  }

  @Override
  public List<ItemResult<ItemActionResult>> setCategories(
      List<String> itemIds, List<String> categories) {
    Objects.requireNonNull(categories, "categories");
    List<String> ids = ids(itemIds, "item id");
    return ids.isEmpty() ? List.of() : writes.setCategories(ids, List.copyOf(categories));
  }

  @Override
  public List<ItemResult<ItemActionResult>> addCategories(
      List<String> itemIds, List<String> categories) {
    Objects.requireNonNull(categories, "categories");
    List<String> ids = ids(itemIds, "item id");
    return ids.isEmpty() || categories.isEmpty()
        ? List.of()
        : writes.addCategories(ids, List.copyOf(categories));
  }

  @Override
  public List<ItemResult<ItemActionResult>> markAsJunk(
      List<String> itemIds, boolean junk, boolean move) {
    List<String> ids = ids(itemIds, "item id");
    return ids.isEmpty() ? List.of() : writes.markJunk(ids, junk, move);
  }

  @Override
  public RecoveryResult recoverMessages(List<String> internetMessageIds, FolderRef target) {
    Objects.requireNonNull(target, "target");
    List<String> ids = ids(internetMessageIds, "Message-ID");
    return ids.isEmpty() ? new RecoveryResult(List.of(), List.of()) : writes.recover(ids, target);
  }

  @Override
  public MailboxTransfer moveItemToMailbox(
      String itemId, String destinationMailbox, FolderRef destinationFolder) {
    return moveItemToMailbox(
        itemId, destinationMailbox, destinationFolder, MailboxTransfer.TransferMethod.AUTO);
  }

  @Override
  public MailboxTransfer moveItemToMailbox(
      String itemId,
      String destinationMailbox,
      FolderRef destinationFolder,
      MailboxTransfer.TransferMethod method) {
    String destination = requireId(destinationMailbox, "destinationMailbox");
    if (destination.equalsIgnoreCase(mailbox.address())) {
      throw new IllegalArgumentException(
          "The destination is this mailbox; use moveItem to move within a mailbox");
    }
    return transfers.move(
        requireId(itemId, "itemId"),
        mailboxes.apply(destination),
        Objects.requireNonNull(destinationFolder, "destinationFolder"),
        Objects.requireNonNull(method, "method"));
  }

  // ---- attachments

  @Override
  public List<ItemResult<DeletedAttachment>> deleteAttachments(List<String> attachmentIds) {
    List<String> ids = ids(attachmentIds, "attachment id");
    return ids.isEmpty() ? List.of() : writes.deleteAttachments(ids);
  }

  @Override
  public List<ItemResult<DeletedAttachment>> deleteAllAttachments(String itemId) {
    return writes.deleteAllAttachments(requireId(itemId, "itemId"));
  }

  // ---- folders

  @Override
  public CreatedFolder createFolder(FolderRef parent, String name) {
    return new FolderWriteOperations(transport, mailbox, folders)
        .create(Objects.requireNonNull(parent, "parent"), requireId(name, "name"));
  }

  // ---- sending

  @Override
  public SendResult sendMail(OutgoingMessage message) {
    return sending.send(Objects.requireNonNull(message, "message"));
  }

  @Override
  public SendResult reply(String itemId, OutgoingMessage reply, boolean replyAll) {
    return sending.reply(
        requireId(itemId, "itemId"), Objects.requireNonNull(reply, "reply"), replyAll);
  }

  // ---- directory and settings

  @Override
  public DistributionGroup expandGroup(String groupAddress, boolean recursive) {
    return directory.expand(requireId(groupAddress, "groupAddress"), recursive);
  }

  @Override
  public NameResolution resolveNames(String nameOrAddress, boolean withContactData) {
    return directory.resolve(requireId(nameOrAddress, "nameOrAddress"), withContactData);
  }

  @Override
  public List<Contact> listContacts(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1");
    }
    return directory.contacts(limit);
  }

  @Override
  public OutOfOfficeSettings getOutOfOffice() {
    return transport.execute(mailbox, MailboxSettingsCalls.outOfOffice(mailbox.address()));
  }

  @Override
  public List<InboxRule> getInboxRules() {
    return transport.execute(mailbox, MailboxSettingsCalls.inboxRules(mailbox.address()));
  }

  // ---- eDiscovery

  @Override
  public List<SearchableMailbox> listSearchableMailboxes(String filter, boolean expandGroups) {
    String f = filter == null || filter.isBlank() ? null : filter.strip();
    return transport.execute(mailbox, DiscoveryCalls.searchableMailboxes(f, expandGroups));
  }

  @Override
  public DiscoveryResult searchMailboxes(DiscoveryQuery query) {
    return transport.execute(
        mailbox, DiscoveryCalls.search(Objects.requireNonNull(query, "query")));
  }

  @Override
  public String toString() {
    return "Mailbox{" + mailbox.address() + '}';
  }

  /** The ids, checked and stripped; an empty list stays empty. */
  private static List<String> ids(List<String> ids, String what) {
    Objects.requireNonNull(ids, what + "s");
    List<String> out = new java.util.ArrayList<>(ids.size());
    for (String id : ids) {
      out.add(requireId(id, what));
    }
    return out;
  }

  private static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return id.strip();
  }
}
