package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.bind.messages.CreateFolder;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.FoldersToCreate;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import java.util.List;

/**
 * CreateFolder for one mail folder: the new folder's id, or "a folder of that name exists" ({@code
 * ErrorFolderExists}, which the caller turns into the existing folder); other failures throw.
 *
 * <p>Immutable; readers are made per response message.
 */
final class CreateFolderCall extends EwsCall<ReturnedId, CreateFolderCall.Outcome> {
  /** The new folder's id, or {@code exists} with no id. */
  record Outcome(String folderId, boolean exists) {}

  private final String subject;

  CreateFolderCall(BaseFolderId parent, String displayName, String subject) {
    super(
        "CreateFolder",
        new CreateFolder(FolderIds.of(parent), FoldersToCreate.mailFolders(List.of(displayName))));
    this.subject = subject;
  }

  @Override
  public MessageReader<ReturnedId> newMessageReader() {
    return ReturnedId.reader();
  }

  @Override
  public Outcome result(List<ResponseMessage<ReturnedId>> messages, ReadContext context) {
    if (messages.size() == 1
        && messages.get(0).isError()
        && "ErrorFolderExists".equals(messages.get(0).status().code())) {
      return new Outcome(null, true);
    }
    ReturnedId id = single(messages, context, subject);
    if (id.id() == null) {
      throw new dev.exchangesdk.core.ResponseFormatException(
          "EWS CreateFolder succeeded but returned no folder id for " + subject,
          context.httpStatus(),
          null,
          context.requestId(),
          null);
    }
    return new Outcome(id.id(), false);
  }
}
