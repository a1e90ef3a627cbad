package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.findItems;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static dev.exchangesdk.ews.testing.EwsXml.success;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.model.Contact;
import dev.exchangesdk.ews.model.ContactEntry;
import dev.exchangesdk.ews.model.DistributionGroup;
import dev.exchangesdk.ews.model.NameResolution;
import dev.exchangesdk.ews.model.PostalAddress;
import dev.exchangesdk.ews.model.Recipient;
import dev.exchangesdk.ews.model.RecipientType;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DirectoryTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  private static String member(String name, String address, String type, String itemId) {
    return "<t:Mailbox><t:Name>"
        + name
        + "</t:Name>"
        + (address != null ? "<t:EmailAddress>" + address + "</t:EmailAddress>" : "")
        + "<t:RoutingType>SMTP</t:RoutingType><t:MailboxType>"
        + type
        + "</t:MailboxType>"
        + (itemId != null ? "<t:ItemId Id=\"" + itemId + "\"/>" : "")
        + "</t:Mailbox>";
  }

  private static String expansion(String... members) {
    return response(
        "ExpandDL",
        success(
            "ExpandDL",
            "<m:DLExpansion TotalItemsInView=\""
                + members.length
                + "\" IncludesLastItemInRange=\"true\">"
                + String.join("", members)
                + "</m:DLExpansion>"));
  }

  @Test
  void expandsAGroupWithTheDocumentedResponse() {
    ews.respondWith("examples/ExpandDL-response.xml");

    DistributionGroup g = mailbox().expandGroup("TheDistributionList", false);

    assertThat(g.members())
        .extracting(Recipient::address)
        .containsExactly(
            "dpark@exampledomain.com", "jprice@exampledomain.com", "tplate@exampledomain.com");
    assertThat(g.members().get(0))
        .isEqualTo(
            new Recipient(
                "Dan Park", "dpark@exampledomain.com", "SMTP", RecipientType.MAILBOX, null));
    assertThat(g.complete()).isTrue();
    assertThat(g.nestedGroups()).isEmpty();
    assertThat(ews.takeRequestBody())
        .contains(
            "<m:ExpandDL><m:Mailbox><t:EmailAddress>TheDistributionList</t:EmailAddress>"
                + "</m:Mailbox></m:ExpandDL>");
  }

  @Test
  void anUnknownGroupHasNoMembersRatherThanFailing() {
    ews.respondWith("examples/ExpandDL-error-response.xml");

    DistributionGroup g = mailbox().expandGroup("nobody@contoso.com", true);

    assertThat(g.members()).isEmpty();
    assertThat(g.failedGroups()).isEmpty();
    assertThat(g.complete()).isTrue();
  }

  @Test
  void readsDirectoryEntriesGivenAsX500Addresses() {
    ews.respondWith("recorded/DLExpansionMultipleMembersEXtypeResponse.xml");

    DistributionGroup g = mailbox().expandGroup("group@contoso.com", true);

    assertThat(g.members()).hasSize(2);
    assertThat(g.members().get(0).routingType()).isEqualTo("EX");
    assertThat(g.members().get(0).type()).isEqualTo(RecipientType.CONTACT);
    assertThat(g.members().get(0).address()).startsWith("/o=ExchangeLabs/");
  }

  @Test
  void expandsNestedGroupsOfTheRecordedResponseRecursively() {
    ews.respondWith("recorded/DLExpansionMultipleMembersSMTPtypeResponse.xml");
    ews.respondWith("examples/ExpandDL-response.xml");
    ews.respondWith("examples/ExpandDL-error-response.xml");

    DistributionGroup g = mailbox().expandGroup("group@contoso.com", true);

    assertThat(g.nestedGroups())
        .extracting(Recipient::address)
        .containsExactly("child_group1@contoso.com", "child_group2@contoso.com");
    assertThat(g.members()).hasSize(3).noneMatch(m -> m.type().isGroup());
    assertThat(g.complete()).isTrue();
    ews.takeRequest();
    assertThat(ews.takeRequestBody()).contains("child_group1@contoso.com");
    assertThat(ews.takeRequestBody()).contains("child_group2@contoso.com");
  }

  @Test
  void aGroupThatContainsItselfEndsTheWalkAndEveryoneIsListedOnce() {
    ews.respond(
        expansion(
            member("Alice", "alice@contoso.com", "Mailbox", null),
            member("Team", "team@contoso.com", "PublicDL", null),
            member("Friends", null, "PrivateDL", "PDL=")));
    ews.respond(
        expansion(
            member("Bob", "bob@contoso.com", "Mailbox", null),
            member("All", "ALL@contoso.com", "PublicDL", null),
            member("Alice again", "Alice@Contoso.com", "Mailbox", null)));
    ews.respond(
        expansion(
            member("Carol", "carol@fabrikam.com", "Contact", null),
            member("Team", "team@contoso.com", "PublicDL", null),
            member("Bob", "bob@contoso.com", "Mailbox", null)));

    DistributionGroup g = mailbox().expandGroup("all@contoso.com", true);

    assertThat(g.members())
        .extracting(Recipient::address)
        .containsExactly("alice@contoso.com", "bob@contoso.com", "carol@fabrikam.com");
    assertThat(g.nestedGroups()).extracting(Recipient::name).containsExactly("Team", "Friends");
    assertThat(ews.requestCount()).isEqualTo(3);
    ews.takeRequest();
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<m:Mailbox><t:ItemId Id=\"PDL=\"/></m:Mailbox>")
        .doesNotContain("EmailAddress");
  }

  @Test
  void aNestedGroupThatCannotBeExpandedIsReportedAndTheRestKept() {
    ews.respond(
        expansion(
            member("Alice", "alice@contoso.com", "Mailbox", null),
            member("Secret", "secret@contoso.com", "PublicDL", null)));
    ews.respond(response("ExpandDL", error("ExpandDL", "ErrorAccessDenied", "Access is denied.")));

    DistributionGroup g = mailbox().expandGroup("all@contoso.com", true);

    assertThat(g.members()).extracting(Recipient::address).containsExactly("alice@contoso.com");
    assertThat(g.failedGroups()).hasSize(1);
    assertThat(g.failedGroups().get(0).group().address()).isEqualTo("secret@contoso.com");
    assertThat(g.failedGroups().get(0).error()).isInstanceOf(AccessDeniedException.class);
    assertThat(g.complete()).isFalse();
  }

  @Test
  void withoutRecursionNestedGroupsAreMembersLikeEveryoneElse() {
    ews.respondWith("recorded/DLExpansionMultipleMembersSMTPtypeResponse.xml");

    DistributionGroup g = mailbox().expandGroup("group@contoso.com", false);

    assertThat(g.members()).extracting(Recipient::type).containsOnly(RecipientType.PUBLIC_DL);
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void readsTheMessagesOfAResponseWhoseOuterElementAlsoHasAResponseClass() {
    // The recorded exchangelib answer, with its mismatched closing tags repaired.
    ews.respond(
        Fixtures.ews("exchangelib/test_protocol__test_expanddl__L732.xml")
            .replace("</ExpandDLResponse>", "</m:ExpandDLResponse>")
            .replace("</soap:Body>", "</s:Body>")
            .replace("</soap:Envelope>", "</s:Envelope>"));

    DistributionGroup g = mailbox().expandGroup("group@example.com", false);

    assertThat(g.members())
        .extracting(Recipient::address)
        .containsExactly("foo@example.com", "bar@example.com");
  }

  @Test
  void aMalformedRecordedExpansionIsAResponseFormatError() {
    ews.respondWith("exchangelib/test_protocol__test_expanddl__L732.xml");

    assertThatThrownBy(() -> mailbox().expandGroup("group@example.com", false))
        .isInstanceOf(ResponseFormatException.class);
  }

  @Test
  void resolvesANameWithTheDocumentedResponseAndContactData() {
    ews.respondWith("examples/ResolveNames-response.xml");

    NameResolution r = mailbox().resolveNames("User2", true);

    assertThat(r.ambiguous()).isFalse();
    assertThat(r.warning()).isNull();
    assertThat(r.matches()).hasSize(1);
    assertThat(r.matches().get(0).recipient())
        .isEqualTo(
            new Recipient("User2", "User2@example.com", "SMTP", RecipientType.MAILBOX, null));
    Contact c = r.matches().get(0).contact();
    assertThat(c.displayName()).isEqualTo("User2");
    assertThat(c.emailAddresses())
        .containsExactly(new ContactEntry("EmailAddress1", "SMTP:User2@example.com"));
    assertThat(c.source()).isEqualTo("ActiveDirectory");
    assertThat(ews.takeRequestBody())
        .contains("ReturnFullContactData=\"true\"")
        .contains("<m:UnresolvedEntry>User2</m:UnresolvedEntry>");
  }

  @Test
  void readsTheRecordedDirectoryContactWithPhonesAndWithoutEmptyValues() {
    ews.respondWith("recorded/ResolveNameWithContactDetail.xml");

    Contact c = mailbox().resolveNames("First Last", true).matches().get(0).contact();

    assertThat(c.companyName()).isEqualTo("MICROSOFT");
    assertThat(c.jobTitle()).isEqualTo("CONSULTANT");
    assertThat(c.department()).isEqualTo("US PubSec BPOS");
    assertThat(c.surname()).isEqualTo("LastName");
    assertThat(c.phoneNumbers())
        .containsExactly(
            new ContactEntry("BusinessPhone", "+1 (425) 7076604 X76604"),
            new ContactEntry("MobilePhone", "+1 (561) 634 1208"));
    assertThat(c.physicalAddresses()).isEmpty();
    assertThat(c.emailAddresses()).hasSize(3);
  }

  @Test
  void keepsTheMultipleResultsWarningOfTheRecordedResponse() {
    ews.respondWith("recorded/ResolveNameWithContactDetail1.xml");

    NameResolution r = mailbox().resolveNames("gstest", true);

    assertThat(r.ambiguous()).isTrue();
    assertThat(r.warning()).isEqualTo("Multiple results were found.");
    assertThat(r.matches())
        .extracting(m -> m.recipient().address())
        .containsExactly("user@contoso.com", "user2@contoso.onmicrosoft.com");
    assertThat(r.matches().get(0).contact().physicalAddresses())
        .containsExactly(new PostalAddress("Business", null, null, null, "United States", null));
  }

  @Test
  void saysWhenTheServerReturnedOnlySomeMatches() {
    ews.respondWith("exchangelib/test_protocol__test_resolvenames_warning__L621.xml");
    ews.respondWith("exchangelib/test_protocol__test_resolvenames_parsing__L580.xml");

    NameResolution partial = mailbox().resolveNames("john", false);
    NameResolution whole = mailbox().resolveNames("john", false);

    assertThat(partial.complete()).isFalse();
    assertThat(whole.complete()).isTrue();
    assertThat(whole.matches())
        .extracting(m -> m.recipient().name())
        .containsExactly("John Doe", "John Deer");
    assertThat(whole.matches().get(0).contact()).isNull();
  }

  @Test
  void aSuccessWithoutAResolutionSetIsAnEmptyCompleteResolution() {
    // exchangelib's recorded ResolveNames answer: NoError and no m:ResolutionSet at all.
    ews.respondWith("exchangelib/test_services__test_element_container__L277.xml");

    NameResolution r = mailbox().resolveNames("someone", false);

    assertThat(r).isEqualTo(NameResolution.none());
    assertThat(ews.takeRequestBody()).contains("<m:UnresolvedEntry>someone</m:UnresolvedEntry>");
  }

  @Test
  void noMatchIsAnEmptyResolutionNotAnError() {
    ews.respondWith("examples/ResolveNames-error-response.xml");

    NameResolution r = mailbox().resolveNames("nobody", false);

    assertThat(r.matches()).isEmpty();
    assertThat(r.complete()).isTrue();
  }

  @Test
  void listsContactsByDisplayNameUpToTheLimit() {
    ews.respond(
        findItems(
            List.of(
                "<t:Contact><t:ItemId Id=\"C1\"/></t:Contact>",
                "<t:Contact><t:ItemId Id=\"C2\"/></t:Contact>"),
            2,
            5,
            false));
    ews.respond(
        response(
            "GetItem",
            success(
                "GetItem",
                "<m:Items><t:Contact><t:ItemId Id=\"C1\" ChangeKey=\"k\"/>"
                    + "<t:LastModifiedTime>2026-03-01T10:00:00Z</t:LastModifiedTime>"
                    + "<t:DisplayName>Ann Lee</t:DisplayName><t:GivenName>Ann</t:GivenName>"
                    + "<t:EmailAddresses><t:Entry Key=\"EmailAddress1\">ann@fabrikam.com"
                    + "</t:Entry><t:Entry Key=\"EmailAddress2\"/></t:EmailAddresses>"
                    + "<t:PhysicalAddresses><t:Entry Key=\"Home\"><t:Street>1 Main St</t:Street>"
                    + "<t:City>Springfield</t:City></t:Entry></t:PhysicalAddresses>"
                    + "<t:PhoneNumbers><t:Entry Key=\"MobilePhone\">+1 555 0100</t:Entry>"
                    + "</t:PhoneNumbers><t:ContactSource>Store</t:ContactSource>"
                    + "</t:Contact></m:Items>"),
            error("GetItem", "ErrorItemNotFound", "deleted meanwhile")));

    List<Contact> contacts = mailbox().listContacts(2);

    assertThat(contacts).hasSize(1);
    Contact ann = contacts.get(0);
    assertThat(ann.id()).isEqualTo("C1");
    assertThat(ann.displayName()).isEqualTo("Ann Lee");
    assertThat(ann.lastModifiedAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    assertThat(ann.emailAddresses())
        .containsExactly(new ContactEntry("EmailAddress1", "ann@fabrikam.com"));
    assertThat(ann.phoneNumbers()).containsExactly(new ContactEntry("MobilePhone", "+1 555 0100"));
    assertThat(ann.physicalAddresses())
        .containsExactly(new PostalAddress("Home", "1 Main St", "Springfield", null, null, null));
    RecordedRequest find = ews.takeRequest();
    assertThat(find.getBody().utf8())
        .contains("<t:DistinguishedFolderId Id=\"contacts\"/>")
        .contains("MaxEntriesReturned=\"2\"")
        .contains("FieldURI=\"contacts:DisplayName\"");
    assertThat(ews.takeRequestBody())
        .contains("contacts:EmailAddresses")
        .contains("contacts:PhysicalAddresses")
        .contains("contacts:PhoneNumbers");
    assertThat(ews.requestCount()).isEqualTo(2);
  }
}
