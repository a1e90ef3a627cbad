package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.findFolders;
import static dev.exchangesdk.ews.testing.EwsXml.folder;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static dev.exchangesdk.ews.testing.WriteResponses.itemMessage;
import static dev.exchangesdk.ews.testing.WriteResponses.messageIds;
import static dev.exchangesdk.ews.testing.WriteResponses.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ThrottledException;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemAction;
import dev.exchangesdk.ews.model.ItemActionResult;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ItemWriteTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  @Test
  void deletesOneItemWithTheDocumentedResponseAndReportsItsMessageId() {
    ews.respond(messageIds("AS4AUn=="));
    ews.respondWith("examples/DeleteItem-response.xml");

    List<ItemResult<ItemActionResult>> r =
        mailbox().deleteItems(List.of("AS4AUn=="), DeleteMode.HARD_DELETE);

    assertThat(r).hasSize(1);
    assertThat(r.get(0).value())
        .isEqualTo(
            new ItemActionResult("AS4AUn==", ItemAction.HARD_DELETED, null, "<AS4AUn==@test>"));
    assertThat(r.get(0).value().action().packName()).isEqualTo("hard-deleted");
    assertThat(ews.takeRequestBody()).contains("message:InternetMessageId");
    assertThat(ews.takeRequestBody())
        .contains("DeleteType=\"HardDelete\"")
        .contains("<t:ItemId Id=\"AS4AUn==\"/>");
  }

  @Test
  void reportsTheDocumentedDeleteErrorForItsIdAlone() {
    ews.respond(messageIds("gone", "there"));
    ews.respond(
        response(
            "DeleteItem",
            error(
                "DeleteItem",
                "ErrorItemNotFound",
                "The specified object was not found in the store."),
            ok("DeleteItem")));

    List<ItemResult<ItemActionResult>> r =
        mailbox().deleteItems(List.of("gone", "there"), DeleteMode.SOFT_DELETE);

    assertThat(r.get(0).error())
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("The specified object was not found in the store.")
        .hasMessageContaining("item gone");
    assertThat(r.get(1).value().action()).isEqualTo(ItemAction.SOFT_DELETED);
    assertThat(r.get(1).value().internetMessageId()).isEqualTo("<there@test>");
  }

  @Test
  void mapsTheDocumentedDeleteErrorResponse() {
    ews.respond(messageIds("x"));
    ews.respondWith("examples/DeleteItem-error-response.xml");

    ItemResult<ItemActionResult> r =
        mailbox().deleteItems(List.of("x"), DeleteMode.MOVE_TO_DELETED_ITEMS).get(0);

    assertThat(r.error()).isInstanceOf(NotFoundException.class);
    assertThat(r.error().errorCode()).isEqualTo("ErrorItemNotFound");
  }

  @Test
  void mapsTheRecordedInvalidValueErrorToInvalidRequestKeepingTheServersText() {
    // exchangelib's recorded DeleteItem error, with name/value details in m:MessageXml.
    ews.respond(messageIds("x"));
    ews.respondWith("exchangelib/test_services__test_invalid_value_extras__L81.xml");

    List<ItemResult<ItemActionResult>> r =
        mailbox().deleteItems(List.of("x"), DeleteMode.HARD_DELETE);

    assertThat(r).hasSize(1);
    assertThat(r.get(0).isSuccess()).isFalse();
    assertThat(r.get(0).id()).isEqualTo("x");
    ExchangeException e = r.get(0).error();
    assertThat(e).isInstanceOf(InvalidRequestException.class);
    assertThat(e.errorCode()).isEqualTo("ErrorInvalidValueForProperty");
    assertThat(e.isRetryable()).isFalse();
    assertThat(e.getMessage())
        .isEqualTo(
            "EWS DeleteItem (item x) in mailbox "
                + EwsServer.MAILBOX
                + " failed with ErrorInvalidValueForProperty:"
                + " The specified value is invalid for property.");
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void sendsEachDeleteModeAsItsDeleteType() {
    for (DeleteMode mode : DeleteMode.values()) {
      ews.respond(messageIds("a"));
      ews.respond(response("DeleteItem", ok("DeleteItem")));

      mailbox().deleteItems(List.of("a"), mode);

      ews.takeRequest();
      assertThat(ews.takeRequestBody()).contains("DeleteType=\"" + mode.wireName() + "\"");
    }
    assertThat(DeleteMode.fromName("trash")).isEqualTo(DeleteMode.MOVE_TO_DELETED_ITEMS);
    assertThat(DeleteMode.fromName("SoftDelete")).isEqualTo(DeleteMode.SOFT_DELETE);
  }

  @Test
  void deletesNothingForAnEmptyList() {
    assertThat(mailbox().deleteItems(List.of(), DeleteMode.HARD_DELETE)).isEmpty();
    assertThat(ews.requestCount()).isZero();
  }

  @Test
  void movesToAFolderGivenByPathAndReturnsTheNewIdFromTheDocumentedResponse() {
    ews.respond(findFolders(folder("PHISH", "INBOX", "Phishing", "IPF.Note", 0, 0)));
    ews.respond(messageIds("AAAtAEF/swbAAA="));
    ews.respondWith("examples/MoveItem-response.xml");

    ItemActionResult moved =
        mailbox().moveItem("AAAtAEF/swbAAA=", FolderRef.path("Inbox/Phishing"));

    assertThat(moved.newItemId()).isEqualTo("AAMkAd");
    assertThat(moved.currentItemId()).isEqualTo("AAMkAd");
    assertThat(moved.itemId()).isEqualTo("AAAtAEF/swbAAA=");
    assertThat(moved.internetMessageId()).isEqualTo("<AAAtAEF/swbAAA=@test>");
    assertThat(moved.action().packName()).isEqualTo("moved");
    assertThat(ews.takeRequestBody())
        .contains("<t:DistinguishedFolderId Id=\"inbox\"/>")
        .contains("Traversal=\"Shallow\"");
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<m:MoveItem>")
        .contains("<m:ToFolderId><t:FolderId Id=\"PHISH\"/></m:ToFolderId>")
        .contains("<m:ReturnNewItemIds>true</m:ReturnNewItemIds>");
  }

  @Test
  void movesToAWellKnownFolderWithoutLookingItUp() {
    ews.respond(messageIds("a"));
    ews.respond(response("MoveItem", itemMessage("MoveItem", "new-a")));

    mailbox().moveItems(List.of("a"), FolderRef.wellKnown(WellKnownFolder.JUNK_EMAIL));

    ews.takeRequest();
    assertThat(ews.takeRequestBody()).contains("<t:DistinguishedFolderId Id=\"junkemail\"/>");
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void movingOneMissingItemThrowsTheTypedException() {
    ews.respond(response("GetItem", error("GetItem", "ErrorItemNotFound", "gone")));
    ews.respond(
        response(
            "MoveItem",
            error("MoveItem", "ErrorItemNotFound", "The specified object was not found.")));

    assertThatThrownBy(() -> mailbox().moveItem("gone", FolderRef.wellKnown("inbox")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("The specified object was not found.");
  }

  @Test
  void aFolderPathThatDoesNotExistFailsBeforeAnythingMoves() {
    ews.respond(findFolders(folder("X", "INBOX", "Other", "IPF.Note", 0, 0)));

    assertThatThrownBy(() -> mailbox().moveItems(List.of("a"), FolderRef.path("Inbox/Phishing")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'Phishing'");
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void reportsATransientFailureOfOneItemWithoutRepeatingTheBatch() {
    ews.respond(messageIds("a", "b"));
    ews.respond(
        response(
            "MoveItem",
            itemMessage("MoveItem", "new-a"),
            "<m:MoveItemResponseMessage ResponseClass=\"Error\"><m:MessageText>busy</m:MessageText>"
                + "<m:ResponseCode>ErrorServerBusy</m:ResponseCode><m:MessageXml>"
                + "<t:Value Name=\"BackOffMilliseconds\">2000</t:Value></m:MessageXml>"
                + "</m:MoveItemResponseMessage>"));

    List<ItemResult<ItemActionResult>> r =
        mailbox().moveItems(List.of("a", "b"), FolderRef.wellKnown("inbox"));

    assertThat(r.get(0).value().newItemId()).isEqualTo("new-a");
    assertThat(r.get(1).error()).isInstanceOf(ThrottledException.class);
    assertThat(r.get(1).error().retryAfter()).contains(Duration.ofMillis(2000));
    assertThat(r.get(1).error().isRetryable()).isTrue();
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void copiesWithTheDocumentedResponsesPerId() {
    ews.respond(messageIds("AS4AUnV=", "bad"));
    ews.respond(
        response(
            "CopyItem",
            itemMessage("CopyItem", "AAMkAd"),
            error("CopyItem", "ErrorInvalidIdMalformed", "Id is malformed.")));

    List<ItemResult<ItemActionResult>> r =
        mailbox().copyItems(List.of("AS4AUnV=", "bad"), FolderRef.wellKnown("inbox"));

    assertThat(r.get(0).value().newItemId()).isEqualTo("AAMkAd");
    assertThat(r.get(0).value().action()).isEqualTo(ItemAction.COPIED);
    assertThat(r.get(1).error())
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Id is malformed.");
  }

  @Test
  void readsTheDocumentedCopyResponses() {
    ews.respond(messageIds("AS4AUnV="));
    ews.respondWith("examples/CopyItem-response.xml");
    ews.respond(messageIds("x"));
    ews.respondWith("examples/CopyItem-error-response.xml");

    assertThat(
            mailbox().copyItems(List.of("AS4AUnV="), FolderRef.wellKnown("inbox")).get(0).value())
        .extracting(ItemActionResult::newItemId)
        .isEqualTo("AAMkAd");
    assertThat(mailbox().copyItems(List.of("x"), FolderRef.wellKnown("inbox")).get(0).error())
        .isInstanceOf(InvalidRequestException.class)
        .extracting(ExchangeException::errorCode)
        .isEqualTo("ErrorInvalidIdMalformed");
  }

  @Test
  void neverRepeatsACopyThatMayHaveBeenMade() {
    ews.respond(messageIds("a"));
    ews.respond(503, "");

    assertThatThrownBy(() -> mailbox().copyItems(List.of("a"), FolderRef.wellKnown("inbox")))
        .isInstanceOf(ExchangeException.class);
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void marksReadOverwritingOnlyTheReadFlagWithoutReadReceipts() {
    ews.respond(messageIds("AAAtAEFkb"));
    ews.respondWith("examples/UpdateItem-response.xml");

    ItemResult<ItemActionResult> r = mailbox().markAsRead(List.of("AAAtAEFkb"), true).get(0);

    assertThat(r.value().action().packName()).isEqualTo("marked-as-read");
    assertThat(r.value().newItemId()).isNull();
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("ConflictResolution=\"AlwaysOverwrite\"")
        .contains("SuppressReadReceipts=\"true\"")
        .contains("MessageDisposition=\"SaveOnly\"")
        .contains(
            "<t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message>"
                + "<t:IsRead>true</t:IsRead></t:Message></t:SetItemField>")
        .contains("<t:ItemId Id=\"AAAtAEFkb\"/>");
  }

  @Test
  void marksUnreadOnAnOlderServerWithoutTheReceiptAttributeItDoesNotKnow() {
    ews.respond(messageIds("a"));
    ews.respond(response("UpdateItem", itemMessage("UpdateItem", "a")));
    Mailbox old =
        ews.clientBuilder()
            .serverVersion(ExchangeServerVersion.EXCHANGE_2010_SP2)
            .build()
            .mailbox(EwsServer.MAILBOX);

    assertThat(old.markAsRead(List.of("a"), false).get(0).value().action())
        .isEqualTo(ItemAction.MARKED_AS_UNREAD);
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<t:IsRead>false</t:IsRead>")
        .doesNotContain("SuppressReadReceipts");
  }

  @Test
  void sendsTheReadFlagAgainForItemsThatChangedConcurrently() {
    ews.respond(messageIds("a", "b"));
    ews.respond(
        response(
            "UpdateItem",
            itemMessage("UpdateItem", "a"),
            error(
                "UpdateItem",
                "ErrorIrresolvableConflict",
                "The send or update operation could not be performed because the change key"
                    + " passed in the request does not match the current change key for the"
                    + " item.")));
    ews.respond(response("UpdateItem", itemMessage("UpdateItem", "b")));

    List<ItemResult<ItemActionResult>> r = mailbox().markAsRead(List.of("a", "b"), true);

    assertThat(r).allMatch(ItemResult::isSuccess);
    ews.takeRequest();
    ews.takeRequest();
    String retry = ews.takeRequestBody();
    assertThat(retry).contains("<t:ItemId Id=\"b\"/>").doesNotContain("Id=\"a\"");
  }

  @Test
  void aConflictThatPersistsIsReportedForThatItem() {
    ews.respond(messageIds("b"));
    String conflict = error("UpdateItem", "ErrorIrresolvableConflict", "conflict");
    ews.respond(response("UpdateItem", conflict));
    ews.respond(response("UpdateItem", conflict));

    ItemResult<ItemActionResult> r = mailbox().markAsRead(List.of("b"), true).get(0);

    assertThat(r.error().errorCode()).isEqualTo("ErrorIrresolvableConflict");
    assertThat(ews.requestCount()).isEqualTo(3);
  }

  @Test
  void setsAndClearsCategories() {
    ews.respond(messageIds("a"));
    ews.respond(response("UpdateItem", itemMessage("UpdateItem", "a")));
    ews.respond(messageIds("a"));
    ews.respond(response("UpdateItem", itemMessage("UpdateItem", "a")));

    mailbox().setCategories(List.of("a"), List.of("Phishing", "Reviewed"));
    mailbox().setCategories(List.of("a"), List.of());

    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains(
            "<t:Categories><t:String>Phishing</t:String><t:String>Reviewed</t:String>"
                + "</t:Categories>");
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<t:DeleteItemField><t:FieldURI FieldURI=\"item:Categories\"/>");
  }

  private static String categories(String id, String changeKey, String... names) {
    StringBuilder c = new StringBuilder();
    for (String n : names) {
      c.append("<t:String>").append(n).append("</t:String>");
    }
    return success(
        "GetItem",
        "<m:Items><t:Message><t:ItemId Id=\""
            + id
            + "\" ChangeKey=\""
            + changeKey
            + "\"/><t:Categories>"
            + c
            + "</t:Categories></t:Message></m:Items>");
  }

  @Test
  void addsCategoriesAtTheVersionReadAndSkipsItemsThatHaveThem() {
    ews.respond(
        response(
            "GetItem", categories("a", "ck-a", "Red"), categories("b", "ck-b", "phishing", "Red")));
    ews.respond(response("UpdateItem", itemMessage("UpdateItem", "a")));

    List<ItemResult<ItemActionResult>> r =
        mailbox().addCategories(List.of("a", "b"), List.of("Phishing"));

    assertThat(r).allMatch(ItemResult::isSuccess);
    assertThat(r.get(1).value().action().packName()).isEqualTo("categories-added");
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("ConflictResolution=\"AutoResolve\"")
        .contains("<t:ItemId Id=\"a\" ChangeKey=\"ck-a\"/>")
        .contains("<t:String>Red</t:String><t:String>Phishing</t:String>")
        .doesNotContain("Id=\"b\"");
    assertThat(ews.requestCount()).isEqualTo(2);
  }

  @Test
  void readsAnItemAgainWhenItChangedBeforeTheCategoryWrite() {
    ews.respond(response("GetItem", categories("a", "old", "Red")));
    ews.respond(
        response("UpdateItem", error("UpdateItem", "ErrorIrresolvableConflict", "changed")));
    ews.respond(response("GetItem", categories("a", "new", "Red", "Blue")));
    ews.respond(response("UpdateItem", itemMessage("UpdateItem", "a")));

    ItemResult<ItemActionResult> r =
        mailbox().addCategories(List.of("a"), List.of("Phishing")).get(0);

    assertThat(r.isSuccess()).isTrue();
    ews.takeRequest();
    ews.takeRequest();
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("ChangeKey=\"new\"")
        .contains("<t:String>Red</t:String><t:String>Blue</t:String><t:String>Phishing</t:String>");
  }

  @Test
  void marksAsJunkAndReturnsTheMovedIdFromTheDocumentedResponse() {
    ews.respond(messageIds("AAMkAD="));
    ews.respondWith("examples/MarkAsJunk-response.xml");

    ItemActionResult r = mailbox().markAsJunk(List.of("AAMkAD="), true, true).get(0).value();

    assertThat(r.action().packName()).isEqualTo("marked-as-junk");
    assertThat(r.newItemId()).isEqualTo("AAMkAD=");
    ews.takeRequest();
    assertThat(ews.takeRequestBody()).contains("<m:MarkAsJunk IsJunk=\"true\" MoveItem=\"true\">");
  }

  @Test
  void marksAsNotJunkAndReportsTheDocumentedErrorPerItem() {
    ews.respond(messageIds("x"));
    ews.respondWith("examples/MarkAsJunk-error-response.xml");

    ItemResult<ItemActionResult> r = mailbox().markAsJunk(List.of("x"), false, false).get(0);

    assertThat(r.error()).isInstanceOf(NotFoundException.class);
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<m:MarkAsJunk IsJunk=\"false\" MoveItem=\"false\">");
  }

  @Test
  void refusesJunkMarkingOnServersOlderThan2013WithoutCallingThem() {
    Mailbox old =
        ews.clientBuilder()
            .serverVersion(ExchangeServerVersion.EXCHANGE_2010_SP2)
            .build()
            .mailbox(EwsServer.MAILBOX);

    assertThatThrownBy(() -> old.markAsJunk(List.of("a"), true, true))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Exchange 2013");
    assertThat(ews.requestCount()).isZero();
  }

  @Test
  void sendsBatchesOfAtMostOneHundredIds() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      ids.add("id" + i);
    }
    ews.respond(messageIds(ids.subList(0, 100).toArray(new String[0])));
    ews.respond(deleted(100));
    ews.respond(messageIds(ids.subList(100, 150).toArray(new String[0])));
    ews.respond(deleted(50));

    List<ItemResult<ItemActionResult>> r = mailbox().deleteItems(ids, DeleteMode.SOFT_DELETE);

    assertThat(r).hasSize(150).allMatch(ItemResult::isSuccess);
    assertThat(r.get(149).id()).isEqualTo("id149");
    assertThat(r.get(149).value().internetMessageId()).isEqualTo("<id149@test>");
  }

  private static String deleted(int n) {
    String[] messages = new String[n];
    java.util.Arrays.fill(messages, ok("DeleteItem"));
    return response("DeleteItem", messages);
  }
}
