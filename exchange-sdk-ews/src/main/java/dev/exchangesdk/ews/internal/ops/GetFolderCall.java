package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.messages.GetFolder;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.FolderMapper;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * GetFolder for one folder, optionally with its effective rights; a failure throws its typed
 * exception.
 */
final class GetFolderCall extends EwsCall<FolderListReader.Folders, FolderListReader.Listed> {
  private final BaseFolderId folder;
  private final String subject;

  GetFolderCall(BaseFolderId folder, String subject) {
    this(folder, false, subject);
  }

  /**
   * @param withRights also ask for {@code folder:EffectiveRights} (the connectivity check reads
   *     {@code Read}); other callers leave it out to keep the answer small
   */
  GetFolderCall(BaseFolderId folder, boolean withRights, String subject) {
    super(
        "GetFolder",
        new GetFolder(ResponseShape.folders(fields(withRights)), FolderIds.of(folder)));
    this.folder = folder;
    this.subject = subject;
  }

  private static List<String> fields(boolean withRights) {
    if (!withRights) {
      return FolderMapper.FIELDS;
    }
    List<String> fields = new ArrayList<>(FolderMapper.FIELDS);
    fields.add("folder:EffectiveRights");
    return fields;
  }

  @Override
  public MessageReader<FolderListReader.Folders> newMessageReader() {
    return new FolderListReader();
  }

  @Override
  public FolderListReader.Listed result(
      List<ResponseMessage<FolderListReader.Folders>> messages, ReadContext context) {
    List<FolderListReader.Listed> folders = single(messages, context, subject).listed();
    if (folders.isEmpty()) {
      throw new ResponseFormatException(
          "EWS GetFolder succeeded but returned no folder for " + subject, null);
    }
    if (folders.size() == 1) {
      return folders.get(0);
    }
    // One folder was asked for, yet the message lists several (exchangelib's recorded public
    // folder answers do). The one with the id asked for is the answer; without such a match
    // (or for a well-known name, which has no id to match) any pick would be a guess.
    if (folder instanceof FolderId asked) {
      for (FolderListReader.Listed f : folders) {
        if (asked.id().equals(f.folder().id())) {
          return f;
        }
      }
    }
    throw new ResponseFormatException(
        "EWS GetFolder returned "
            + folders.size()
            + " folders for "
            + subject
            + " and none of them is the one asked for",
        context.httpStatus(),
        null,
        context.requestId(),
        null);
  }
}
