package dev.exchangesdk.testkit.model;

/**
 * A snapshot of one folder of a fake mailbox.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the EWS folder id
 * @param path the path below Top of Information Store, or from the root with a leading {@code /}
 * @param displayName the folder's name
 * @param distinguishedId the EWS distinguished id ({@code inbox}, ...), or {@code null}
 * @param totalCount items in the folder
 * @param unreadCount unread messages in the folder
 * @param childFolderCount direct subfolders
 */
public record FolderInfo(
    String id,
    String path,
    String displayName,
    String distinguishedId,
    int totalCount,
    int unreadCount,
    int childFolderCount) {}
