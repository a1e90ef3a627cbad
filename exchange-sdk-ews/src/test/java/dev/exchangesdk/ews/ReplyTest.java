package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.ews.model.SendResult;
import dev.exchangesdk.ews.testing.EwsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private static String original(String subject) {
    return response(
        "GetItem",
        success(
            "GetItem",
            "<m:Items><t:Message><t:ItemId Id=\"ORIG\" ChangeKey=\"ck\"/>"
                + (subject != null ? "<t:Subject>" + subject + "</t:Subject>" : "")
                + "</t:Message></m:Items>"));
  }

  private static String draft() {
    return response(
        "CreateItem",
        success(
            "CreateItem",
            "<m:Items><t:Message><t:ItemId Id=\"DRAFT\" ChangeKey=\"d1\"/></t:Message></m:Items>"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Quarterly report|Re: Quarterly report",
        "Re: Quarterly report|Re: Quarterly report",
        "RE:Quarterly report|RE:Quarterly report",
        "AW: Bericht|AW: Bericht",
        "Re[2]: thread|Re[2]: thread",
        "Regarding the plan|Re: Regarding the plan",
        "'  '|Re:",
      })
  void computesTheReplySubjectWithoutDoublingThePrefix(String originalSubject, String expected) {
    ews.respond(original(originalSubject.isBlank() ? null : originalSubject));
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    SendResult r = mailbox().reply("ORIG", OutgoingMessage.builder().textBody("ok").build(), false);

    assertThat(r.subject()).isEqualTo(expected);
    ews.takeRequest();
    assertThat(ews.takeRequestBody()).contains("<t:Subject>" + expected + "</t:Subject>");
  }

  @Test
  void findsTheOriginalByIdInAnyFolderAndRepliesInOneRequest() {
    ews.respond(original("Phish?"));
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    SendResult r =
        mailbox()
            .reply(
                "ORIG",
                OutgoingMessage.builder()
                    .to("reporter@contoso.com")
                    .htmlBody("<p>Thanks</p>")
                    .build(),
                false);

    assertThat(r.path()).isEqualTo(SendResult.Path.SINGLE_REQUEST);
    String lookup = ews.takeRequestBody();
    assertThat(lookup)
        .contains("<m:GetItem>")
        .contains("<t:ItemId Id=\"ORIG\"/>")
        .doesNotContain("FindItem")
        .doesNotContain("inbox");
    assertThat(ews.takeRequestBody())
        .contains("<m:CreateItem MessageDisposition=\"SendAndSaveCopy\">")
        .contains(
            "<t:ReplyToItem><t:Subject>Re: Phish?</t:Subject><t:ToRecipients><t:Mailbox>"
                + "<t:EmailAddress>reporter@contoso.com</t:EmailAddress></t:Mailbox>"
                + "</t:ToRecipients><t:ReferenceItemId Id=\"ORIG\"/>"
                + "<t:NewBodyContent BodyType=\"HTML\">&lt;p&gt;Thanks&lt;/p&gt;"
                + "</t:NewBodyContent></t:ReplyToItem>");
  }

  @Test
  void keepsAGivenSubjectAsItIs() {
    ews.respond(original("Anything"));
    ews.respondWith("examples/CreateItem-sendmail-response.xml");

    mailbox().reply("ORIG", OutgoingMessage.builder().subject("Case 42").build(), true);

    ews.takeRequest();
    assertThat(ews.takeRequestBody()).contains("<t:ReplyAllToItem><t:Subject>Case 42</t:Subject>");
  }

  @Test
  void repliesToAllWithAttachmentsImportanceReplyToAndHeadersThroughADraft() {
    ews.respond(original("Incident"));
    ews.respond(draft());
    ews.respond(
        response(
            "CreateAttachment",
            success(
                "CreateAttachment",
                "<m:Attachments><t:FileAttachment><t:AttachmentId Id=\"A1\""
                    + " RootItemId=\"DRAFT\" RootItemChangeKey=\"d2\"/></t:FileAttachment>"
                    + "</m:Attachments>"),
            success(
                "CreateAttachment",
                "<m:Attachments><t:FileAttachment><t:AttachmentId Id=\"A2\""
                    + " RootItemId=\"DRAFT\" RootItemChangeKey=\"d3\"/></t:FileAttachment>"
                    + "</m:Attachments>")));
    ews.respond(
        response(
            "UpdateItem",
            success(
                "UpdateItem",
                "<m:Items><t:Message><t:ItemId Id=\"DRAFT\" ChangeKey=\"d4\"/></t:Message></m:Items>")));
    ews.respondWith("recorded/SendItemRequestResponse.xml");

    SendResult r =
        mailbox()
            .reply(
                "ORIG",
                OutgoingMessage.builder()
                    .htmlBody("<p>See</p><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">")
                    .attach(OutgoingAttachment.of("ioc.csv", "a,b".getBytes()))
                    .importance(Importance.HIGH)
                    .replyTo("soc@contoso.com")
                    .header("X-Incident-Id", "INC-9")
                    .build(),
                true);

    assertThat(r.path()).isEqualTo(SendResult.Path.DRAFT_THEN_SEND);
    assertThat(r.attachments()).isEqualTo(2);
    assertThat(r.subject()).isEqualTo("Re: Incident");
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<m:CreateItem MessageDisposition=\"SaveOnly\">")
        .contains("<t:DistinguishedFolderId Id=\"drafts\"/>")
        .contains("<t:ReplyAllToItem>")
        .contains("cid:" + r.inlineImageContentIds().get(0));
    assertThat(ews.takeRequestBody())
        .contains("<m:ParentItemId Id=\"DRAFT\"/>")
        .contains("<t:Name>ioc.csv</t:Name>")
        .contains("<t:ContentId>" + r.inlineImageContentIds().get(0) + "</t:ContentId>");
    assertThat(ews.takeRequestBody())
        .contains("<t:ItemId Id=\"DRAFT\"/>")
        .contains("<t:FieldURI FieldURI=\"item:Importance\"/><t:Message><t:Importance>High")
        .contains("<t:FieldURI FieldURI=\"message:ReplyTo\"/>")
        .contains("PropertyName=\"X-Incident-Id\"")
        .contains("<t:Value>INC-9</t:Value>");
    assertThat(ews.takeRequestBody()).contains("<m:SendItem SaveItemToFolder=\"true\">");
  }

  @Test
  void anOriginalThatDoesNotExistFailsBeforeAnythingIsWritten() {
    ews.respondWith("examples/GetItem-error-response.xml");

    assertThatThrownBy(
            () ->
                mailbox().reply("missing", OutgoingMessage.builder().textBody("x").build(), false))
        .isInstanceOfAny(NotFoundException.class, InvalidRequestException.class);
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void deletesTheReplyDraftWhenSendingFails() {
    ews.respond(original("Incident"));
    ews.respond(draft());
    ews.respond(
        response(
            "UpdateItem",
            success(
                "UpdateItem",
                "<m:Items><t:Message><t:ItemId Id=\"DRAFT\"/></t:Message></m:Items>")));
    ews.respond(response("SendItem", error("SendItem", "ErrorMessageSizeExceeded", "too big")));
    ews.respond(response("DeleteItem", success("DeleteItem", "")));

    assertThatThrownBy(
            () ->
                mailbox()
                    .reply(
                        "ORIG",
                        OutgoingMessage.builder().importance(Importance.LOW).build(),
                        false))
        .hasMessageContaining("too big");
    assertThat(ews.requestCount()).isEqualTo(5);
  }

  @Test
  void aReplyCannotBeRawMime() {
    OutgoingMessage mime = OutgoingMessage.builder().rawMime(new byte[] {1}).build();

    assertThatThrownBy(() -> mailbox().reply("ORIG", mime, false))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(ews.requestCount()).isZero();
  }
}
