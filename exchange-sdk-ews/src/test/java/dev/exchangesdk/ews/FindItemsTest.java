package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.findItems;
import static dev.exchangesdk.ews.testing.EwsXml.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.EwsXml;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FindItemsTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private static final FolderRef INBOX = FolderRef.wellKnown(WellKnownFolder.INBOX);

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private static List<String> subjects(Iterable<MailItem> items) {
    return java.util.stream.StreamSupport.stream(items.spliterator(), false)
        .map(MailItem::subject)
        .collect(Collectors.toList());
  }

  @Test
  void readsTheDocumentedFindItemResponse() {
    ews.respondWith("examples/FindItem-response.xml");

    List<MailItem> items = mailbox().findItems(INBOX, ItemQuery.all()).stream().toList();

    assertThat(items).extracting(MailItem::id).containsExactly("AS4AUn=", "AS4AUM=");
    assertThat(items).extracting(MailItem::changeKey).containsExactly("fsVU4==", "fsVUA==");
  }

  @Test
  void readsEveryPropertyOfARecordedExchangeOnlineItem() {
    ews.respondWith("recorded/FindItemRequest1ItemViewResponse.xml");

    MailItem item = mailbox().findItems(INBOX, ItemQuery.all()).iterator().next();

    assertThat(item.id()).startsWith("AAMkADM5NjU5ZGZmLTk1NTctNDY2YS05MjAw").endsWith("AAA=");
    assertThat(item.parentFolderId()).endsWith("AAAAAAEMAAA=");
    assertThat(item.itemClass()).isEqualTo("IPM.Note");
    assertThat(item.isMessage()).isTrue();
    assertThat(item.subject()).isEqualTo("All sender recipienttype");
    assertThat(item.receivedAt()).isEqualTo(Instant.parse("2015-06-07T05:24:28Z"));
    assertThat(item.sentAt()).isEqualTo(Instant.parse("2015-06-07T05:24:25Z"));
    assertThat(item.createdAt()).isEqualTo(Instant.parse("2015-06-07T05:24:28Z"));
    assertThat(item.lastModifiedAt()).isEqualTo(Instant.parse("2015-06-07T05:24:28Z"));
    assertThat(item.size()).isEqualTo(13920L);
    assertThat(item.importance()).isEqualTo(Importance.NORMAL);
    assertThat(item.hasAttachments()).isFalse();
    assertThat(item.read()).isFalse();
    assertThat(item.conversationId()).startsWith("AAQkADM5NjU5");
    assertThat(item.internetMessageId())
        .isEqualTo(
            "<BN3PR09MB0564184956F54C932DA0254B89B00@BN3PR09MB0564.namprd09.prod.outlook.com>");
    assertThat(item.from().name()).isEqualTo("gs test");
    assertThat(item.from().routingType()).isEqualTo("EX");
    assertThat(item.sender().address()).startsWith("/O=EXCHANGELABS/");
    assertThat(item.receivedBy()).isEqualTo(new EmailAddress("gstest test2", null, "EX"));
  }

  @Test
  void walksTheDocumentedPagesUntilTheLastItemIsIncluded() {
    ews.respondWith("examples/FindItem-paged-page1-response.xml");
    ews.respondWith("examples/FindItem-paged-page2-response.xml");

    List<String> subjects =
        subjects(mailbox().findItems(INBOX, ItemQuery.builder().pageSize(6).build()));

    assertThat(subjects)
        .containsExactly(
            "Query",
            "Update",
            "Planning resources",
            "Timeline",
            "For your perusal",
            "meeting notes",
            "meeting notes",
            "Meeting notes",
            "This cat is hilarious!");
    assertThat(ews.takeRequestBody())
        .contains(
            "<m:IndexedPageItemView MaxEntriesReturned=\"6\" Offset=\"0\" BasePoint=\"Beginning\"/>");
    assertThat(ews.takeRequestBody()).contains("Offset=\"6\"");
  }

  @Test
  void followsShortPagesByTheServersNextOffset() {
    ews.respond(findItems(List.of(message("a", "A"), message("b", "B")), 2, 5, false));
    ews.respond(findItems(List.of(message("c", "C")), 3, 5, false));
    ews.respond(findItems(List.of(message("d", "D"), message("e", "E")), 5, 5, true));

    List<String> subjects =
        subjects(mailbox().findItems(INBOX, ItemQuery.builder().pageSize(100).build()));

    assertThat(subjects).containsExactly("A", "B", "C", "D", "E");
    assertThat(ews.takeRequestBody()).contains("Offset=\"0\"");
    assertThat(ews.takeRequestBody()).contains("Offset=\"2\"");
    assertThat(ews.takeRequestBody()).contains("Offset=\"3\"");
  }

  @Test
  void stopsAtTheEndOfTheViewWhenTheServerNeverSaysItIsTheLastPage() {
    ews.answer(
        request -> {
          int offset = offsetOf(request.getBody().utf8());
          return findItems(
              List.of(message("i" + offset, "S" + offset), message("j" + offset, "T" + offset)),
              offset + 2,
              6,
              false);
        });

    List<String> subjects = subjects(mailbox().findItems(INBOX, ItemQuery.all()));

    assertThat(subjects).containsExactly("S0", "T0", "S2", "T2", "S4", "T4");
    assertThat(ews.requestCount()).isEqualTo(3);
  }

  @Test
  void stopsWhenTheServerReturnsAnEmptyPageThatClaimsMore() {
    ews.respond(findItems(List.of(message("a", "A")), 1, null, false));
    ews.respond(findItems(List.of(), 1, null, false));

    assertThat(subjects(mailbox().findItems(INBOX, ItemQuery.all()))).containsExactly("A");
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void stopsWhenTheServerDoesNotMoveTheOffsetForward() {
    ews.answer(request -> findItems(List.of(message("a", "A")), 0, null, false));

    assertThat(subjects(mailbox().findItems(INBOX, ItemQuery.all()))).containsExactly("A");
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void asksOnlyForWhatTheLimitLeaves() {
    ews.respond(findItems(List.of(message("a", "A"), message("b", "B")), 2, 10, false));
    ews.respond(findItems(List.of(message("c", "C")), 3, 10, false));

    List<String> subjects =
        subjects(mailbox().findItems(INBOX, ItemQuery.builder().pageSize(2).limit(3).build()));

    assertThat(subjects).containsExactly("A", "B", "C");
    assertThat(ews.takeRequestBody()).contains("MaxEntriesReturned=\"2\" Offset=\"0\"");
    assertThat(ews.takeRequestBody()).contains("MaxEntriesReturned=\"1\" Offset=\"2\"");
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void resumesFromAContinuationToken() {
    ews.respondWith("examples/FindItem-paged-page1-response.xml");
    ews.respondWith("examples/FindItem-paged-page2-response.xml");
    dev.exchangesdk.core.PagedIterable<MailItem> items =
        mailbox().findItems(INBOX, ItemQuery.builder().pageSize(6).build());
    String token = items.byPage().iterator().next().continuationToken().orElseThrow();

    dev.exchangesdk.core.Page<MailItem> resumed = items.byPage(token).iterator().next();

    assertThat(token).isEqualTo("6");
    assertThat(subjects(resumed.items()))
        .containsExactly("meeting notes", "Meeting notes", "This cat is hilarious!");
    assertThat(resumed.continuationToken()).isEmpty();
    ews.takeRequest();
    assertThat(ews.takeRequestBody()).contains("Offset=\"6\"");
  }

  @Test
  void fetchesNothingUntilIterated() {
    mailbox().findItems(INBOX, ItemQuery.all());

    assertThat(ews.requestCount()).isZero();
  }

  @Test
  void searchesByAqs() {
    ews.respondWith("examples/FindItem-response.xml");

    mailbox()
        .findItems(INBOX, ItemQuery.builder().aqs("subject:invoice AND from:contoso.com").build())
        .stream()
        .toList();

    String body = ews.takeRequestBody();
    assertThat(body)
        .contains("<m:QueryString>subject:invoice AND from:contoso.com</m:QueryString>")
        .doesNotContain("Restriction");
  }

  @Test
  void refusesAnAqsQueryWithATimeRangeSayingWhatToDoInstead() {
    Instant t = Instant.parse("2026-03-01T00:00:00Z");
    List<ItemQuery.Builder> combinations =
        List.of(
            ItemQuery.builder().aqs("subject:invoice").receivedBetween(t, null),
            ItemQuery.builder().aqs("subject:invoice").receivedBetween(null, t),
            ItemQuery.builder().aqs("subject:invoice").modifiedBetween(t, null),
            ItemQuery.builder().aqs("subject:invoice").modifiedBetween(null, t),
            // the order the builder is called in does not matter
            ItemQuery.builder().receivedBetween(t, null).aqs("subject:invoice"),
            ItemQuery.all().toBuilder().modifiedBetween(t, t).aqs("invoice"));

    for (ItemQuery.Builder b : combinations) {
      assertThatThrownBy(b::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "AQS query cannot be combined with receivedBetween or modifiedBetween")
          .hasMessageContaining("Put the dates in the AQS")
          .hasMessageContaining("MailItem.receivedAt()");
    }
    assertThat(ews.requestCount()).isZero();
  }

  @Test
  void aBlankAqsQueryIsNoQueryAndLeavesTheTimeRangeAsARestriction() {
    ews.respondWith("examples/FindItem-response.xml");

    mailbox()
        .findItems(
            INBOX,
            ItemQuery.builder()
                .aqs("  ")
                .receivedBetween(Instant.parse("2026-03-01T00:00:00Z"), null)
                .build())
        .stream()
        .toList();

    assertThat(ews.takeRequestBody())
        .contains("<m:Restriction><t:IsGreaterThanOrEqualTo>")
        .doesNotContain("QueryString");
  }

  @Test
  void findsAnExactMessageIdAddingTheAngleBrackets() {
    ews.respondWith("examples/FindItem-response.xml");

    mailbox()
        .findItems(INBOX, ItemQuery.builder().internetMessageId("abc@contoso.com").build())
        .stream()
        .toList();

    assertThat(ews.takeRequestBody())
        .contains(
            "<m:Restriction><t:IsEqualTo><t:FieldURI FieldURI=\"message:InternetMessageId\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"&lt;abc@contoso.com&gt;\"/>"
                + "</t:FieldURIOrConstant></t:IsEqualTo></m:Restriction>");
  }

  @Test
  void restrictsOnReceivedTimeAndSortsOldestFirst() {
    ews.respondWith("examples/FindItem-response.xml");
    Instant from = Instant.parse("2026-03-01T10:00:00.750Z");
    Instant to = Instant.parse("2026-03-02T10:00:00Z");

    mailbox()
        .findItems(
            INBOX,
            ItemQuery.builder()
                .receivedBetween(from, to)
                .sort(dev.exchangesdk.ews.model.ItemSort.oldestFirst())
                .build())
        .stream()
        .toList();

    assertThat(ews.takeRequestBody())
        .contains(
            "<t:And><t:IsGreaterThanOrEqualTo><t:FieldURI FieldURI=\"item:DateTimeReceived\"/>"
                + "<t:FieldURIOrConstant><t:Constant Value=\"2026-03-01T10:00:00Z\"/>")
        .contains(
            "<t:IsLessThan><t:FieldURI FieldURI=\"item:DateTimeReceived\"/><t:FieldURIOrConstant>"
                + "<t:Constant Value=\"2026-03-02T10:00:00Z\"/>")
        .contains(
            "<t:FieldOrder Order=\"Ascending\"><t:FieldURI FieldURI=\"item:DateTimeReceived\"/>");
  }

  @Test
  void restrictsOnLastModifiedTime() {
    ews.respondWith("examples/FindItem-response.xml");

    mailbox()
        .findItems(
            INBOX,
            ItemQuery.builder()
                .modifiedBetween(Instant.parse("2026-03-01T00:00:00Z"), null)
                .build())
        .stream()
        .toList();

    assertThat(ews.takeRequestBody())
        .contains(
            "<m:Restriction><t:IsGreaterThanOrEqualTo><t:FieldURI FieldURI=\"item:LastModifiedTime\"/>");
  }

  @Test
  void rejectsAnUnknownFieldNameListingTheValidOnes() {
    assertThatThrownBy(() -> ItemQuery.builder().fieldNames(List.of("subject", "colour")))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("'colour'")
        .hasMessageContaining("datetimeReceived");
  }

  @Test
  void acceptsThePacksFieldNames() {
    ItemQuery q =
        ItemQuery.builder()
            .fieldNames(List.of("subject", "author", "datetimeReceived", "FileAttachments"))
            .build();

    assertThat(q.fields())
        .containsExactlyInAnyOrder(
            ItemField.ID,
            ItemField.SUBJECT,
            ItemField.FROM,
            ItemField.RECEIVED_AT,
            ItemField.ATTACHMENTS);
    assertThat(ItemQuery.builder().fieldNames(List.of("all")).build().fields())
        .isEqualTo(ItemField.all());
  }

  @Test
  void requestsOnlyTheSelectedProperties() {
    ews.respondWith("examples/FindItem-response.xml");

    mailbox()
        .findItems(INBOX, ItemQuery.builder().fields(ItemField.SUBJECT, ItemField.READ).build())
        .stream()
        .toList();

    String body = ews.takeRequestBody();
    Matcher m =
        Pattern.compile("FieldURI=\"([^\"]+)\"")
            .matcher(body.substring(0, body.indexOf("</m:ItemShape>")));
    List<String> uris = new java.util.ArrayList<>();
    while (m.find()) {
      uris.add(m.group(1));
    }
    assertThat(uris).containsExactly("item:ItemClass", "item:Subject", "message:IsRead");
  }

  @Test
  void fetchesBodiesHeadersAndAttachmentsWithGetItemForEachPage() {
    ews.respondWith("recorded/FindItemWithItemAttachmentResponse.xml");
    ews.respondWith("recorded/LoadItemWithItemAttachmentResponse.xml");

    MailItem item =
        mailbox()
            .findItems(
                INBOX,
                ItemQuery.builder()
                    .fields(
                        EnumSet.of(
                            ItemField.SUBJECT,
                            ItemField.HEADERS,
                            ItemField.HTML_BODY,
                            ItemField.ATTACHMENTS))
                    .limit(1)
                    .build())
            .iterator()
            .next();

    assertThat(item.subject()).isEqualTo("Re: Message with Attachments");
    assertThat(item.htmlBody()).contains("This message contains four file attachments.");
    assertThat(item.headerValues("Received")).hasSize(3);
    assertThat(item.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.kind()).isEqualTo(AttachmentInfo.Kind.ITEM);
              assertThat(a.name()).isEqualTo("Message with Attachments");
              assertThat(a.size()).isEqualTo(149012L);
              assertThat(a.inline()).isFalse();
              assertThat(a.lastModified()).isEqualTo(Instant.parse("2016-02-28T20:18:06Z"));
            });
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<m:GetItem>")
        .contains("<t:BodyType>HTML</t:BodyType>")
        .contains("item:InternetMessageHeaders")
        .contains(
            "<t:ItemId Id=\"AAMkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwBGAAAAAAD7THPLlZw5QIg6OXUk7V98BwBW56ZK5wEvSplui1kQQWjKAAAAAAEMAABW56ZK5wEvSplui1kQQWjKAAAAAAF+AAA=\"/>");
  }

  @Test
  void readsRecordedMeetingItemsAsNonMessages() {
    ews.respondWith("recorded/FindItemWithTentativelyAcceptedMeetingResponseRequestResponse.xml");

    List<MailItem> items =
        mailbox().findItems(INBOX, ItemQuery.builder().limit(1).build()).stream().toList();

    assertThat(items)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.itemClass()).isEqualTo("IPM.Schedule.Meeting.Resp.Tent");
              assertThat(i.isMessage()).isFalse();
              assertThat(i.internetMessageId()).startsWith("<SN1PR02MB1376ABA36C5A");
            });
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  /** A recorded task listing (ews-javascript-api, Exchange Online 15.1, V2016_01_06). */
  @Test
  void readsARecordedTaskWithItsCommonItemPropertiesAndSkipsTheTaskOnes() {
    ews.respondWith("recorded/GetTaskItemWithCustomRecurranceRequestResponse.xml");

    List<MailItem> items =
        mailbox().findItems(FolderRef.wellKnown(WellKnownFolder.TASKS), ItemQuery.all()).stream()
            .toList();

    MailItem task = items.get(0);
    assertThat(items).hasSize(1);
    assertThat(task.id())
        .isEqualTo(
            "AAMkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwBGAAAAAAD7THPLlZw5QIg6OXUk7V98"
                + "BwBW56ZK5wEvSplui1kQQWjKAAAAAAESAABW56ZK5wEvSplui1kQQWjKAAAINC/mAAA=");
    assertThat(task.changeKey()).isEqualTo("EwAAABYAAABW56ZK5wEvSplui1kQQWjKAAAIM8u3");
    assertThat(task.parentFolderId()).endsWith("QWjKAAAAAAESAAA=");
    assertThat(task.itemClass()).isEqualTo("IPM.Task");
    assertThat(task.isMessage()).isFalse();
    assertThat(task.subject()).isEqualTo("testRecurrance");
    assertThat(task.receivedAt()).isEqualTo(Instant.parse("2016-03-10T20:58:59Z"));
    assertThat(task.sentAt()).isEqualTo(Instant.parse("2016-03-10T20:58:59Z"));
    assertThat(task.createdAt()).isEqualTo(Instant.parse("2016-03-10T20:58:59Z"));
    assertThat(task.lastModifiedAt()).isEqualTo(Instant.parse("2016-03-10T21:08:20Z"));
    assertThat(task.size()).isEqualTo(1701L);
    assertThat(task.importance()).isEqualTo(Importance.HIGH);
    assertThat(task.hasAttachments()).isFalse();
    assertThat(task.conversationId())
        .isEqualTo(
            "AAQkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwAQANQdjNmPALIE6YAJmOz4Qn4=");
    // Tasks have no sender, recipients or Message-ID; their own fields (DueDate, Status,
    // Companies ...) are not part of the mail model and are skipped.
    assertThat(task.from()).isNull();
    assertThat(task.toRecipients()).isEmpty();
    assertThat(task.internetMessageId()).isNull();
    assertThat(task.read()).isNull();
    assertThat(ews.takeRequestBody()).contains("<t:DistinguishedFolderId Id=\"tasks\"/>");
  }

  @Test
  void readsRecordedCalendarFolderListings() {
    ews.respondWith("recorded/FindAppointmentRequestResponseWith3results.xml");
    ews.respondWith("recorded/FindAppointmentRequestResponseWith0results.xml");
    FolderRef calendar = FolderRef.wellKnown(WellKnownFolder.CALENDAR);

    assertThat(mailbox().findItems(calendar, ItemQuery.all()).stream().toList())
        .hasSize(3)
        .allSatisfy(i -> assertThat(i.itemClass()).startsWith("IPM.Appointment"));
    assertThat(mailbox().findItems(calendar, ItemQuery.all()).stream().toList()).isEmpty();
  }

  @Test
  void mapsTheDocumentedFindItemErrorToInvalidRequest() {
    ews.respondWith("examples/FindItem-error-response.xml");

    assertThatThrownBy(() -> mailbox().findItems(INBOX, ItemQuery.all()).iterator().hasNext())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Id is malformed.")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorInvalidIdMalformed");
  }

  @Test
  void retriesAPageThrottledWithAResponseMessage() {
    ews.respondWith("examples/ErrorServerBusy-responsemessage-http200.constructed.xml");
    ews.respondWith("examples/FindItem-response.xml");

    assertThat(mailbox().findItems(INBOX, ItemQuery.all()).stream().toList()).hasSize(2);
    assertThat(ews.sleeps()).containsExactly(Duration.ofMillis(5000));
  }

  @Test
  void resolvesAFolderPathBeforeListing() {
    ews.respond(
        EwsXml.findFolders(
            EwsXml.folder("F-other", "INBOX-ID", "Other", "IPF.Note", 0, 0),
            EwsXml.folder("F-phish", "INBOX-ID", "phishing", "IPF.Note", 4, 0)));
    ews.respondWith("examples/FindItem-response.xml");

    mailbox().findItems(FolderRef.path("Inbox\\Phishing"), ItemQuery.all()).stream().toList();

    assertThat(ews.takeRequestBody())
        .contains("<m:FindFolder Traversal=\"Shallow\">")
        .contains("<t:DistinguishedFolderId Id=\"inbox\"/>");
    assertThat(ews.takeRequestBody()).contains("<t:FolderId Id=\"F-phish\"/>");
  }

  private static int offsetOf(String body) {
    Matcher m = Pattern.compile("Offset=\"(\\d+)\"").matcher(body);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
