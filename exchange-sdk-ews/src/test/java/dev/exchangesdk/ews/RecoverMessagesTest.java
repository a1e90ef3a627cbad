package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.findItems;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.WriteResponses.itemMessage;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemAction;
import dev.exchangesdk.ews.model.ItemActionResult;
import dev.exchangesdk.ews.model.RecoveryResult;
import dev.exchangesdk.ews.testing.EwsServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecoverMessagesTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private static String deleted(String id, String messageId) {
    return "<t:Message><t:ItemId Id=\""
        + id
        + "\" ChangeKey=\"ck\"/><t:InternetMessageId>&lt;"
        + messageId
        + "&gt;</t:InternetMessageId></t:Message>";
  }

  @Test
  void movesBackWhatIsFoundAndListsTheMessageIdsThatAreMissing() {
    ews.respond(
        findItems(
            List.of(deleted("D1", "one@contoso.com"), deleted("D2", "TWO@contoso.com")),
            null,
            2,
            true));
    ews.respond(response("MoveItem", itemMessage("MoveItem", "N1"), itemMessage("MoveItem", "N2")));

    RecoveryResult r =
        ews.client()
            .mailbox(EwsServer.MAILBOX)
            .recoverMessages(
                List.of("one@contoso.com", "<two@contoso.com>", "<missing@contoso.com>"),
                FolderRef.wellKnown("inbox"));

    assertThat(r.notFound()).containsExactly("<missing@contoso.com>");
    assertThat(r.recovered())
        .containsExactly(
            new ItemActionResult("D1", ItemAction.RECOVERED, "N1", "<one@contoso.com>"),
            new ItemActionResult("D2", ItemAction.RECOVERED, "N2", "<TWO@contoso.com>"));
    assertThat(r.complete()).isFalse();
    String find = ews.takeRequestBody();
    assertThat(find)
        .contains("<t:DistinguishedFolderId Id=\"recoverableitemsdeletions\"/>")
        .contains("<t:Or>")
        .contains("<t:Constant Value=\"&lt;one@contoso.com&gt;\"/>")
        .contains("<t:Constant Value=\"&lt;missing@contoso.com&gt;\"/>");
    assertThat(ews.takeRequestBody())
        .contains("<t:DistinguishedFolderId Id=\"inbox\"/>")
        .contains("<t:ItemId Id=\"D1\"/>")
        .contains("<t:ItemId Id=\"D2\"/>");
  }

  @Test
  void reportsAFailedMoveForThatCopyAndStillRecoversTheOthers() {
    ews.respond(findItems(List.of(deleted("D1", "a@x"), deleted("D2", "b@x")), null, 2, true));
    ews.respond(
        response(
            "MoveItem",
            error("MoveItem", "ErrorItemNotFound", "The specified object was not found."),
            itemMessage("MoveItem", "N2")));

    RecoveryResult r =
        ews.client()
            .mailbox(EwsServer.MAILBOX)
            .recoverMessages(List.of("a@x", "b@x"), FolderRef.wellKnown("inbox"));

    assertThat(r.notFound()).isEmpty();
    assertThat(r.moves().get(0).error()).isInstanceOf(NotFoundException.class);
    assertThat(r.recovered()).extracting(ItemActionResult::newItemId).containsExactly("N2");
  }

  @Test
  void nothingFoundIsAnAnswerNotAFailure() {
    ews.respond(findItems(List.of(), null, 0, true));

    RecoveryResult r =
        ews.client()
            .mailbox(EwsServer.MAILBOX)
            .recoverMessages(List.of("<gone@x>"), FolderRef.wellKnown("inbox"));

    assertThat(r.moves()).isEmpty();
    assertThat(r.notFound()).containsExactly("<gone@x>");
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void searchesInGroupsOfFiftyMessageIds() {
    List<String> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ids.add("m" + i + "@x");
    }
    ews.respond(findItems(List.of(), null, 0, true));
    ews.respond(findItems(List.of(), null, 0, true));

    RecoveryResult r =
        ews.client().mailbox(EwsServer.MAILBOX).recoverMessages(ids, FolderRef.wellKnown("inbox"));

    assertThat(r.notFound()).hasSize(60);
    assertThat(ews.takeRequestBody()).contains("m49@x").doesNotContain("m50@x");
    assertThat(ews.takeRequestBody()).contains("m50@x").contains("m59@x");
  }
}
