package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.FolderNode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailFolder;
import java.util.List;
import java.util.Objects;

/** The EWS implementation of {@link Mailbox}. Thread-safe. */
public final class EwsMailbox implements Mailbox {
  private final EwsTransport transport;
  private final MailboxContext mailbox;
  private final ExchangeServerVersion version;
  private final FolderOperations folders;

  public EwsMailbox(EwsTransport transport, MailboxContext mailbox, ExchangeServerVersion version) {
    this.transport = transport;
    this.mailbox = mailbox;
    this.version = version;
    this.folders = new FolderOperations(transport, mailbox);
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
  public String toString() {
    return "Mailbox{" + mailbox.address() + '}';
  }
}
