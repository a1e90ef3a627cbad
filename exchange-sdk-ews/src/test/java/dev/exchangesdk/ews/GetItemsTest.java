package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GetItemsTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  @Test
  void readsTheDocumentedGetItemResponse() {
    ews.respondWith("examples/GetItem-response.xml");

    MailItem item = mailbox().getItem("AAAlAF");

    assertThat(item.id()).isEqualTo("AAAlAFVz");
    assertThat(item.subject()).isEmpty();
    assertThat(item.htmlBody()).contains("<html dir=\"ltr\">").contains("&amp;nbsp;");
    assertThat(item.size()).isEqualTo(881L);
    assertThat(item.sentAt()).isEqualTo(Instant.parse("2006-10-28T01:37:06Z"));
    assertThat(item.hasAttachments()).isFalse();
    assertThat(item.read()).isFalse();
    assertThat(item.toRecipients())
        .containsExactly(new EmailAddress("User1", "User1@example.com", "SMTP"));
    assertThat(item.from()).isEqualTo(new EmailAddress("User2", "User2@example.com", "SMTP"));
    String body = ews.takeRequestBody();
    assertThat(body)
        .contains("<t:BaseShape>IdOnly</t:BaseShape>")
        .contains("<t:BodyType>HTML</t:BodyType>")
        .contains("item:TextBody")
        .contains("<t:ItemId Id=\"AAAlAF\"/>");
  }

  @Test
  void readsRecordedHeadersInOrderKeepingRepeatedNames() {
    ews.respondWith("recorded/LoadItemWithItemAttachmentResponse.xml");

    MailItem item = mailbox().getItem("x");

    List<String> names = item.headers().stream().map(MailHeader::name).toList();
    assertThat(names.subList(0, 5))
        .containsExactly(
            "Received", "Received", "Received", "Authentication-Results", "Content-Type");
    assertThat(item.headerValues("received")).hasSize(3);
    assertThat(item.header("Subject")).contains("Re: Message with Attachments");
    assertThat(item.inReplyTo()).startsWith("<CY1PR02MB1754A06D8E9AE2BBE2828B12C1B90");
  }

  @Test
  void readsHeadersAsExchangelibRecordedThem() {
    String headers =
        Fixtures.ews("exchangelib/test_properties__test_internet_message_headers__L111.xml");
    String block =
        headers.substring(
            headers.indexOf("<t:InternetMessageHeaders>"), headers.indexOf("</Envelope>"));
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:ItemId Id=\"A1\"/>" + block + "</t:Message></m:Items>")));

    MailItem item = mailbox().getItem("A1");

    assertThat(item.headers())
        .containsExactly(
            new MailHeader("Received", "from foo by bar"),
            new MailHeader("DKIM-Signature", "Hello from DKIM"),
            new MailHeader("MIME-Version", "1.0"),
            new MailHeader("X-Mailer", "Contoso Mail"),
            new MailHeader("Return-Path", "foo@example.com"));
  }

  @Test
  void readsTextAndHtmlBodiesRecipientsAndCategories() {
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:ItemId Id=\"A1\" ChangeKey=\"C1\"/>"
                    + "<t:Subject>Invoice</t:Subject>"
                    + "<t:Body BodyType=\"HTML\">&lt;p&gt;Pay now&lt;/p&gt;</t:Body>"
                    + "<t:Attachments><t:FileAttachment><t:AttachmentId Id=\"ATT1\"/>"
                    + "<t:Name>logo.png</t:Name><t:ContentType>image/png</t:ContentType>"
                    + "<t:ContentId>logo@1</t:ContentId><t:ContentLocation>logo.png</t:ContentLocation>"
                    + "<t:Size>1234</t:Size><t:LastModifiedTime>2026-01-02T03:04:05</t:LastModifiedTime>"
                    + "<t:IsInline>true</t:IsInline></t:FileAttachment></t:Attachments>"
                    + "<t:Categories><t:String>Red</t:String><t:String>Phish</t:String></t:Categories>"
                    + "<t:Importance>High</t:Importance>"
                    + "<t:ToRecipients><t:Mailbox><t:Name>A</t:Name><t:EmailAddress>a@x.com</t:EmailAddress></t:Mailbox>"
                    + "<t:Mailbox><t:EmailAddress>b@x.com</t:EmailAddress></t:Mailbox></t:ToRecipients>"
                    + "<t:CcRecipients><t:Mailbox><t:EmailAddress>c@x.com</t:EmailAddress></t:Mailbox></t:CcRecipients>"
                    + "<t:BccRecipients><t:Mailbox><t:EmailAddress>d@x.com</t:EmailAddress></t:Mailbox></t:BccRecipients>"
                    + "<t:ReplyTo><t:Mailbox><t:EmailAddress>r@x.com</t:EmailAddress></t:Mailbox></t:ReplyTo>"
                    + "<t:FutureProperty Version=\"V2030\">ignored</t:FutureProperty>"
                    + "<t:TextBody BodyType=\"Text\">Pay now</t:TextBody>"
                    + "</t:Message></m:Items>")));

    MailItem item = mailbox().getItem("A1");

    assertThat(item.textBody()).isEqualTo("Pay now");
    assertThat(item.htmlBody()).isEqualTo("<p>Pay now</p>");
    assertThat(item.categories()).containsExactly("Red", "Phish");
    assertThat(item.importance()).isEqualTo(dev.exchangesdk.ews.model.Importance.HIGH);
    assertThat(item.toRecipients())
        .extracting(EmailAddress::address)
        .containsExactly("a@x.com", "b@x.com");
    assertThat(item.ccRecipients()).extracting(EmailAddress::address).containsExactly("c@x.com");
    assertThat(item.bccRecipients()).extracting(EmailAddress::address).containsExactly("d@x.com");
    assertThat(item.replyTo()).extracting(EmailAddress::address).containsExactly("r@x.com");
    assertThat(item.attachments())
        .containsExactly(
            new AttachmentInfo(
                "ATT1",
                "logo.png",
                "image/png",
                "logo@1",
                "logo.png",
                1234L,
                Instant.parse("2026-01-02T03:04:05Z"),
                true,
                AttachmentInfo.Kind.FILE));
  }

  @Test
  void reportsEachIdsOutcomeSoOneMissingItemDoesNotHideTheOthers() {
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Message><t:ItemId Id=\"A\"/><t:Subject>one</t:Subject></t:Message></m:Items>"),
            error(
                "GetItem", "ErrorItemNotFound", "The specified object was not found in the store."),
            error("GetItem", "ErrorInvalidIdMalformed", "Id is malformed."),
            success(
                "GetItem",
                "<m:Items><t:Message><t:ItemId Id=\"D\"/><t:Subject>four</t:Subject></t:Message></m:Items>")));

    List<ItemResult<MailItem>> results =
        mailbox().getItems(List.of("A", "B", "C", "D"), EnumSet.of(ItemField.SUBJECT));

    assertThat(results).extracting(ItemResult::id).containsExactly("A", "B", "C", "D");
    assertThat(results.get(0).value().subject()).isEqualTo("one");
    assertThat(results.get(1).error())
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("item B")
        .hasMessageContaining("not found in the store");
    assertThat(results.get(2).error()).isInstanceOf(InvalidRequestException.class);
    assertThat(results.get(3).orElseThrow().subject()).isEqualTo("four");
  }

  @Test
  void throwsTheTypedErrorForASingleItem() {
    ews.respondWith("examples/GetItem-error-response.xml");

    assertThatThrownBy(() -> mailbox().getItem("AAAlAF"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Property is not valid for this object type.")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorInvalidPropertyRequest");
  }

  @Test
  void splitsLargeBatchesIntoRequestsOfAtMostOneHundredIds() {
    ews.answer(
        request -> {
          Matcher m =
              Pattern.compile("<t:ItemId Id=\"([^\"]+)\"/>").matcher(request.getBody().utf8());
          List<String> messages = new ArrayList<>();
          while (m.find()) {
            messages.add(
                success(
                    "GetItem",
                    "<m:Items><t:Message><t:ItemId Id=\""
                        + m.group(1)
                        + "\"/></t:Message></m:Items>"));
          }
          return response("GetItem", messages.toArray(new String[0]));
        });
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      ids.add("id" + i);
    }

    List<ItemResult<MailItem>> results = mailbox().getItems(ids, EnumSet.of(ItemField.SUBJECT));

    assertThat(results).hasSize(250).allSatisfy(r -> assertThat(r.value().id()).isEqualTo(r.id()));
    assertThat(ews.requestCount()).isEqualTo(3);
  }

  @Test
  void readsARecordedMeetingResponseItem() {
    ews.respondWith("recorded/GetItemWithTentativelyAcceptedMeetingResponseRequestResponse.xml");

    MailItem item = mailbox().getItem("x");

    assertThat(item.itemClass()).isEqualTo("IPM.Schedule.Meeting.Resp.Tent");
    assertThat(item.isMessage()).isFalse();
    assertThat(item.id()).isNotBlank();
  }

  /** A recorded task with a weekly recurrence (ews-javascript-api, Exchange Online 15.1). */
  @Test
  void readsARecordedTaskWithItsHtmlBodyAndSkipsTheRecurrence() {
    ews.respondWith("recorded/LoadTaskItemWithCustomRecurranceRequestResponse.xml");
    String id =
        "AAMkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwBGAAAAAAD7THPLlZw5QIg6OXUk7V98"
            + "BwBW56ZK5wEvSplui1kQQWjKAAAAAAESAABW56ZK5wEvSplui1kQQWjKAAAINC/mAAA=";

    MailItem task = mailbox().getItem(id);

    assertThat(task.id()).isEqualTo(id);
    assertThat(task.changeKey()).isEqualTo("EwAAABYAAABW56ZK5wEvSplui1kQQWjKAAAIM8u3");
    assertThat(task.itemClass()).isEqualTo("IPM.Task");
    assertThat(task.isMessage()).isFalse();
    assertThat(task.subject()).isEqualTo("testRecurrance");
    assertThat(task.htmlBody())
        .startsWith("<html>")
        .contains("<p>test data<br>")
        .contains("font-family: Calibri,Arial,Helvetica,sans-serif;");
    assertThat(task.importance()).isEqualTo(Importance.HIGH);
    assertThat(task.size()).isEqualTo(1701L);
    assertThat(task.receivedAt()).isEqualTo(Instant.parse("2016-03-10T20:58:59Z"));
    assertThat(task.lastModifiedAt()).isEqualTo(Instant.parse("2016-03-10T21:08:20Z"));
    assertThat(task.hasAttachments()).isFalse();
    assertThat(task.attachments()).isEmpty();
    assertThat(task.categories()).isEmpty();
    // Recurrence/StartDate (a date with a zone, "2016-03-15Z") is task data the model leaves out;
    // it must not be mistaken for a time the model has.
    assertThat(task.sentAt()).isEqualTo(Instant.parse("2016-03-10T20:58:59Z"));
    assertThat(task.createdAt()).isEqualTo(Instant.parse("2016-03-10T20:58:59Z"));
    assertThat(ews.takeRequestBody()).contains("<t:ItemId Id=\"" + id + "\"/>");
  }

  @Test
  void readsARecordedItemWithOnlyAnExtendedProperty() {
    ews.respondWith("recorded/GetItemRequestWithIDandExtendedPropertyHeaderResponse.xml");

    MailItem item = mailbox().getItem("x");

    assertThat(item.id()).endsWith("ABRZ081AAA=");
    assertThat(item.changeKey()).isEqualTo("CQAAABYAAAC4YXlr9Lp5Rp85dGfdkOHmAABRZ05K");
    assertThat(item.headers()).isEmpty();
  }

  @Test
  void leavesTheTextBodyOutForExchange2010() {
    ews.respondWith("examples/GetItem-response.xml");
    EwsClient old =
        ews.clientBuilder().serverVersion(ExchangeServerVersion.EXCHANGE_2010_SP2).build();

    old.mailbox(EwsServer.MAILBOX).getItem("AAAlAF");

    assertThat(ews.takeRequestBody()).doesNotContain("item:TextBody").contains("item:Body");
  }
}
