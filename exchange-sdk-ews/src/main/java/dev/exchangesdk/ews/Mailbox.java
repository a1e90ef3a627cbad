package dev.exchangesdk.ews;

import dev.exchangesdk.core.PagedIterable;
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
}
