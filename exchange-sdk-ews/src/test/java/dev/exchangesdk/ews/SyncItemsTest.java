package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemChange;
import dev.exchangesdk.ews.model.ItemChanges;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SyncItemsTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private static final FolderRef INBOX = FolderRef.wellKnown(WellKnownFolder.INBOX);

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  @Test
  void startsAnInitialSyncWithoutState() {
    ews.respondWith("examples/SyncFolderItems-initial-response.xml");

    ItemChanges c = mailbox().syncItems(INBOX, null, 10, EnumSet.of(ItemField.ID));

    assertThat(c.syncState()).isEqualTo("H4sIAAA==");
    assertThat(c.complete()).isTrue();
    assertThat(c.changes())
        .hasSize(5)
        .allSatisfy(ch -> assertThat(ch.type()).isEqualTo(ItemChange.Type.CREATE));
    assertThat(c.changes().get(0).itemId()).isEqualTo("q04QAAAA==");
    assertThat(c.changes().get(0).changeKey())
        .isEqualTo("CQAAABYAAABhFfgM7MNwSYx0VZ0GoBMJAAAATVdC");
    String body = ews.takeRequestBody();
    assertThat(body)
        .contains("<m:SyncFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:SyncFolderId>")
        .contains("<m:MaxChangesReturned>10</m:MaxChangesReturned>")
        .contains("<m:SyncScope>NormalItems</m:SyncScope>")
        .doesNotContain("<m:SyncState>");
  }

  @Test
  void readsEveryKindOfChangeOfAnIncrementalSync() {
    ews.respondWith("examples/SyncFolderItems-incremental-response.xml");

    ItemChanges c = mailbox().syncItems(INBOX, "H4sIAAA==", 10, ItemField.summary());

    assertThat(c.changes())
        .extracting(ItemChange::type)
        .containsExactly(
            ItemChange.Type.UPDATE,
            ItemChange.Type.CREATE,
            ItemChange.Type.CREATE,
            ItemChange.Type.READ_FLAG_CHANGE,
            ItemChange.Type.DELETE);
    ItemChange update = c.changes().get(0);
    assertThat(update.item().subject()).isEqualTo("RE: Company Soccer Team");
    assertThat(update.item().receivedAt()).isEqualTo(Instant.parse("2013-08-29T15:22:10Z"));
    assertThat(update.item().from().address()).isEqualTo("Alfred.Welker@contoso.com");
    assertThat(update.itemId()).isEqualTo("q04QAAAA==");
    assertThat(c.changes().get(1).item().subject()).isEqualTo("RE: Review Proposal for Contoso");
    assertThat(c.changes().get(3).read()).isTrue();
    assertThat(c.changes().get(3).item()).isNull();
    assertThat(c.changes().get(4).itemId()).isEqualTo(" q1AwAAAA==");
    assertThat(c.syncState()).isEqualTo("H4sIAAAAAAAEAO29B2AcSZY==");
    assertThat(ews.takeRequestBody()).contains("<m:SyncState>H4sIAAA==</m:SyncState>");
  }

  @Test
  void readsAMeetingRequestCreatedInTheFolder() {
    ews.respondWith("examples/SyncFolderItems-response.xml");

    ItemChanges c =
        mailbox()
            .syncItems(
                FolderRef.wellKnown(WellKnownFolder.SENT_ITEMS),
                "AEbJ94eMOAAA=",
                100,
                ItemField.summary());

    assertThat(c.changes())
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.type()).isEqualTo(ItemChange.Type.CREATE);
              assertThat(ch.item().subject()).isEqualTo("Budget Q3");
              assertThat(ch.itemId()).isEqualTo("AQApAHRwA==");
            });
  }

  @Test
  void reportsARejectedSyncStateAsItsOwnError() {
    ews.respondWith("examples/SyncFolderItems-error-response.xml");

    assertThatThrownBy(() -> mailbox().syncItems(INBOX, "stale", 100, ItemField.summary()))
        .isInstanceOf(InvalidSyncStateException.class)
        .hasMessageContaining("Synchronization state data is corrupt")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorInvalidSyncStateData");
  }

  @Test
  void refusesFieldsSyncCannotReturnBeforeCallingTheServer() {
    assertThatThrownBy(
            () ->
                mailbox().syncItems(INBOX, null, 10, EnumSet.of(ItemField.ID, ItemField.HTML_BODY)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("HTML_BODY");
    assertThatThrownBy(() -> mailbox().syncItems(INBOX, null, 513, ItemField.summary()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ews.requestCount()).isZero();
  }
}
