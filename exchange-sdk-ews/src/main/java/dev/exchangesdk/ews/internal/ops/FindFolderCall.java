package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.bind.messages.FindFolder;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.IndexedPageView;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.FolderMapper;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import java.util.List;

/** One page of FindFolder below one folder: its children ({@code Shallow}) or subtree. */
final class FindFolderCall extends EwsCall<FolderListReader.Folders, FolderListReader.Folders> {
  static final int PAGE_SIZE = 1000;

  private final String subject;

  FindFolderCall(BaseFolderId parent, boolean deep, int offset, String subject) {
    super(
        "FindFolder",
        new FindFolder(
            deep ? "Deep" : "Shallow",
            ResponseShape.folders(FolderMapper.FIELDS),
            new IndexedPageView(PAGE_SIZE, offset),
            null,
            FolderIds.of(parent)));
    this.subject = subject;
  }

  @Override
  public MessageReader<FolderListReader.Folders> newMessageReader() {
    return new FolderListReader();
  }

  @Override
  public FolderListReader.Folders result(
      List<ResponseMessage<FolderListReader.Folders>> messages, ReadContext context) {
    return single(messages, context, subject);
  }
}
