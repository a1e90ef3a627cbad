package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.messages.GetFolder;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.FolderMapper;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.model.MailFolder;
import java.util.List;

/** GetFolder for one folder; a failure throws its typed exception. */
final class GetFolderCall extends EwsCall<FolderListReader.Folders, MailFolder> {
  private final String subject;

  GetFolderCall(BaseFolderId folder, String subject) {
    super(
        "GetFolder",
        new GetFolder(ResponseShape.folders(FolderMapper.FIELDS), FolderIds.of(folder)));
    this.subject = subject;
  }

  @Override
  public MessageReader<FolderListReader.Folders> newMessageReader() {
    return new FolderListReader();
  }

  @Override
  public MailFolder result(
      List<ResponseMessage<FolderListReader.Folders>> messages, ReadContext context) {
    List<MailFolder> folders = single(messages, context, subject).folders();
    if (folders.isEmpty()) {
      throw new ResponseFormatException(
          "EWS GetFolder succeeded but returned no folder for " + subject, null);
    }
    return folders.get(0);
  }
}
