package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.internal.write.XmlChars;
import dev.exchangesdk.ews.model.CreatedFolder;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailFolder;

/** Folder creation in one mailbox. Thread-safe. */
final class FolderWriteOperations {
  private final EwsTransport transport;
  private final MailboxContext mailbox;
  private final FolderOperations folders;

  FolderWriteOperations(EwsTransport transport, MailboxContext mailbox, FolderOperations folders) {
    this.transport = transport;
    this.mailbox = mailbox;
    this.folders = folders;
  }

  /**
   * Creates a mail folder; when the server says a folder of that name exists (names are compared
   * ignoring case), that folder is looked up and returned, flagged.
   */
  CreatedFolder create(FolderRef parent, String name) {
    XmlChars.require(name, "folder name");
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0) {
      throw new InvalidRequestException(
          "Folder name '"
              + name
              + "' contains a path separator; folder paths split on / and \\, so create nested"
              + " folders one level at a time");
    }
    BaseFolderId parentId = folders.resolve(parent);
    String subject = "folder '" + name + "' under " + parent;
    CreateFolderCall.Outcome outcome =
        transport.execute(mailbox, new CreateFolderCall(parentId, name, subject));
    if (!outcome.exists()) {
      return new CreatedFolder(outcome.folderId(), name, false);
    }
    MailFolder existing = folders.findChild(parentId, name, parent.toString());
    if (existing == null) {
      throw new ResponseFormatException(
          "EWS reported that "
              + subject
              + " already exists, but no folder of that name is listed there",
          null);
    }
    return new CreatedFolder(existing.id(), existing.displayName(), true);
  }
}
