package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.folder;
import static dev.exchangesdk.ews.testing.EwsXml.getFolder;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailboxTransfer;
import dev.exchangesdk.ews.model.MailboxTransfer.TransferMethod;
import dev.exchangesdk.ews.model.MailboxTransfer.TransferStep;
import dev.exchangesdk.ews.testing.EwsServer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MailboxTransferTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private static final String DESTINATION = "quarantine@contoso.com";
  private static final byte[] EXPORTED =
      "opaque full-fidelity stream".getBytes(StandardCharsets.UTF_8);
  private static final String DATA = Base64.getEncoder().encodeToString(EXPORTED);

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private void respondSourceAndDestination() {
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:ItemId Id=\"SRC\" ChangeKey=\"c\"/>"
                    + "<t:InternetMessageId>&lt;phish@evil.example&gt;</t:InternetMessageId>"
                    + "<t:IsRead>true</t:IsRead></t:Message></m:Items>")));
    ews.respond(getFolder(folder("DEST-INBOX", null, "Inbox", "IPF.Note", 0, 0)));
  }

  private static String exported() {
    return response(
        "ExportItems",
        success(
            "ExportItems", "<m:ItemId Id=\"SRC\" ChangeKey=\"c\"/><m:Data>" + DATA + "</m:Data>"));
  }

  private static String uploaded(String id) {
    return response(
        "UploadItems", success("UploadItems", "<m:ItemId Id=\"" + id + "\" ChangeKey=\"n\"/>"));
  }

  @Test
  void exportsUploadsThenDeletesTheSource() {
    respondSourceAndDestination();
    ews.respond(exported());
    ews.respond(uploaded("NEW"));
    ews.respond(response("DeleteItem", success("DeleteItem", "")));

    MailboxTransfer t =
        mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox"));

    assertThat(t.complete()).isTrue();
    assertThat(t.newItemId()).isEqualTo("NEW");
    assertThat(t.method()).isEqualTo(TransferMethod.EXPORT_UPLOAD);
    assertThat(t.destinationMailbox()).isEqualTo(DESTINATION);
    assertThat(t.destinationFolder()).isEqualTo("inbox");
    assertThat(t.internetMessageId()).isEqualTo("<phish@evil.example>");
    assertThat(ews.takeRequest().getHeaders().get("X-AnchorMailbox")).isEqualTo(EwsServer.MAILBOX);
    RecordedRequest folderLookup = ews.takeRequest();
    assertThat(folderLookup.getHeaders().get("X-AnchorMailbox")).isEqualTo(DESTINATION);
    assertThat(folderLookup.getBody().utf8()).contains("<t:SmtpAddress>" + DESTINATION);
    assertThat(ews.takeRequestBody()).contains("<m:ExportItems><m:ItemIds><t:ItemId Id=\"SRC\"/>");
    RecordedRequest upload = ews.takeRequest();
    assertThat(upload.getHeaders().get("X-AnchorMailbox")).isEqualTo(DESTINATION);
    assertThat(upload.getBody().utf8())
        .contains(
            "<m:UploadItems><m:Items><t:Item CreateAction=\"CreateNew\">"
                + "<t:ParentFolderId Id=\"DEST-INBOX\"/><t:Data>"
                + DATA
                + "</t:Data></t:Item></m:Items></m:UploadItems>");
    RecordedRequest delete = ews.takeRequest();
    assertThat(delete.getHeaders().get("X-AnchorMailbox")).isEqualTo(EwsServer.MAILBOX);
    assertThat(delete.getBody().utf8())
        .contains("DeleteType=\"HardDelete\"")
        .contains("<t:ItemId Id=\"SRC\"/>");
  }

  @Test
  void retriesAnExportTheServerMarkedAsTruncated() {
    respondSourceAndDestination();
    ews.respond(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope"
            + " xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><m:ExportItemsResponse"
            + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
            + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            + "<m:ResponseMessages><m:ExportItemsResponseMessage ResponseClass=\"Success\">"
            + "<m:ResponseCode>NoError</m:ResponseCode><m:ItemId Id=\"SRC\"/><m:Data>AAECAwQF"
            + "\r\n=== Truncated Data ===\r\n");
    ews.respond(
        response(
            "ExportItems",
            success(
                "ExportItems",
                "<m:ItemId Id=\"SRC\"/><m:Data>AAEC=== Truncated Data ===</m:Data>")));
    ews.respond(exported());
    ews.respond(uploaded("NEW"));
    ews.respond(response("DeleteItem", success("DeleteItem", "")));

    MailboxTransfer t =
        mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox"));

    assertThat(t.complete()).isTrue();
    assertThat(ews.sleeps()).hasSize(2);
    for (int i = 0; i < 5; i++) {
      ews.takeRequest();
    }
    assertThat(ews.takeRequestBody()).contains("<t:Data>" + DATA + "</t:Data>");
  }

  @Test
  void reportsTheNewIdAndTheFailedStepWhenTheSourceCannotBeDeleted() {
    respondSourceAndDestination();
    ews.respond(exported());
    ews.respond(uploaded("NEW"));
    ews.respond(
        response("DeleteItem", error("DeleteItem", "ErrorAccessDenied", "Access is denied.")));

    MailboxTransfer t =
        mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox"));

    assertThat(t.complete()).isFalse();
    assertThat(t.newItemId()).isEqualTo("NEW");
    assertThat(t.sourceDeleted()).isFalse();
    assertThat(t.failedStep()).isEqualTo(TransferStep.DELETE_SOURCE);
    assertThat(t.error())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Access is denied.");
  }

  @Test
  void reportsAnUploadWhoseAnswerWasLostInsteadOfThrowing() {
    respondSourceAndDestination();
    ews.respond(exported());
    ews.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());

    MailboxTransfer t =
        mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox"));

    assertThat(t.failedStep()).isEqualTo(TransferStep.CREATE_COPY);
    assertThat(t.error()).isInstanceOf(TransportException.class);
    assertThat(t.newItemId()).isNull();
    assertThat(t.sourceDeleted()).isFalse();
    assertThat(ews.requestCount()).isEqualTo(4);
  }

  @Test
  void anUploadTheServerRefusedThrowsAndLeavesTheSourceAlone() {
    respondSourceAndDestination();
    ews.respond(exported());
    ews.respond(
        response("UploadItems", error("UploadItems", "ErrorQuotaExceeded", "Mailbox full.")));

    assertThatThrownBy(
            () -> mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox")))
        .hasMessageContaining("Mailbox full.");
    assertThat(ews.requestCount()).isEqualTo(4);
  }

  @Test
  void fallsBackToMimeWhenExportIsNotAvailableAndSaysSo() {
    respondSourceAndDestination();
    ews.respond(
        response(
            "ExportItems",
            error("ExportItems", "ErrorInvalidOperation", "ExportItems is not supported here.")));
    String mime =
        Base64.getEncoder()
            .encodeToString("Subject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8));
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:MimeContent CharacterSet=\"UTF-8\">"
                    + mime
                    + "</t:MimeContent><t:ItemId Id=\"SRC\"/></t:Message></m:Items>")));
    // The recorded answer to a CreateItem that saved a message with two file attachments.
    ews.respondWith("recorded/CreateItemWithTwoFileAttachmentResponse.xml");
    ews.respond(response("DeleteItem", success("DeleteItem", "")));

    MailboxTransfer t =
        mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox"));

    assertThat(t.method()).isEqualTo(TransferMethod.MIME);
    assertThat(t.newItemId()).endsWith("AAAFLEdRAAA=");
    assertThat(t.complete()).isTrue();
    for (int i = 0; i < 4; i++) {
      ews.takeRequest();
    }
    RecordedRequest create = ews.takeRequest();
    assertThat(create.getHeaders().get("X-AnchorMailbox")).isEqualTo(DESTINATION);
    assertThat(create.getBody().utf8())
        .contains("<m:CreateItem MessageDisposition=\"SaveOnly\">")
        .contains("<t:FolderId Id=\"DEST-INBOX\"/>")
        .contains("<t:MimeContent CharacterSet=\"UTF-8\">" + mime + "</t:MimeContent>")
        .contains("PropertyTag=\"0x0E07\"")
        .contains("<t:Value>1</t:Value>");
  }

  private static final String RECORDED_MESSAGE_ID_PREFIX =
      "AAMkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwBGAAAAAAD7THPLlZw5QIg6OXUk7V98BwBW56ZK"
          + "5wEvSplui1kQQWjKAAAAAAEPAABW56ZK5wEvSplui1kQQWjKAAAFLE";

  /**
   * Recorded CreateItem answers (ews-javascript-api, Exchange Online 15.1): saved messages that
   * list their new attachments' ids after their own, and a calendar item. The SDK reads only the
   * new item's id from a CreateItem answer.
   */
  static Stream<Arguments> recordedCreateItemAnswers() {
    return Stream.of(
        Arguments.of(
            "CreateItemWithOneFileAttachmentAndOneItemAttachmentResponse.xml",
            RECORDED_MESSAGE_ID_PREFIX + "dVAAA="),
        Arguments.of(
            "CreateItemWithOneFileAttachmentAndTwoItemAttachmentResponse.xml",
            RECORDED_MESSAGE_ID_PREFIX + "dbAAA="),
        Arguments.of(
            "CreateItemWithTwoFileAttachmentAndOneItemAttachmentResponse.xml",
            RECORDED_MESSAGE_ID_PREFIX + "ddAAA="),
        Arguments.of(
            "CreateItemWithTwoFileAttachmentAndTwoItemAttachmentResponse.xml",
            RECORDED_MESSAGE_ID_PREFIX + "dXAAA="),
        Arguments.of(
            "CreateItemWithTwoFileAttachmentResponse.xml", RECORDED_MESSAGE_ID_PREFIX + "dRAAA="),
        Arguments.of(
            "CreateAppointmentRequestResponse.xml",
            "AAMkADVmNzUzM2M2LTY1ODgtNGIwNS05NWUwLTE5MzJhNWRhNWIzZQBGAAAAAAAt9OU5vf4nTaa38x9WV1pGBwB0"
                + "vGFf3HZOSb1IxPAYl2sPAAAAAAENAAB0vGFf3HZOSb1IxPAYl2sPAADWhe2jAAA="));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recordedCreateItemAnswers")
  void takesTheNewItemsOwnIdFromARecordedCreateItemAnswer(String recorded, String itemId) {
    respondSourceAndDestination();
    ews.respond(
        response(
            "ExportItems",
            error("ExportItems", "ErrorInvalidOperation", "ExportItems is not supported here.")));
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:MimeContent CharacterSet=\"UTF-8\">"
                    + Base64.getEncoder()
                        .encodeToString(
                            "Subject: hi\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8))
                    + "</t:MimeContent><t:ItemId Id=\"SRC\"/></t:Message></m:Items>")));
    ews.respondWith("recorded/" + recorded);
    ews.respond(response("DeleteItem", success("DeleteItem", "")));

    MailboxTransfer t =
        mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox"));

    assertThat(t.newItemId()).isEqualTo(itemId);
    assertThat(t.method()).isEqualTo(TransferMethod.MIME);
    assertThat(t.complete()).isTrue();
    assertThat(ews.requestCount()).isEqualTo(6);
  }

  @Test
  void anExportRefusedForOtherReasonsIsNotRetriedAsMime() {
    respondSourceAndDestination();
    ews.respond(
        response("ExportItems", error("ExportItems", "ErrorAccessDenied", "Access is denied.")));

    assertThatThrownBy(
            () -> mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.wellKnown("inbox")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(ews.requestCount()).isEqualTo(3);
  }

  @Test
  void aMissingSourceItemFailsBeforeAnythingIsCopied() {
    ews.respond(response("GetItem", error("GetItem", "ErrorItemNotFound", "not found")));

    assertThatThrownBy(
            () -> mailbox().moveItemToMailbox("SRC", DESTINATION, FolderRef.path("Inbox/Cases")))
        .isInstanceOf(NotFoundException.class);
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void refusesToMoveIntoTheSameMailbox() {
    assertThatThrownBy(
            () ->
                mailbox().moveItemToMailbox("SRC", "SOC@contoso.com", FolderRef.wellKnown("inbox")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("moveItem");
  }
}
