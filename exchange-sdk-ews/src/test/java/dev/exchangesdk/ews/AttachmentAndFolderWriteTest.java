package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.findFolders;
import static dev.exchangesdk.ews.testing.EwsXml.folder;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.model.CreatedFolder;
import dev.exchangesdk.ews.model.DeletedAttachment;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AttachmentAndFolderWriteTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  @Test
  void deletesAttachmentsByIdWithTheDocumentedResponse() {
    ews.respondWith("examples/DeleteAttachment-response.xml");

    List<ItemResult<DeletedAttachment>> r = mailbox().deleteAttachments(List.of("AAAtAEFkbWluaX"));

    assertThat(r.get(0).value())
        .isEqualTo(new DeletedAttachment("AAAtAEFkbWluaX", "AAAtAEFkbWluaXN...", "CQAAABYAA..."));
    assertThat(r.get(0).value().action()).isEqualTo("deleted");
    assertThat(ews.takeRequestBody())
        .contains("<m:DeleteAttachment><m:AttachmentIds><t:AttachmentId Id=\"AAAtAEFkbWluaX\"/>");
  }

  @Test
  void anEmptyListOfAttachmentIdsDeletesNothing() {
    assertThat(mailbox().deleteAttachments(List.of())).isEmpty();
    assertThat(ews.requestCount()).isZero();
  }

  @Test
  void deletesEveryAttachmentOfAnItemOnlyWhenAskedExplicitly() {
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:ItemId Id=\"M\"/><t:Attachments>"
                    + "<t:FileAttachment><t:AttachmentId Id=\"A1\"/><t:Name>a.txt</t:Name>"
                    + "</t:FileAttachment><t:ItemAttachment><t:AttachmentId Id=\"A2\"/>"
                    + "<t:Name>fwd</t:Name></t:ItemAttachment></t:Attachments></t:Message>"
                    + "</m:Items>")));
    ews.respond(
        response(
            "DeleteAttachment",
            success("DeleteAttachment", "<m:RootItemId RootItemId=\"M\" RootItemChangeKey=\"c\"/>"),
            error("DeleteAttachment", "ErrorAttachmentNotFound", "gone")));

    List<ItemResult<DeletedAttachment>> r = mailbox().deleteAllAttachments("M");

    assertThat(r.get(0).value().itemId()).isEqualTo("M");
    assertThat(r.get(1).error()).isInstanceOf(NotFoundException.class);
    assertThat(ews.takeRequestBody()).contains("item:Attachments");
    assertThat(ews.takeRequestBody())
        .contains("<t:AttachmentId Id=\"A1\"/><t:AttachmentId Id=\"A2\"/>");
  }

  @Test
  void anItemWithoutAttachmentsNeedsNoDeletion() {
    ews.respond(
        response(
            "GetItem",
            success("GetItem", "<m:Items><t:Message><t:ItemId Id=\"M\"/></t:Message></m:Items>")));

    assertThat(mailbox().deleteAllAttachments("M")).isEmpty();
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void createsAFolderAndReturnsItsIdFromTheDocumentedResponse() {
    ews.respond(
        response(
            "CreateFolder",
            success(
                "CreateFolder",
                "<m:Folders><t:Folder><t:FolderId Id=\"AS4AUn==\"/></t:Folder></m:Folders>")));

    CreatedFolder f =
        mailbox().createFolder(FolderRef.wellKnown(WellKnownFolder.INBOX), "Phishing");

    assertThat(f).isEqualTo(new CreatedFolder("AS4AUn==", "Phishing", false));
    assertThat(ews.takeRequestBody())
        .contains("<m:ParentFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderId>")
        .contains(
            "<m:Folders><t:Folder><t:FolderClass>IPF.Note</t:FolderClass>"
                + "<t:DisplayName>Phishing</t:DisplayName></t:Folder></m:Folders>");
  }

  @Test
  void readsTheDocumentedResponseTrimmedToTheOneFolderAskedFor() {
    String documented = Fixtures.ews("examples/CreateFolder-response.xml");
    int second =
        documented.indexOf(
            "<m:CreateFolderResponseMessage",
            documented.indexOf("</m:CreateFolderResponseMessage>"));
    int end =
        documented.lastIndexOf("</m:CreateFolderResponseMessage>")
            + "</m:CreateFolderResponseMessage>".length();
    ews.respond(documented.substring(0, second) + documented.substring(end));

    assertThat(mailbox().createFolder(FolderRef.wellKnown("msgfolderroot"), "Folder1").id())
        .isEqualTo("AS4AUn==");
  }

  @Test
  void reportsTwoAnswersToAOneFolderRequestInsteadOfGuessing() {
    ews.respondWith("examples/CreateFolder-response.xml");

    assertThatThrownBy(
            () -> mailbox().createFolder(FolderRef.wellKnown("msgfolderroot"), "Folder1"))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("2 response messages");
  }

  @Test
  void returnsTheExistingFolderFlaggedWhenTheNameIsTaken() {
    ews.respondWith("examples/CreateFolder-error-response.xml");
    ews.respond(
        findFolders(
            folder("OTHER", "INBOX", "Other", "IPF.Note", 0, 0),
            folder("EXISTING", "INBOX", "phishing", "IPF.Note", 3, 0)));

    CreatedFolder f =
        mailbox().createFolder(FolderRef.wellKnown(WellKnownFolder.INBOX), "Phishing");

    assertThat(f).isEqualTo(new CreatedFolder("EXISTING", "phishing", true));
  }

  @Test
  void createsUnderAFolderGivenByPath() {
    ews.respond(findFolders(folder("CASES", "INBOX", "Cases", "IPF.Note", 0, 0)));
    ews.respond(
        response(
            "CreateFolder",
            success(
                "CreateFolder",
                "<m:Folders><t:Folder><t:FolderId Id=\"NEW\"/></t:Folder></m:Folders>")));

    assertThat(mailbox().createFolder(FolderRef.path("Inbox/Cases"), "INC-1").id())
        .isEqualTo("NEW");
    ews.takeRequest();
    assertThat(ews.takeRequestBody()).contains("<t:FolderId Id=\"CASES\"/>");
  }

  @Test
  void otherCreateFolderErrorsThrowTheirTypedException() {
    ews.respond(
        response("CreateFolder", error("CreateFolder", "ErrorAccessDenied", "Access is denied.")));

    assertThatThrownBy(() -> mailbox().createFolder(FolderRef.wellKnown("inbox"), "X"))
        .isInstanceOf(dev.exchangesdk.core.AccessDeniedException.class)
        .hasMessageContaining("Access is denied.");
  }

  @Test
  void refusesAFolderNameWithAPathSeparator() {
    assertThatThrownBy(() -> mailbox().createFolder(FolderRef.wellKnown("inbox"), "a/b"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("one level at a time");
    assertThat(ews.requestCount()).isZero();
  }
}
