package dev.exchangesdk.testkit;

import static dev.exchangesdk.testkit.EwsResponseSchemaTest.assertSchemaValid;
import static dev.exchangesdk.testkit.Http.envelope;
import static dev.exchangesdk.testkit.Http.ews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.testkit.internal.ews.EwsSchema;
import dev.exchangesdk.testkit.model.NewMessage;
import java.util.Map;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-mailbox and per-item EWS faults, over raw EWS requests: a mailbox being moved or its
 * store unavailable, sync states revoked, items GetItem cannot give. Every well-formed answer is
 * checked against the EWS schema.
 */
class MailboxAndItemFaultsTest {
  private static final String SOC = "soc@contoso.com";
  private static final String ALICE = "alice@contoso.com";
  private static final String GET_INBOX =
      "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>";
  private static final String CREATE_FOLDER =
      "<m:CreateFolder><m:ParentFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderId><m:Folders><t:Folder><t:DisplayName>During the move</t:DisplayName></t:Folder></m:Folders></m:CreateFolder>";

  private static Schema schema;
  private FakeExchange fake;
  private FakeMailbox soc;

  @BeforeAll
  static void loadSchema() {
    schema = EwsSchema.get();
  }

  @BeforeEach
  void start() {
    fake = FakeExchange.start();
    soc = fake.createMailbox(SOC, "SOC");
    fake.createMailbox(ALICE, "Alice");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private static NewMessage mail(String subject) {
    return NewMessage.builder()
        .from("mallory@evil.example")
        .to(SOC)
        .subject(subject)
        .text("Please pay")
        .build();
  }

  private static String syncItems(String state) {
    return "<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape><m:SyncFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:SyncFolderId>"
        + (state == null ? "" : "<m:SyncState>" + state + "</m:SyncState>")
        + "<m:MaxChangesReturned>100</m:MaxChangesReturned></m:SyncFolderItems>";
  }

  private static String syncHierarchy(String state) {
    return "<m:SyncFolderHierarchy><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape>"
        + (state == null ? "" : "<m:SyncState>" + state + "</m:SyncState>")
        + "</m:SyncFolderHierarchy>";
  }

  private static String getItems(String shape, String... ids) {
    StringBuilder s =
        new StringBuilder(
            "<m:GetItem><m:ItemShape><t:BaseShape>"
                + shape
                + "</t:BaseShape></m:ItemShape><m:ItemIds>");
    for (String id : ids) {
      s.append("<t:ItemId Id=\"").append(id).append("\"/>");
    }
    return s.append("</m:ItemIds></m:GetItem>").toString();
  }

  private Http.Answer valid(String label, String mailbox, String body) {
    Http.Answer a = ews(fake, envelope(mailbox, body));
    assertSchemaValid(schema, label, a);
    return a;
  }

  // ---- mailbox unavailable

  @Test
  void aMailboxBeingMovedAnswersEveryCallOnItWithAnErrorResponseMessage() {
    fake.faults().mailboxUnavailable(SOC, MailboxUnavailable.MOVE_IN_PROGRESS, 3);
    assertThat(fake.faults().pending(SOC)).isEqualTo(3);
    assertThat(fake.faults().pending(Endpoint.EWS)).isZero();

    Map<String, String> calls =
        Map.of(
            "GetFolder", GET_INBOX,
            "SyncFolderItems", syncItems(null),
            "CreateFolder", CREATE_FOLDER);
    for (Map.Entry<String, String> call : calls.entrySet()) {
      Http.Answer a = valid(call.getKey() + " during a move", SOC, call.getValue());
      assertThat(a.code()).isEqualTo(200);
      assertThat(a.count("//m:ResponseMessages/*")).isEqualTo(1);
      assertThat(a.text("//m:" + call.getKey() + "ResponseMessage/@ResponseClass"))
          .isEqualTo("Error");
      assertThat(a.text("//m:ResponseCode")).isEqualTo("ErrorMailboxMoveInProgress");
      assertThat(a.text("//m:MessageText")).isNotBlank();
    }
    // The call did nothing, and the fault is used up.
    assertThat(soc.folders()).noneMatch(f -> f.displayName().equals("During the move"));
    assertThat(fake.faults().pending(SOC)).isZero();
    assertThat(valid("GetFolder after the move", SOC, GET_INBOX).text("//m:ResponseCode"))
        .isEqualTo("NoError");
  }

  @Test
  void anUnavailableStoreAffectsOnlyThatMailboxAndComesAfterEndpointFaults() {
    fake.faults()
        .mailboxUnavailable(SOC, MailboxUnavailable.STORE_UNAVAILABLE, 1)
        .serviceUnavailable(Endpoint.EWS, 1);
    // The endpoint's 503 strikes first; the mailbox's answer waits for a call on soc.
    assertThat(ews(fake, envelope(SOC, GET_INBOX)).code()).isEqualTo(503);
    assertThat(fake.faults().pending(SOC)).isEqualTo(1);
    assertThat(valid("alice's GetFolder", ALICE, GET_INBOX).text("//m:ResponseCode"))
        .isEqualTo("NoError");
    assertThat(fake.faults().pending(SOC)).isEqualTo(1);
    Http.Answer a = valid("GetItem of a batch", SOC, getItems("IdOnly", "x", "y"));
    assertThat(a.text("//m:GetItemResponseMessage/@ResponseClass")).isEqualTo("Error");
    assertThat(a.text("//m:ResponseCode")).isEqualTo("ErrorMailboxStoreUnavailable");
    assertThat(a.count("//m:GetItemResponseMessage/m:Items")).isEqualTo(1);
    assertThat(fake.faults().pending(SOC)).isZero();
  }

  @Test
  void mailboxFaultsAreClearedAndCheckTheirArguments() {
    fake.faults().mailboxUnavailable(SOC, MailboxUnavailable.MOVE_IN_PROGRESS, 5).clear();
    assertThat(fake.faults().pending(SOC)).isZero();
    assertThat(valid("GetFolder", SOC, GET_INBOX).text("//m:ResponseCode")).isEqualTo("NoError");
    assertThatThrownBy(
            () ->
                fake.faults()
                    .mailboxUnavailable(
                        "nobody@contoso.com", MailboxUnavailable.MOVE_IN_PROGRESS, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nobody@contoso.com");
    assertThatThrownBy(
            () -> fake.faults().mailboxUnavailable(SOC, MailboxUnavailable.MOVE_IN_PROGRESS, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- sync states revoked

  @Test
  void revokedSyncStatesAreRejectedAndAFreshSynchronizationWorks() {
    soc.deliver("Inbox", mail("one"));
    Http.Answer first = valid("initial sync", SOC, syncItems(null));
    assertThat(first.count("//t:Create")).isEqualTo(1);
    String state = first.text("//m:SyncState");
    String hierarchy = valid("hierarchy sync", SOC, syncHierarchy(null)).text("//m:SyncState");
    assertThat(valid("incremental sync", SOC, syncItems(state)).text("//m:ResponseCode"))
        .isEqualTo("NoError");

    fake.faults().revokeSyncStates();
    fake.faults().clear(); // does not bring them back

    Http.Answer rejected = valid("sync with a revoked state", SOC, syncItems(state));
    assertThat(rejected.text("//m:SyncFolderItemsResponseMessage/@ResponseClass"))
        .isEqualTo("Error");
    assertThat(rejected.text("//m:ResponseCode")).isEqualTo("ErrorInvalidSyncStateData");
    assertThat(
            valid("hierarchy sync with a revoked state", SOC, syncHierarchy(hierarchy))
                .text("//m:ResponseCode"))
        .isEqualTo("ErrorInvalidSyncStateData");

    Http.Answer again = valid("sync from scratch", SOC, syncItems(null));
    assertThat(again.count("//t:Create")).isEqualTo(1);
    Http.Answer next =
        valid("sync with the new state", SOC, syncItems(again.text("//m:SyncState")));
    assertThat(next.text("//m:ResponseCode")).isEqualTo("NoError");
    assertThat(next.count("//m:Changes/*")).isZero();
  }

  @Test
  void revokingOneMailboxsSyncStatesLeavesTheOthersWorking() {
    String socState = valid("soc sync", SOC, syncItems(null)).text("//m:SyncState");
    String aliceState = valid("alice sync", ALICE, syncItems(null)).text("//m:SyncState");

    fake.faults().revokeSyncStates(SOC);

    assertThat(valid("soc", SOC, syncItems(socState)).text("//m:ResponseCode"))
        .isEqualTo("ErrorInvalidSyncStateData");
    assertThat(valid("alice", ALICE, syncItems(aliceState)).text("//m:ResponseCode"))
        .isEqualTo("NoError");
    assertThatThrownBy(() -> fake.faults().revokeSyncStates("nobody@contoso.com"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- unreadable items

  @Test
  void anItemTheServerReportsCorruptFailsInItsOwnResponseMessage() {
    String good = soc.deliver("Inbox", mail("good")).id();
    String bad = soc.deliver("Inbox", mail("bad")).id();
    fake.faults().unreadableItem(SOC, bad, UnreadableItem.CORRUPT_DATA);

    Http.Answer a = valid("GetItem with a corrupt item", SOC, getItems("Default", good, bad));
    assertThat(a.texts("//m:GetItemResponseMessage/@ResponseClass"))
        .containsExactly("Success", "Error");
    assertThat(a.texts("//m:ResponseCode")).containsExactly("NoError", "ErrorCorruptData");
    assertThat(a.texts("//t:Subject")).containsExactly("good");
    assertThat(a.count("//m:GetItemResponseMessage[2]/m:Items/*")).isZero();
    // Listing it is fine; only GetItem fails.
    assertThat(valid("sync", SOC, syncItems(null)).count("//t:Create")).isEqualTo(2);

    fake.faults().clear();
    assertThat(valid("GetItem after clear", SOC, getItems("Default", bad)).text("//t:Subject"))
        .isEqualTo("bad");
  }

  @Test
  void anItemWithAnInvalidXmlCharacterMakesTheWholeResponseUnparsable() {
    String good = soc.deliver("Inbox", mail("good")).id();
    String bad = soc.deliver("Inbox", mail("bad")).id();
    fake.faults().unreadableItem(SOC, bad, UnreadableItem.INVALID_XML_CHARACTER);

    Http.Answer a = Http.ewsUnparsed(fake, envelope(SOC, getItems("Default", good, bad)));
    assertThat(a.code()).isEqualTo(200);
    assertThat(a.body()).containsOnlyOnce("&#x1A;");
    assertThatThrownBy(() -> Http.parse(a.body()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("not well-formed");
    // Apart from the character reference, the answer is a valid response with both items.
    String repaired = a.body().replace("&#x1A;", "");
    Http.Answer parsed = new Http.Answer(200, a.headers(), repaired, Http.parse(repaired));
    assertSchemaValid(schema, "GetItem without the bad character", parsed);
    assertThat(parsed.texts("//m:ResponseCode")).containsExactly("NoError", "NoError");
    assertThat(parsed.texts("//t:Subject")).containsExactly("good", "bad");

    // A shape without the body reads, as does every other operation.
    assertThat(valid("GetItem IdOnly", SOC, getItems("IdOnly", bad)).text("//m:ResponseCode"))
        .isEqualTo("NoError");
    assertThat(valid("sync", SOC, syncItems(null)).count("//t:Create")).isEqualTo(2);
  }

  @Test
  void unreadableItemsMustBelongToTheNamedMailbox() {
    String alices =
        fake.mailbox(ALICE)
            .deliver(
                "Inbox", NewMessage.builder().from("x@evil.example").to(ALICE).subject("a").build())
            .id();
    assertThatThrownBy(() -> fake.faults().unreadableItem(SOC, alices, UnreadableItem.CORRUPT_DATA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(SOC);
    assertThatThrownBy(
            () -> fake.faults().unreadableItem(SOC, "AAMkAbad", UnreadableItem.CORRUPT_DATA))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
