package dev.exchangesdk.ews;

import dev.exchangesdk.ews.model.FolderNode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailFolder;
import java.util.List;

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
}
