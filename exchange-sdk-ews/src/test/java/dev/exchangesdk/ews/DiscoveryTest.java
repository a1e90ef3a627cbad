package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.ews.model.DiscoveryQuery;
import dev.exchangesdk.ews.model.DiscoveryResult;
import dev.exchangesdk.ews.model.DiscoveryResult.FailedMailbox;
import dev.exchangesdk.ews.model.DiscoveryResult.KeywordHit;
import dev.exchangesdk.ews.model.SearchableMailbox;
import dev.exchangesdk.ews.testing.EwsServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscoveryTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private static String searchable(String entries) {
    return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
        + "<GetSearchableMailboxesResponse ResponseClass=\"Success\""
        + " xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
        + "<ResponseCode>NoError</ResponseCode><SearchableMailboxes>"
        + entries
        + "</SearchableMailboxes></GetSearchableMailboxesResponse></s:Body></s:Envelope>";
  }

  @Test
  void listsTheDocumentedSearchableMailboxes() {
    ews.respondWith("examples/GetSearchableMailboxes-response.xml");

    List<SearchableMailbox> boxes = mailbox().listSearchableMailboxes("lolgroup", false);

    assertThat(boxes)
        .containsExactly(
            new SearchableMailbox(
                "LOLgroup@contoso.com",
                "/o=First/ou=Exchange(FYLT)/cn=Recipients/cn=81213b958a0b5295b13b3f02b812bf1bc-LOLgroup",
                "LOLgroup",
                false,
                null,
                "33a408fe-2574-4e3b-49f5-5e1e000a3035",
                true));
    assertThat(ews.takeRequestBody())
        .contains("<m:SearchFilter>lolgroup</m:SearchFilter>")
        .contains("<m:ExpandGroupMembership>false</m:ExpandGroupMembership>");
  }

  @Test
  void listsTheDocumentedExpandedGroup() {
    ews.respondWith("examples/GetSearchableMailboxes-expanded-response.xml");

    List<SearchableMailbox> boxes = mailbox().listSearchableMailboxes(null, true);

    assertThat(boxes)
        .extracting(SearchableMailbox::address)
        .containsExactly("JSmith@contoso.com", "LMoore@contoso.com", "SBrown@contoso.com");
    assertThat(boxes).noneMatch(SearchableMailbox::external);
    assertThat(ews.takeRequestBody()).doesNotContain("SearchFilter");
  }

  @Test
  void dropsEntriesWithoutAReferenceIdAndParsesExternalAsABoolean() {
    ews.respond(
        searchable(
            "<SearchableMailbox xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
                + "<Guid>g1</Guid><PrimarySmtpAddress>ext@fabrikam.com</PrimarySmtpAddress>"
                + "<IsExternalMailbox>true</IsExternalMailbox>"
                + "<ExternalEmailAddress>smtp:ext@fabrikam.com</ExternalEmailAddress>"
                + "<DisplayName>External</DisplayName><IsMembershipGroup>false</IsMembershipGroup>"
                + "<ReferenceId>ref-1</ReferenceId></SearchableMailbox>"
                + "<SearchableMailbox xmlns=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
                + "<Guid>g2</Guid><PrimarySmtpAddress>noref@contoso.com</PrimarySmtpAddress>"
                + "<IsExternalMailbox>false</IsExternalMailbox><ExternalEmailAddress/>"
                + "<DisplayName>No ref</DisplayName><IsMembershipGroup>false</IsMembershipGroup>"
                + "<ReferenceId/></SearchableMailbox>"));

    List<SearchableMailbox> boxes = mailbox().listSearchableMailboxes(null, false);

    assertThat(boxes).hasSize(1);
    assertThat(boxes.get(0).external()).isTrue();
    assertThat(boxes.get(0).externalEmailAddress()).isEqualTo("smtp:ext@fabrikam.com");
  }

  @Test
  void toleratesTheRecordedResponseWithAFailedMailboxAmongTheEntries() {
    ews.respondWith("exchangelib/test_protocol__test_get_searchable_mailboxes__L676.xml");

    List<SearchableMailbox> boxes = mailbox().listSearchableMailboxes(null, false);

    assertThat(boxes).hasSize(1);
    assertThat(boxes.get(0).referenceId()).isEqualTo("{reference_id}");
    assertThat(boxes.get(0).group()).isTrue();
  }

  @Test
  void mapsTheDocumentedErrorToAnInvalidRequest() {
    ews.respondWith("examples/GetSearchableMailboxes-error-response.xml");

    assertThatThrownBy(() -> mailbox().listSearchableMailboxes("", true))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Cannot use wildcard or empty query");
  }

  @Test
  void aRefusalNamesTheEDiscoveryRole() {
    ews.respond(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            + "<GetSearchableMailboxesResponse ResponseClass=\"Error\""
            + " xmlns=\"http://schemas.microsoft.com/exchange/services/2006/messages\">"
            + "<MessageText>Access is denied.</MessageText>"
            + "<ResponseCode>ErrorAccessDenied</ResponseCode><SearchableMailboxes/>"
            + "</GetSearchableMailboxesResponse></s:Body></s:Envelope>");

    assertThatThrownBy(() -> mailbox().listSearchableMailboxes(null, false))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("Access is denied.")
        .hasMessageContaining("Discovery Management")
        .satisfies(
            e ->
                assertThat(((AccessDeniedException) e).missingPermission())
                    .contains("Mailbox Search"));
  }

  @Test
  void readsTheDocumentedSearchStatistics() {
    ews.respondWith("examples/SearchMailboxes-response.xml");

    DiscoveryResult r =
        mailbox()
            .searchMailboxes(
                DiscoveryQuery.builder("Test Item")
                    .mailboxes(List.of("/o=First/cn=Steve"))
                    .build());

    assertThat(r.resultType()).isEqualTo(DiscoveryQuery.ResultType.STATISTICS);
    assertThat(r.itemCount()).isEqualTo(2);
    assertThat(r.size()).isEqualTo(20206);
    assertThat(r.keywordHits()).containsExactly(new KeywordHit("Test Item", 2, 20206));
    assertThat(r.failedMailboxes())
        .containsExactly(
            new FailedMailbox(
                "/o=First Organization/ou=Exchange Administrative Group (FYPDLT)/cn=Recipients/cn=accba4as3df234234a0e82ce1645f4e-Danie",
                0,
                "The search query can't be empty.",
                true));
    assertThat(ews.takeRequestBody())
        .contains("<t:Query>Test Item</t:Query>")
        .contains("<t:Mailbox>/o=First/cn=Steve</t:Mailbox><t:SearchScope>All</t:SearchScope>")
        .contains("<m:ResultType>StatisticsOnly</m:ResultType>");
  }

  @Test
  void theDocumentedSearchErrorNamesThePermissionItHints() {
    ews.respondWith("examples/SearchMailboxes-error-response.xml");

    assertThatThrownBy(
            () ->
                mailbox()
                    .searchMailboxes(
                        DiscoveryQuery.builder("subject:Test Item")
                            .mailboxes(List.of("sbrown@contoso.com"))
                            .build()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("No mailbox is specified for search operation")
        .hasMessageContaining("Discovery Management");
  }

  @Test
  void readsPreviewItemsAndAsksForTheNextPage() {
    ews.respond(
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
            + "<m:SearchMailboxesResponse"
            + " xmlns:m=\"http://schemas.microsoft.com/exchange/services/2006/messages\""
            + " xmlns:t=\"http://schemas.microsoft.com/exchange/services/2006/types\">"
            + "<m:ResponseMessages><m:SearchMailboxesResponseMessage ResponseClass=\"Success\">"
            + "<m:ResponseCode>NoError</m:ResponseCode><m:SearchMailboxesResult>"
            + "<t:SearchQueries/><t:ResultType>PreviewOnly</t:ResultType>"
            + "<t:ItemCount>1</t:ItemCount><t:Size>1234</t:Size>"
            + "<t:PageItemCount>1</t:PageItemCount><t:PageItemSize>1234</t:PageItemSize>"
            + "<t:Items><t:SearchPreviewItem><t:Id Id=\"P1\"/>"
            + "<t:Mailbox><t:MailboxId>m</t:MailboxId>"
            + "<t:PrimarySmtpAddress>sbrown@contoso.com</t:PrimarySmtpAddress></t:Mailbox>"
            + "<t:ItemClass>IPM.Note</t:ItemClass><t:SortValue>sv-1</t:SortValue>"
            + "<t:Sender>Eve</t:Sender><t:ToRecipients><t:SmtpAddress>sbrown@contoso.com"
            + "</t:SmtpAddress></t:ToRecipients>"
            + "<t:ReceivedTime>2026-02-01T08:00:00Z</t:ReceivedTime>"
            + "<t:Subject>Invoice overdue</t:Subject><t:Size>1234</t:Size>"
            + "<t:Preview>Please pay</t:Preview><t:Importance>High</t:Importance>"
            + "<t:Read>false</t:Read><t:HasAttachment>true</t:HasAttachment>"
            + "</t:SearchPreviewItem></t:Items></m:SearchMailboxesResult>"
            + "</m:SearchMailboxesResponseMessage></m:ResponseMessages>"
            + "</m:SearchMailboxesResponse></s:Body></s:Envelope>");

    DiscoveryResult r =
        mailbox()
            .searchMailboxes(
                DiscoveryQuery.builder("invoice")
                    .mailboxes(List.of("ref-1"))
                    .previews(10)
                    .pageAfter("sv-0")
                    .deduplicate(true)
                    .build());

    assertThat(r.items()).hasSize(1);
    assertThat(r.items().get(0).subject()).isEqualTo("Invoice overdue");
    assertThat(r.items().get(0).mailbox()).isEqualTo("sbrown@contoso.com");
    assertThat(r.items().get(0).toRecipients()).containsExactly("sbrown@contoso.com");
    assertThat(r.items().get(0).sortValue()).isEqualTo("sv-1");
    assertThat(r.items().get(0).hasAttachment()).isTrue();
    assertThat(ews.takeRequestBody())
        .contains("<m:ResultType>PreviewOnly</m:ResultType>")
        .contains("<m:PreviewItemResponseShape><t:BaseShape>Default</t:BaseShape>")
        .contains("<m:Deduplication>true</m:Deduplication>")
        .contains("<m:PageSize>10</m:PageSize>")
        .contains("<m:PageItemReference>sv-0</m:PageItemReference>")
        .contains("<m:PageDirection>Next</m:PageDirection>");
  }

  @Test
  void aSearchNeedsAMailbox() {
    assertThatThrownBy(() -> DiscoveryQuery.builder("x").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
