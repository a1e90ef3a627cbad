package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.internal.bind.types.FolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderXml;
import dev.exchangesdk.ews.model.MailFolder;
import java.util.List;

/** Maps folder bindings to the public {@link MailFolder}. */
public final class FolderMapper {
  /** The folder properties the SDK asks for (on top of the id). */
  public static final List<String> FIELDS =
      List.of(
          "folder:ParentFolderId",
          "folder:DisplayName",
          "folder:FolderClass",
          "folder:TotalCount",
          "folder:ChildFolderCount",
          "folder:UnreadCount");

  private FolderMapper() {}

  public static MailFolder toModel(FolderXml f) {
    FolderId id = f.folderId();
    FolderId parent = f.parentFolderId();
    return new MailFolder(
        id != null ? id.id() : null,
        id != null ? id.changeKey() : null,
        parent != null ? parent.id() : null,
        f.displayName(),
        f.folderClass(),
        f.totalCount(),
        f.unreadCount(),
        f.childFolderCount(),
        null);
  }
}
