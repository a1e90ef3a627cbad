package dev.exchangesdk.testkit;

import static dev.exchangesdk.testkit.Http.envelope;
import static dev.exchangesdk.testkit.Http.ews;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewInboxRule;
import dev.exchangesdk.testkit.model.NewMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EwsFoldersSyncAndDirectoryTest {
  private FakeExchange fake;
  private FakeMailbox soc;

  @BeforeEach
  void start() {
    fake = FakeExchange.start();
    soc = fake.createMailbox("soc@contoso.com", "SOC Team");
    fake.createMailbox("alice@contoso.com", "Alice Johnson");
    fake.createMailbox("alan@contoso.com", "Alan Turing");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private ItemInfo deliver(String subject) {
    return soc.deliver(
        NewMessage.builder()
            .from("x@fabrikam.example")
            .to("soc@contoso.com")
            .subject(subject)
            .text(subject)
            .build());
  }

  @Test
  void findsTheWholeFolderTreeWithCountsAndGetsDistinguishedFolders() {
    soc.createFolder("Inbox/Phishing/Confirmed");
    deliver("one");
    deliver("two");
    Http.Answer deep =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:FindFolder Traversal=\"Deep\"><m:FolderShape><t:BaseShape>AllProperties</t:BaseShape></m:FolderShape>"
                    + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"root\"/></m:ParentFolderIds></m:FindFolder>"));
    assertThat(deep.texts("//t:Folder/t:DisplayName"))
        .contains(
            "Top of Information Store",
            "Inbox",
            "Phishing",
            "Confirmed",
            "Recoverable Items",
            "Deletions");
    assertThat(deep.texts("//t:SearchFolder/t:DisplayName")).containsExactly("AllItems");
    assertThat(deep.text("//t:Folder[t:DisplayName='Inbox']/t:TotalCount")).isEqualTo("2");
    assertThat(deep.text("//t:Folder[t:DisplayName='Inbox']/t:UnreadCount")).isEqualTo("2");
    assertThat(deep.text("//t:Folder[t:DisplayName='Inbox']/t:ChildFolderCount")).isEqualTo("1");
    assertThat(deep.texts("//t:ContactsFolder/t:DisplayName")).containsExactly("Contacts");

    Http.Answer get =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetFolder><m:FolderShape><t:BaseShape>Default</t:BaseShape></m:FolderShape><m:FolderIds>"
                    + "<t:DistinguishedFolderId Id=\"msgfolderroot\"/><t:DistinguishedFolderId Id=\"recoverableitemsdeletions\"/>"
                    + "<t:DistinguishedFolderId Id=\"publicfoldersroot\"/><t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>"
                    + "<t:DistinguishedFolderId Id=\"inbox\"><t:Mailbox><t:EmailAddress>nobody@contoso.com</t:EmailAddress></t:Mailbox></t:DistinguishedFolderId>"
                    + "<t:FolderId Id=\"AQApA=\"/></m:FolderIds></m:GetFolder>"));
    assertThat(get.texts("//m:ResponseCode"))
        .containsExactly(
            "NoError",
            "NoError",
            "NoError",
            "NoError",
            "ErrorNonExistentMailbox",
            "ErrorInvalidIdMalformed");
    assertThat(get.texts("//t:DisplayName"))
        .containsExactly("Top of Information Store", "Deletions", "IPM_SUBTREE", "Inbox");
    assertThat(get.text("//t:Folder[t:DisplayName='Inbox']/t:FolderId/@Id"))
        .isEqualTo(fake.mailbox("alice@contoso.com").folder("Inbox").id());
    assertThat(soc.folder("Inbox").id()).hasSize(120);
  }

  @Test
  void createsFoldersAndRefusesDuplicateNames() {
    String create =
        "<m:CreateFolder><m:ParentFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderId>"
            + "<m:Folders><t:Folder><t:DisplayName>Phishing</t:DisplayName></t:Folder></m:Folders></m:CreateFolder>";
    Http.Answer first = ews(fake, envelope("soc@contoso.com", create));
    assertThat(first.text("//m:ResponseCode")).isEqualTo("NoError");
    assertThat(first.text("//t:FolderId/@Id")).isEqualTo(soc.folder("Inbox/Phishing").id());
    Http.Answer second = ews(fake, envelope("soc@contoso.com", create));
    assertThat(second.text("//m:ResponseCode")).isEqualTo("ErrorFolderExists");
    assertThat(second.count("//m:CreateFolderResponseMessage/m:Folders")).isEqualTo(1);
  }

  @Test
  void answersTheDocumentedCreateFolderRequestOncePerFolder() {
    String example =
        Http.withHeaders(Http.resource("ews/examples/CreateFolder-request.xml"), "soc@contoso.com");
    Http.Answer a = ews(fake, example);
    assertThat(a.texts("//m:ResponseCode")).containsExactly("NoError", "NoError");
    assertThat(soc.folder("Folder1").path()).isEqualTo("Folder1");
  }

  private String sync(String state, int max) {
    return "<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape>"
        + "<t:AdditionalProperties><t:FieldURI FieldURI=\"item:Subject\"/></t:AdditionalProperties></m:ItemShape>"
        + "<m:SyncFolderId><t:DistinguishedFolderId Id=\"inbox\"/></m:SyncFolderId>"
        + (state == null ? "" : "<m:SyncState>" + state + "</m:SyncState>")
        + "<m:MaxChangesReturned>"
        + max
        + "</m:MaxChangesReturned><m:SyncScope>NormalItems</m:SyncScope></m:SyncFolderItems>";
  }

  @Test
  void synchronisesFolderItemsInPagesAndReportsEveryKindOfChangeOnce() {
    List<ItemInfo> items = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      items.add(deliver("m" + i));
    }
    String state = null;
    List<String> created = new ArrayList<>();
    int calls = 0;
    while (true) {
      Http.Answer a = ews(fake, envelope("soc@contoso.com", sync(state, 2)));
      calls++;
      created.addAll(a.texts("//t:Create/t:Message/t:Subject"));
      state = a.text("//m:SyncState");
      assertThat(state).startsWith("H4sI");
      if (a.text("//m:IncludesLastItemInRange").equals("true")) {
        break;
      }
    }
    assertThat(calls).isEqualTo(3);
    assertThat(created).containsExactly("m1", "m2", "m3", "m4", "m5");

    soc.setRead(items.get(0).id(), true);
    soc.setCategories(items.get(1).id(), "Phish");
    soc.moveItem(items.get(2).id(), "deleteditems");
    ItemInfo fresh = deliver("m6");
    Http.Answer changes = ews(fake, envelope("soc@contoso.com", sync(state, 512)));
    assertThat(changes.texts("//t:ReadFlagChange/t:ItemId/@Id")).containsExactly(items.get(0).id());
    assertThat(changes.texts("//t:ReadFlagChange/t:IsRead")).containsExactly("true");
    assertThat(changes.texts("//t:Update/t:Message/t:Subject")).containsExactly("m2");
    assertThat(changes.texts("//t:Delete/t:ItemId/@Id")).containsExactly(items.get(2).id());
    assertThat(changes.texts("//t:Create/t:Message/t:ItemId/@Id")).containsExactly(fresh.id());
    String after = changes.text("//m:SyncState");

    Http.Answer quiet = ews(fake, envelope("soc@contoso.com", sync(after, 512)));
    assertThat(quiet.count("//m:Changes/*")).isZero();
    assertThat(quiet.text("//m:IncludesLastItemInRange")).isEqualTo("true");

    // Replaying an older state reports the same changes again: states are self-contained.
    Http.Answer replay = ews(fake, envelope("soc@contoso.com", sync(state, 512)));
    assertThat(replay.count("//m:Changes/*")).isEqualTo(changes.count("//m:Changes/*"));
  }

  @Test
  void rejectsCorruptOrForeignSyncStates() {
    deliver("m1");
    Http.Answer ok = ews(fake, envelope("soc@contoso.com", sync(null, 10)));
    String state = ok.text("//m:SyncState");
    String tampered =
        state.substring(0, state.length() - 6) + (state.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
    for (String bad : List.of("garbage", tampered)) {
      Http.Answer a = ews(fake, envelope("soc@contoso.com", sync(bad, 10)));
      assertThat(a.text("//m:ResponseCode")).isEqualTo("ErrorInvalidSyncStateData");
      assertThat(a.text("//m:SyncFolderItemsResponseMessage/@ResponseClass")).isEqualTo("Error");
    }
    Http.Answer otherMailbox = ews(fake, envelope("alice@contoso.com", sync(state, 10)));
    assertThat(otherMailbox.text("//m:ResponseCode")).isEqualTo("ErrorInvalidSyncStateData");
  }

  @Test
  void synchronisesTheFolderHierarchy() {
    String body =
        "<m:SyncFolderHierarchy><m:FolderShape><t:BaseShape>Default</t:BaseShape></m:FolderShape>%s</m:SyncFolderHierarchy>";
    soc.createFolder("Old");
    Http.Answer first = ews(fake, envelope("soc@contoso.com", String.format(body, "")));
    assertThat(first.texts("//t:Create/*/t:DisplayName"))
        .contains("Inbox", "Sent Items", "Contacts");
    String state = first.text("//m:SyncState");
    soc.createFolder("Inbox/Phishing");
    soc.deleteFolder("Old");
    Http.Answer next =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                String.format(body, "<m:SyncState>" + state + "</m:SyncState>")));
    assertThat(next.texts("//t:Create/t:Folder/t:DisplayName")).containsExactly("Phishing");
    assertThat(next.count("//t:Delete/t:FolderId")).isEqualTo(1);
    assertThat(next.texts("//t:Update/t:Folder/t:DisplayName")).contains("Inbox");
  }

  @Test
  void expandsDistributionGroupsOneLevelWithNestedGroupsMarked() {
    fake.createDistributionGroup("leads@contoso.com", "Leads", "alan@contoso.com");
    fake.createDistributionGroup(
        "finance@contoso.com",
        "Finance",
        "alice@contoso.com",
        "leads@contoso.com",
        "auditor@fabrikam.example");
    Http.Answer a =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:ExpandDL><m:Mailbox><t:EmailAddress>finance@contoso.com</t:EmailAddress></m:Mailbox></m:ExpandDL>"));
    assertThat(a.texts("//t:Mailbox/t:EmailAddress"))
        .containsExactly("alice@contoso.com", "leads@contoso.com", "auditor@fabrikam.example");
    assertThat(a.texts("//t:Mailbox/t:MailboxType"))
        .containsExactly("Mailbox", "PublicDL", "OneOff");
    Http.Answer none =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:ExpandDL><m:Mailbox><t:EmailAddress>nobody@contoso.com</t:EmailAddress></m:Mailbox></m:ExpandDL>"));
    assertThat(none.text("//m:ResponseCode")).isEqualTo("ErrorNameResolutionNoResults");
  }

  @Test
  void resolvesNamesWithWarningsForAmbiguousEntries() {
    Http.Answer one =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:ResolveNames ReturnFullContactData=\"true\"><m:UnresolvedEntry>alice</m:UnresolvedEntry></m:ResolveNames>"));
    assertThat(one.text("//m:ResolveNamesResponseMessage/@ResponseClass")).isEqualTo("Success");
    assertThat(one.text("//t:Resolution/t:Mailbox/t:EmailAddress")).isEqualTo("alice@contoso.com");
    assertThat(one.text("//t:Resolution/t:Contact/t:EmailAddresses/t:Entry"))
        .isEqualTo("SMTP:alice@contoso.com");
    Http.Answer many =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:ResolveNames ReturnFullContactData=\"false\"><m:UnresolvedEntry>al</m:UnresolvedEntry></m:ResolveNames>"));
    assertThat(many.text("//m:ResolveNamesResponseMessage/@ResponseClass")).isEqualTo("Warning");
    assertThat(many.text("//m:ResponseCode")).isEqualTo("ErrorNameResolutionMultipleResults");
    assertThat(many.texts("//t:Resolution/t:Mailbox/t:EmailAddress"))
        .containsExactlyInAnyOrder("alice@contoso.com", "alan@contoso.com");
    Http.Answer none =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:ResolveNames ReturnFullContactData=\"false\"><m:UnresolvedEntry>zzz</m:UnresolvedEntry></m:ResolveNames>"));
    assertThat(none.text("//m:ResponseCode")).isEqualTo("ErrorNameResolutionNoResults");
  }

  @Test
  void listsSearchableMailboxesAndSearchesThemWithKql() {
    deliver("Password expires today");
    fake.mailbox("alice@contoso.com")
        .deliver(
            NewMessage.builder()
                .from("x@evil.example")
                .to("alice@contoso.com")
                .subject("password expires")
                .text("x")
                .build());
    Http.Answer list =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetSearchableMailboxes><m:SearchFilter></m:SearchFilter><m:ExpandGroupMembership>false</m:ExpandGroupMembership></m:GetSearchableMailboxes>"));
    assertThat(list.text("/s:Envelope/s:Body/m:GetSearchableMailboxesResponse/@ResponseClass"))
        .isEqualTo("Success");
    List<String> refs = list.texts("//t:SearchableMailbox/t:ReferenceId");
    assertThat(list.texts("//t:SearchableMailbox/t:PrimarySmtpAddress"))
        .containsExactly("soc@contoso.com", "alice@contoso.com", "alan@contoso.com");
    String scopes = "";
    for (String ref : refs) {
      scopes +=
          "<t:MailboxSearchScope><t:Mailbox>"
              + ref
              + "</t:Mailbox><t:SearchScope>All</t:SearchScope></t:MailboxSearchScope>";
    }
    Http.Answer search =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:SearchMailboxes><m:SearchQueries><t:MailboxQuery><t:Query>subject:\"password expires\"</t:Query><t:MailboxSearchScopes>"
                    + scopes
                    + "</t:MailboxSearchScopes></t:MailboxQuery></m:SearchQueries><m:ResultType>PreviewOnly</m:ResultType></m:SearchMailboxes>"));
    assertThat(search.text("//t:ItemCount")).isEqualTo("2");
    assertThat(search.texts("//t:SearchPreviewItem/t:Mailbox/t:PrimarySmtpAddress"))
        .containsExactlyInAnyOrder("soc@contoso.com", "alice@contoso.com");
    assertThat(search.text("//t:KeywordStat/t:ItemHits")).isEqualTo("2");
  }

  @Test
  void searchesTheMembersOfNestedGroupsOnceWhenAGroupIsAReference() {
    fake.createDistributionGroup("inner@contoso.com", "Inner", "alan@contoso.com");
    fake.createDistributionGroup(
        "outer@contoso.com",
        "Outer",
        "alice@contoso.com",
        "inner@contoso.com",
        "x@fabrikam.example");
    for (String address : List.of("alice@contoso.com", "alan@contoso.com")) {
      fake.mailbox(address)
          .deliver(
              NewMessage.builder()
                  .from("x@evil.example")
                  .to(address)
                  .subject("wire transfer")
                  .text("x")
                  .build());
    }
    Http.Answer expanded =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetSearchableMailboxes><m:SearchFilter>outer</m:SearchFilter><m:ExpandGroupMembership>true</m:ExpandGroupMembership></m:GetSearchableMailboxes>"));
    assertThat(expanded.texts("//t:SearchableMailbox/t:PrimarySmtpAddress"))
        .containsExactly("alice@contoso.com", "alan@contoso.com");
    Http.Answer groups =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetSearchableMailboxes><m:SearchFilter>outer</m:SearchFilter><m:ExpandGroupMembership>false</m:ExpandGroupMembership></m:GetSearchableMailboxes>"));
    String groupRef =
        groups.text("//t:SearchableMailbox[t:IsMembershipGroup='true']/t:ReferenceId");
    String aliceRef = expanded.texts("//t:SearchableMailbox/t:ReferenceId").get(0);
    Http.Answer search =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:SearchMailboxes><m:SearchQueries><t:MailboxQuery><t:Query>subject:wire</t:Query><t:MailboxSearchScopes>"
                    + "<t:MailboxSearchScope><t:Mailbox>"
                    + groupRef
                    + "</t:Mailbox><t:SearchScope>All</t:SearchScope></t:MailboxSearchScope>"
                    + "<t:MailboxSearchScope><t:Mailbox>"
                    + aliceRef
                    + "</t:Mailbox><t:SearchScope>All</t:SearchScope></t:MailboxSearchScope>"
                    + "</t:MailboxSearchScopes></t:MailboxQuery></m:SearchQueries><m:ResultType>PreviewOnly</m:ResultType></m:SearchMailboxes>"));
    assertThat(search.text("//t:ItemCount")).isEqualTo("2");
    assertThat(search.texts("//t:SearchPreviewItem/t:Mailbox/t:PrimarySmtpAddress"))
        .containsExactlyInAnyOrder("alice@contoso.com", "alan@contoso.com");
    assertThat(search.texts("//t:FailedMailbox")).isEmpty();
  }

  @Test
  void returnsAutomaticRepliesAndInboxRules() {
    soc.setAutomaticReplies("Out until Monday", "Away");
    soc.addInboxRule(
        NewInboxRule.builder("Forward all").forwardTo("soc.backup@gmail.example").build());
    Http.Answer oof =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetUserOofSettingsRequest><t:Mailbox><t:Address>soc@contoso.com</t:Address></t:Mailbox></m:GetUserOofSettingsRequest>"));
    assertThat(oof.text("//m:ResponseMessage/m:ResponseCode")).isEqualTo("NoError");
    assertThat(oof.text("//t:OofSettings/t:OofState")).isEqualTo("Enabled");
    assertThat(oof.text("//t:InternalReply/t:Message")).isEqualTo("Out until Monday");
    Http.Answer rules =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetInboxRules><m:MailboxSmtpAddress>soc@contoso.com</m:MailboxSmtpAddress></m:GetInboxRules>"));
    assertThat(rules.text("//t:Rule/t:DisplayName")).isEqualTo("Forward all");
    assertThat(rules.text("//t:Rule/t:Actions/t:ForwardToRecipients/t:Address/t:EmailAddress"))
        .isEqualTo("soc.backup@gmail.example");
  }

  @Test
  void requiresImpersonationOfAnExistingMailbox() {
    Http.Answer missing =
        ews(
            fake,
            envelope(
                null,
                "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>"));
    assertThat(missing.code()).isEqualTo(500);
    assertThat(missing.text("//faultcode").trim())
        .isEqualTo("a:ErrorInvalidExchangeImpersonationHeaderData");
    Http.Answer unknown =
        ews(
            fake,
            envelope(
                "ghost@contoso.com",
                "<m:GetFolder><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:FolderIds></m:GetFolder>"));
    assertThat(unknown.text("//e:ResponseCode")).isEqualTo("ErrorNonExistentMailbox");
  }

  @Test
  void rejectsSchemaInvalidRequestsLikeExchangeIncludingTheDocumentedTypo() {
    String example =
        Http.withHeaders(
            Http.resource("ews/examples/ExpandDL-public-request.xml"), "soc@contoso.com");
    Http.Answer a = ews(fake, example);
    assertThat(a.code()).isEqualTo(500);
    assertThat(a.text("//faultcode")).isEqualTo("a:ErrorSchemaValidation");
    assertThat(Integer.parseInt(a.text("//t:LineNumber"))).isPositive();
    assertThat(a.text("//t:Violation")).contains("Mailbox");
  }

  @Test
  void refusesDoctypesSoEntitiesAreNeverExpanded() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + envelope(
                    "soc@contoso.com",
                    "<m:ResolveNames ReturnFullContactData=\"false\"><m:UnresolvedEntry>&x;</m:UnresolvedEntry></m:ResolveNames>")
                .replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "");
    Http.Answer a = ews(fake, xxe);
    assertThat(a.code()).isEqualTo(500);
    assertThat(a.text("//faultcode")).isEqualTo("a:ErrorSchemaValidation");
    assertThat(a.body()).doesNotContain("root:");
  }
}
