package dev.exchangesdk.ews.model;

/**
 * A mail folder and its counts.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the folder id (use with {@link FolderRef#id(String)})
 * @param changeKey the version of the folder, or {@code null}
 * @param parentFolderId the parent's id, or {@code null} when not returned
 * @param displayName the (localized) display name
 * @param folderClass e.g. {@code IPF.Note} for mail, {@code IPF.Appointment}; may be {@code null}
 * @param totalCount items in the folder, or {@code null} when not known
 * @param unreadCount unread items, or {@code null} (calendar and contacts folders have none)
 * @param childFolderCount direct subfolders, or {@code null} when not known
 * @param path the path from the folder the listing started at ({@code Inbox/Phishing}), or {@code
 *     null} when the folder was fetched on its own
 */
public record MailFolder(
    String id,
    String changeKey,
    String parentFolderId,
    String displayName,
    String folderClass,
    Integer totalCount,
    Integer unreadCount,
    Integer childFolderCount,
    String path) {

  /** This folder with {@code path} set. */
  public MailFolder withPath(String path) {
    return new MailFolder(
        id,
        changeKey,
        parentFolderId,
        displayName,
        folderClass,
        totalCount,
        unreadCount,
        childFolderCount,
        path);
  }
}
