package dev.exchangesdk.ews;

import dev.exchangesdk.core.PagedIterable;
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
import java.util.Set;

/**
 * The operations on one mailbox. Obtain one from {@link EwsClient#mailbox(String)}; handles are
 * cheap and thread-safe, so keep one per mailbox or create them as needed.
 *
 * <p>The interface speaks only the SDK's own model types, never protocol types, so another
 * transport (Microsoft Graph) can implement it later. Operations throw the {@link
 * dev.exchangesdk.core.ExchangeException} hierarchy: {@link dev.exchangesdk.core.NotFoundException}
 * for a missing item, folder or mailbox, {@link dev.exchangesdk.core.AccessDeniedException} (and
 * {@link EwsDisabledException}) when access is refused, {@link
 * dev.exchangesdk.core.ThrottledException} once the retry budget is spent, and so on. Batch
 * operations report failures per entry instead.
 */
public interface Mailbox {

  /** The SMTP address of the mailbox. */
  String address();

  // ---- folders

  /** One folder, with its counts. */
  MailFolder getFolder(FolderRef folder);

  /**
   * Every folder below {@code root} (not {@code root} itself), depth first, each with its {@link
   * MailFolder#path()} from {@code root}. Use {@code FolderRef.wellKnown(MSG_FOLDER_ROOT)} for the
   * user's whole folder tree.
   */
  List<MailFolder> listFolders(FolderRef root);

  /** {@code root} and every folder below it, as a tree. */
  FolderNode folderTree(FolderRef root);

  // ---- items

  /**
   * The items of one folder that match the query, fetched page by page as the caller iterates.
   * Stops at the query's limit, at the end of the folder, or when the server stops advancing.
   */
  PagedIterable<MailItem> findItems(FolderRef folder, ItemQuery query);

  /**
   * Searches the whole mailbox: every mail folder under Top of Information Store, one folder after
   * the other, until the query's limit is reached.
   */
  List<MailItem> searchMailbox(ItemQuery query);

  /**
   * Items by id, with the given fields, in batches; one outcome per id, in order, so one missing
   * item does not hide the others.
   */
  List<ItemResult<MailItem>> getItems(List<String> itemIds, Set<ItemField> fields);

  /**
   * One item with every field.
   *
   * @throws dev.exchangesdk.core.NotFoundException when it does not exist
   */
  MailItem getItem(String itemId);

  /**
   * Writes the item as an RFC 5322 message ({@code .eml}) to {@code out}, streamed, repaired: CRLF
   * line ends, item headers the MIME lacks added. {@code out} is not closed.
   */
  EmlExport exportItem(String itemId, OutputStream out);

  /** As {@link #exportItem(String, OutputStream)} into a file (written whole or not at all). */
  EmlExport exportItem(String itemId, Path file);

  // ---- attachments (ids from MailItem#attachments())

  /**
   * Writes a file attachment's content to {@code out} as it arrives, computing its SHA-256; memory
   * use does not depend on its size. {@code out} is not closed.
   *
   * @throws dev.exchangesdk.core.InvalidRequestException when the attachment is an attached item
   */
  DownloadedAttachment downloadAttachment(String attachmentId, OutputStream out);

  /** As {@link #downloadAttachment(String, OutputStream)} into a file (whole or not at all). */
  DownloadedAttachment downloadAttachment(String attachmentId, Path file);

  /** An attached mail (or other item) read as an item, with every field. */
  MailItem getAttachedItem(String attachmentId);

  /** Writes an attached mail as {@code .eml}, repaired like {@link #exportItem}. */
  EmlExport exportAttachedItem(String attachmentId, OutputStream out);

  /** As {@link #exportAttachedItem(String, OutputStream)} into a file. */
  EmlExport exportAttachedItem(String attachmentId, Path file);

  // ---- synchronization

  /**
   * The next batch of changes in a folder since {@code syncState} ({@code null} for the first call,
   * which reports every item as created). Call again with {@link ItemChanges#syncState()} until
   * {@link ItemChanges#complete()}.
   *
   * @param maxChanges 1 to 512 changes per call
   * @param fields the item fields for created and updated items (listing fields only: no recipients
   *     lists, headers, bodies or attachments)
   * @throws InvalidSyncStateException when the server no longer accepts {@code syncState}
   */
  ItemChanges syncItems(FolderRef folder, String syncState, int maxChanges, Set<ItemField> fields);

  // ---- changing items (batches answer per id; ids from MailItem#id())

  /**
   * Deletes items (pack {@code ews-delete-items}): one outcome per id with the item's Message-ID
   * where it could be read first, so one missing item does not hide the others.
   */
  List<ItemResult<ItemActionResult>> deleteItems(List<String> itemIds, DeleteMode mode);

  /**
   * Moves items to a folder (pack {@code ews-move-item}). Each moved item gets a new id ({@link
   * ItemActionResult#newItemId()}); its old id stops working.
   */
  List<ItemResult<ItemActionResult>> moveItems(List<String> itemIds, FolderRef target);

  /**
   * Moves one item.
   *
   * @return the outcome, with the new id
   * @throws dev.exchangesdk.core.NotFoundException when the item or folder does not exist
   */
  ItemActionResult moveItem(String itemId, FolderRef target);

  /** Copies items to a folder; each outcome carries the copy's id. */
  List<ItemResult<ItemActionResult>> copyItems(List<String> itemIds, FolderRef target);

  /**
   * Marks items read or unread (pack {@code ews-mark-items-as-read}) without sending read receipts.
   * Only the read flag is written, overwriting a concurrent change of it.
   */
  List<ItemResult<ItemActionResult>> markAsRead(List<String> itemIds, boolean read);

  /** Replaces the categories of items; an empty list clears them. */
  List<ItemResult<ItemActionResult>> setCategories(List<String> itemIds, List<String> categories);

  /**
   * Adds categories to items, keeping those they have (names compared ignoring case). Each item is
   * read, then written at the version read; one changed in between is read again and retried.
   */
  List<ItemResult<ItemActionResult>> addCategories(List<String> itemIds, List<String> categories);

  /**
   * Marks items as junk (the sender goes to the blocked senders list) or as not junk (the sender
   * leaves it) (pack {@code ews-mark-item-as-junk}). With {@code move}, junk goes to Junk Email and
   * not-junk back to the Inbox, and each item gets a new id. Exchange 2013 and later.
   */
  List<ItemResult<ItemActionResult>> markAsJunk(List<String> itemIds, boolean junk, boolean move);

  /**
   * Finds messages by Internet Message-ID in Recoverable Items (Deletions) and moves them back to
   * {@code target} (pack {@code ews-recover-messages}). Message-IDs that match nothing are listed,
   * not failed.
   */
  RecoveryResult recoverMessages(List<String> internetMessageIds, FolderRef target);

  /**
   * Moves an item into another mailbox (pack {@code ews-move-item-between-mailboxes}) with {@link
   * MailboxTransfer.TransferMethod#AUTO}.
   */
  MailboxTransfer moveItemToMailbox(
      String itemId, String destinationMailbox, FolderRef destinationFolder);

  /**
   * Moves an item into another mailbox: a copy is made there, then the source is hard-deleted.
   * Failures before the copy exists throw; after that the result reports the new id and the step
   * that failed (the item may then be in both mailboxes).
   */
  MailboxTransfer moveItemToMailbox(
      String itemId,
      String destinationMailbox,
      FolderRef destinationFolder,
      MailboxTransfer.TransferMethod method);

  // ---- attachments

  /**
   * Deletes attachments by id (pack {@code ews-delete-attachment} with ids); one outcome per id. An
   * empty list deletes nothing: use {@link #deleteAllAttachments(String)} for that.
   */
  List<ItemResult<DeletedAttachment>> deleteAttachments(List<String> attachmentIds);

  /**
   * Deletes every attachment of an item (pack {@code ews-delete-attachment} without ids).
   *
   * @return one outcome per attachment; empty when the item had none
   * @throws dev.exchangesdk.core.NotFoundException when the item does not exist
   */
  List<ItemResult<DeletedAttachment>> deleteAllAttachments(String itemId);

  // ---- folders

  /**
   * Creates a mail folder under {@code parent} (pack {@code ews-create-folder}). When a folder of
   * that name is already there, returns it with {@link CreatedFolder#alreadyExisted()} set.
   */
  CreatedFolder createFolder(FolderRef parent, String name);

  // ---- sending

  /**
   * Sends a mail from this mailbox (pack {@code send-mail}). Never retried once the request may
   * have reached the server: a failure then means it may or may not have been sent.
   *
   * @throws dev.exchangesdk.core.InvalidRequestException without any recipient
   */
  SendResult sendMail(OutgoingMessage message);

  /**
   * Replies to an item found by id in any folder (pack {@code reply-mail}); the server quotes the
   * original below the new body. Without a subject the reply gets {@code Re: } and the original's
   * subject (never {@code Re: Re:}). Recipients given replace the server's (the original sender, or
   * everyone with {@code replyAll}).
   */
  SendResult reply(String itemId, OutgoingMessage reply, boolean replyAll);

  // ---- directory and settings

  /**
   * The members of a distribution group (pack {@code ews-expand-group}); with {@code recursive},
   * the members of nested groups too, each once, guarded against cycles. An unknown group has no
   * members.
   */
  DistributionGroup expandGroup(String groupAddress, boolean recursive);

  /** Resolves a name or address against the directory and contacts; no match is empty. */
  NameResolution resolveNames(String nameOrAddress, boolean withContactData);

  /** The contacts of the Contacts folder by display name, at most {@code limit} (pack 50). */
  List<Contact> listContacts(int limit);

  /** The automatic replies (out of office) of this mailbox (pack {@code ews-get-out-of-office}). */
  OutOfOfficeSettings getOutOfOffice();

  /** The Inbox rules of this mailbox, forwarding and redirect targets included. */
  List<InboxRule> getInboxRules();

  // ---- eDiscovery (as this mailbox's user, who needs the Discovery Management role)

  /**
   * The mailboxes this mailbox's user may search with eDiscovery (pack {@code
   * ews-get-searchable-mailboxes}). Entries without a reference id are left out.
   *
   * @param filter a name prefix, or {@code null} for all
   * @throws dev.exchangesdk.core.AccessDeniedException naming the eDiscovery role when refused
   */
  List<SearchableMailbox> listSearchableMailboxes(String filter, boolean expandGroups);

  /**
   * Runs an eDiscovery search (SearchMailboxes) over mailboxes named by reference id.
   *
   * @throws dev.exchangesdk.core.AccessDeniedException naming the eDiscovery role when refused
   */
  DiscoveryResult searchMailboxes(DiscoveryQuery query);
}
