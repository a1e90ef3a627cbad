package dev.exchangesdk.testkit;

import static dev.exchangesdk.testkit.Http.envelope;
import static dev.exchangesdk.testkit.Http.ews;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EwsItemOperationsTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private TestClock clock;
  private FakeExchange fake;
  private FakeMailbox soc;
  private FakeMailbox alice;

  @BeforeEach
  void start() {
    clock = TestClock.at(T0);
    fake = FakeExchange.builder().clock(clock).start();
    soc = fake.createMailbox("soc@contoso.com", "SOC Team");
    alice = fake.createMailbox("alice@contoso.com", "Alice Johnson");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private List<ItemInfo> deliverNumbered(FakeMailbox box, int n) {
    List<ItemInfo> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      clock.advance(Duration.ofMinutes(1));
      out.add(
          box.deliver(
              NewMessage.builder()
                  .from("sender" + i + "@fabrikam.example")
                  .to(box.address())
                  .subject("Message " + i)
                  .text("Body " + i)
                  .build()));
    }
    return out;
  }

  private static String findItem(String shape, String view, String extra) {
    return "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>"
        + shape
        + "</t:BaseShape></m:ItemShape>"
        + view
        + extra
        + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>";
  }

  private static String aqs(String query) {
    return "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape>"
        + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds><m:QueryString>"
        + query
        + "</m:QueryString></m:FindItem>";
  }

  @Test
  void pagesFindItemWithIndexedPagingUntilTheLastItemIsIncluded() {
    deliverNumbered(soc, 25);
    List<String> subjects = new ArrayList<>();
    int offset = 0;
    int pages = 0;
    while (true) {
      Http.Answer a =
          ews(
              fake,
              envelope(
                  "soc@contoso.com",
                  findItem(
                      "Default",
                      "<m:IndexedPageItemView MaxEntriesReturned=\"10\" Offset=\""
                          + offset
                          + "\" BasePoint=\"Beginning\"/>",
                      "<m:SortOrder><t:FieldOrder Order=\"Ascending\"><t:FieldURI FieldURI=\"item:DateTimeReceived\"/></t:FieldOrder></m:SortOrder>")));
      assertThat(a.code()).isEqualTo(200);
      pages++;
      subjects.addAll(a.texts("//t:Message/t:Subject"));
      assertThat(a.element("//m:RootFolder").getAttribute("TotalItemsInView")).isEqualTo("25");
      offset = Integer.parseInt(a.element("//m:RootFolder").getAttribute("IndexedPagingOffset"));
      if (a.element("//m:RootFolder").getAttribute("IncludesLastItemInRange").equals("true")) {
        break;
      }
    }
    assertThat(pages).isEqualTo(3);
    assertThat(subjects).hasSize(25).startsWith("Message 1", "Message 2").endsWith("Message 25");
  }

  @Test
  void filtersWithRestrictionsOnReceivedTimeReadFlagAndMessageId() {
    List<ItemInfo> items = deliverNumbered(soc, 6);
    soc.setRead(items.get(4).id(), true);
    String since = items.get(2).received().toString();
    Http.Answer a =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                findItem(
                    "IdOnly",
                    "",
                    "<m:Restriction><t:And>"
                        + "<t:IsGreaterThanOrEqualTo><t:FieldURI FieldURI=\"item:DateTimeReceived\"/><t:FieldURIOrConstant><t:Constant Value=\""
                        + since
                        + "\"/></t:FieldURIOrConstant></t:IsGreaterThanOrEqualTo>"
                        + "<t:IsEqualTo><t:FieldURI FieldURI=\"message:IsRead\"/><t:FieldURIOrConstant><t:Constant Value=\"false\"/></t:FieldURIOrConstant></t:IsEqualTo>"
                        + "</t:And></m:Restriction>")));
    assertThat(a.count("//t:Message/t:ItemId")).isEqualTo(3); // items 3, 4 and 6 (5 is read)

    Http.Answer byId =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                findItem(
                    "IdOnly",
                    "",
                    "<m:Restriction><t:IsEqualTo><t:FieldURI FieldURI=\"message:InternetMessageId\"/><t:FieldURIOrConstant><t:Constant Value=\""
                        + items.get(1).internetMessageId().replace("<", "&lt;").replace(">", "&gt;")
                        + "\"/></t:FieldURIOrConstant></t:IsEqualTo></m:Restriction>")));
    assertThat(byId.texts("//t:ItemId/@Id")).containsExactly(items.get(1).id());

    Http.Answer contains =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                findItem(
                    "Default",
                    "",
                    "<m:Restriction><t:Or><t:Contains ContainmentMode=\"Substring\" ContainmentComparison=\"IgnoreCase\"><t:FieldURI FieldURI=\"item:Subject\"/><t:Constant Value=\"MESSAGE 1\"/></t:Contains>"
                        + "<t:Not><t:Exists><t:FieldURI FieldURI=\"item:Subject\"/></t:Exists></t:Not></t:Or></m:Restriction>")));
    assertThat(contains.texts("//t:Subject")).containsExactly("Message 1");
  }

  @Test
  void searchesWithAqsQueryStrings() {
    soc.deliver(
        NewMessage.builder()
            .from("billing@fabrikam.example")
            .to("soc@contoso.com")
            .subject("Invoice overdue")
            .text("pay now")
            .attachFile("invoice.pdf", "application/pdf", new byte[] {1, 2})
            .build());
    soc.deliver(
        NewMessage.builder()
            .from("news@contoso-news.example")
            .to("soc@contoso.com")
            .subject("Newsletter")
            .text("hello")
            .build());
    Http.Answer a =
        ews(fake, envelope("soc@contoso.com", aqs("from:fabrikam AND hasattachment:true")));
    assertThat(a.texts("//t:Subject")).containsExactly("Invoice overdue");
    Http.Answer b =
        ews(fake, envelope("soc@contoso.com", aqs("subject:newsletter OR invoice.pdf")));
    assertThat(b.texts("//t:Subject")).containsExactlyInAnyOrder("Invoice overdue", "Newsletter");
    Http.Answer bad = ews(fake, envelope("soc@contoso.com", aqs("subject:(unclosed")));
    assertThat(bad.text("//m:ResponseCode")).isEqualTo("ErrorInvalidRequest");
  }

  @Test
  void refusesBodiesInFindItemAsExchangeDoes() {
    deliverNumbered(soc, 1);
    Http.Answer a =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties><t:FieldURI FieldURI=\"item:Body\"/></t:AdditionalProperties></m:ItemShape>"
                    + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"inbox\"/></m:ParentFolderIds></m:FindItem>"));
    assertThat(a.text("//m:ResponseCode")).isEqualTo("ErrorInvalidPropertyRequest");
    assertThat(a.element("//m:MessageXml/t:FieldURI").getAttribute("FieldURI"))
        .isEqualTo("item:Body");
  }

  @Test
  void getsItemsWithMimeHeadersAttachmentsAndPerItemErrorsInOneBatch() {
    ItemInfo item =
        soc.deliver(
            NewMessage.builder()
                .from("IT Support", "it@fabrikam.example")
                .to("soc@contoso.com")
                .subject("Reset")
                .html("<p>Click <img src=\"cid:logo@x\"></p>")
                .inlineImage("logo.png", "image/png", "logo@x", new byte[] {9, 9})
                .attachFile("notes.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                .header("X-Campaign", "42")
                .build());
    String missing =
        fake.mailbox("alice@contoso.com")
            .deliver(
                NewMessage.builder()
                    .from("a@b.example")
                    .to("alice@contoso.com")
                    .subject("x")
                    .text("y")
                    .build())
            .id();
    alice.purgeItem(missing);
    Http.Answer a =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetItem><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape><t:IncludeMimeContent>true</t:IncludeMimeContent>"
                    + "<t:AdditionalProperties><t:FieldURI FieldURI=\"item:InternetMessageHeaders\"/></t:AdditionalProperties></m:ItemShape>"
                    + "<m:ItemIds><t:ItemId Id=\""
                    + item.id()
                    + "\"/><t:ItemId Id=\"not-an-id\"/><t:ItemId Id=\""
                    + missing
                    + "\"/></m:ItemIds></m:GetItem>"));
    assertThat(a.texts("//m:GetItemResponseMessage/@ResponseClass"))
        .containsExactly("Success", "Error", "Error");
    assertThat(a.texts("//m:ResponseCode"))
        .containsExactly("NoError", "ErrorInvalidIdMalformed", "ErrorItemNotFound");
    String mime =
        new String(Base64.getDecoder().decode(a.text("//t:MimeContent")), StandardCharsets.UTF_8);
    assertThat(mime)
        .contains(
            "Subject: Reset",
            "X-Campaign: 42",
            "Content-ID: <logo@x>",
            "multipart/mixed",
            "multipart/related");
    assertThat(a.texts("//t:InternetMessageHeader[@HeaderName='X-Campaign']"))
        .containsExactly("42");
    assertThat(a.texts("//t:Attachments/t:FileAttachment/t:Name"))
        .containsExactlyInAnyOrder("logo.png", "notes.txt");
    assertThat(a.text("//t:FileAttachment[t:Name='logo.png']/t:IsInline")).isEqualTo("true");
    assertThat(a.text("//t:Body/@BodyType")).isEqualTo("HTML");
  }

  @Test
  void sendingMailDeliversToRecipientsSavesACopyAndRecordsMessageTrace() {
    Http.Answer a =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:CreateItem MessageDisposition=\"SendAndSaveCopy\"><m:SavedItemFolderId><t:DistinguishedFolderId Id=\"sentitems\"/></m:SavedItemFolderId><m:Items><t:Message>"
                    + "<t:Subject>Incident update</t:Subject><t:Body BodyType=\"Text\">We blocked the sender.</t:Body>"
                    + "<t:Attachments><t:FileAttachment><t:Name>ioc.txt</t:Name><t:Content>"
                    + Base64.getEncoder().encodeToString("1.2.3.4".getBytes(StandardCharsets.UTF_8))
                    + "</t:Content></t:FileAttachment></t:Attachments>"
                    + "<t:ExtendedProperty><t:ExtendedFieldURI DistinguishedPropertySetId=\"InternetHeaders\" PropertyName=\"X-Incident\" PropertyType=\"String\"/><t:Value>INC-1</t:Value></t:ExtendedProperty>"
                    + "<t:ToRecipients><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox><t:Mailbox><t:EmailAddress>partner@fabrikam.example</t:EmailAddress></t:Mailbox></t:ToRecipients>"
                    + "</t:Message></m:Items></m:CreateItem>"));
    assertThat(a.text("//m:ResponseCode")).isEqualTo("NoError");
    List<ItemInfo> inbox = alice.items("Inbox");
    assertThat(inbox)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.subject()).isEqualTo("Incident update");
              assertThat(i.from()).isEqualTo("soc@contoso.com");
              assertThat(i.attachmentNames()).containsExactly("ioc.txt");
              assertThat(new String(alice.mime(i.id()), StandardCharsets.UTF_8))
                  .contains("X-Incident: INC-1");
            });
    assertThat(soc.items("sentitems"))
        .extracting(ItemInfo::subject)
        .containsExactly("Incident update");
    assertThat(fake.messageTrace())
        .extracting(r -> r.recipientAddress() + "=" + r.status())
        .containsExactly("alice@contoso.com=Delivered", "partner@fabrikam.example=Delivered");
    assertThat(fake.messageTrace().get(0).messageId()).isEqualTo(inbox.get(0).internetMessageId());
  }

  @Test
  void refusesToSendWithoutRecipientsOrAsAnotherMailbox() {
    Http.Answer none =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:CreateItem MessageDisposition=\"SendOnly\"><m:Items><t:Message><t:Subject>x</t:Subject></t:Message></m:Items></m:CreateItem>"));
    assertThat(none.text("//m:ResponseCode")).isEqualTo("ErrorInvalidRecipients");
    Http.Answer sendAs =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:CreateItem MessageDisposition=\"SendOnly\"><m:Items><t:Message><t:Subject>x</t:Subject>"
                    + "<t:ToRecipients><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:ToRecipients>"
                    + "<t:From><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:From></t:Message></m:Items></m:CreateItem>"));
    assertThat(sendAs.text("//m:ResponseCode")).isEqualTo("ErrorSendAsDenied");
    alice.grantSendAs("soc@contoso.com");
    Http.Answer allowed =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:CreateItem MessageDisposition=\"SendOnly\"><m:Items><t:Message><t:Subject>x</t:Subject>"
                    + "<t:ToRecipients><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:ToRecipients>"
                    + "<t:From><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:From></t:Message></m:Items></m:CreateItem>"));
    assertThat(allowed.text("//m:ResponseCode")).isEqualTo("NoError");
  }

  @Test
  void savesDraftsThenSendsThemAndRepliesThreadToTheOriginal() {
    Http.Answer draft =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:CreateItem MessageDisposition=\"SaveOnly\"><m:Items><t:Message><t:Subject>Draft</t:Subject><t:Body BodyType=\"HTML\">&lt;p&gt;hi&lt;/p&gt;</t:Body>"
                    + "<t:ToRecipients><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:ToRecipients></t:Message></m:Items></m:CreateItem>"));
    String draftId = draft.text("//t:Message/t:ItemId/@Id");
    assertThat(soc.items("drafts")).extracting(ItemInfo::id).containsExactly(draftId);
    Http.Answer sent =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:SendItem SaveItemToFolder=\"true\"><m:ItemIds><t:ItemId Id=\""
                    + draftId
                    + "\"/></m:ItemIds></m:SendItem>"));
    assertThat(sent.text("//m:ResponseCode")).isEqualTo("NoError");
    assertThat(soc.items("drafts")).isEmpty();
    ItemInfo received = alice.items("Inbox").get(0);

    Http.Answer reply =
        ews(
            fake,
            envelope(
                "alice@contoso.com",
                "<m:CreateItem MessageDisposition=\"SendAndSaveCopy\"><m:Items><t:ReplyToItem><t:ReferenceItemId Id=\""
                    + received.id()
                    + "\"/>"
                    + "<t:NewBodyContent BodyType=\"Text\">Thanks!</t:NewBodyContent></t:ReplyToItem></m:Items></m:CreateItem>"));
    assertThat(reply.text("//m:ResponseCode")).isEqualTo("NoError");
    ItemInfo answer = soc.items("Inbox").get(0);
    assertThat(answer.subject()).isEqualTo("RE: Draft");
    assertThat(new String(soc.mime(answer.id()), StandardCharsets.UTF_8))
        .contains("In-Reply-To: " + received.internetMessageId());
  }

  @Test
  void detectsStaleChangeKeysUnlessAlwaysOverwrite() {
    ItemInfo item = deliverNumbered(soc, 1).get(0);
    soc.setRead(item.id(), true); // the user opened it: the client's ChangeKey is now stale
    String update =
        "<m:ItemChanges><t:ItemChange><t:ItemId Id=\""
            + item.id()
            + "\" ChangeKey=\""
            + item.changeKey()
            + "\"/><t:Updates>"
            + "<t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message><t:IsRead>false</t:IsRead></t:Message></t:SetItemField>"
            + "<t:AppendToItemField><t:FieldURI FieldURI=\"item:Categories\"/><t:Message><t:Categories><t:String>Phish</t:String></t:Categories></t:Message></t:AppendToItemField>"
            + "</t:Updates></t:ItemChange></m:ItemChanges>";
    Http.Answer conflict =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:UpdateItem ConflictResolution=\"AutoResolve\" MessageDisposition=\"SaveOnly\">"
                    + update
                    + "</m:UpdateItem>"));
    assertThat(conflict.text("//m:ResponseCode")).isEqualTo("ErrorIrresolvableConflict");
    Http.Answer ok =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:UpdateItem ConflictResolution=\"AlwaysOverwrite\" MessageDisposition=\"SaveOnly\">"
                    + update
                    + "</m:UpdateItem>"));
    assertThat(ok.text("//m:ResponseCode")).isEqualTo("NoError");
    assertThat(ok.text("//m:ConflictResults/t:Count")).isEqualTo("0");
    ItemInfo now = soc.item(item.id()).orElseThrow();
    assertThat(now.read()).isFalse();
    assertThat(now.categories()).containsExactly("Phish");
    assertThat(ok.text("//t:ItemId/@ChangeKey"))
        .isEqualTo(now.changeKey())
        .isNotEqualTo(item.changeKey());
  }

  @Test
  void movesGiveNewIdsAndDeletesGoThroughDeletedItemsAndRecoverableItems() {
    List<ItemInfo> items = deliverNumbered(soc, 4);
    soc.createFolder("Inbox/Phishing");
    Http.Answer moved =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:MoveItem><m:ToFolderId><t:FolderId Id=\""
                    + soc.folder("Inbox/Phishing").id()
                    + "\"/></m:ToFolderId>"
                    + "<m:ItemIds><t:ItemId Id=\""
                    + items.get(0).id()
                    + "\"/></m:ItemIds></m:MoveItem>"));
    String newId = moved.text("//t:Message/t:ItemId/@Id");
    assertThat(newId).isNotEqualTo(items.get(0).id());
    assertThat(soc.items("Inbox/Phishing")).extracting(ItemInfo::id).containsExactly(newId);
    Http.Answer oldId =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetItem><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape><m:ItemIds><t:ItemId Id=\""
                    + items.get(0).id()
                    + "\"/></m:ItemIds></m:GetItem>"));
    assertThat(oldId.text("//m:ResponseCode")).isEqualTo("ErrorItemNotFound");

    Http.Answer copied =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:CopyItem><m:ToFolderId><t:DistinguishedFolderId Id=\"junkemail\"/></m:ToFolderId><m:ItemIds><t:ItemId Id=\""
                    + items.get(1).id()
                    + "\"/></m:ItemIds></m:CopyItem>"));
    assertThat(copied.text("//t:ItemId/@Id")).isNotEqualTo(items.get(1).id());
    assertThat(soc.items("Inbox")).extracting(ItemInfo::id).contains(items.get(1).id());

    delete(items.get(1).id(), "MoveToDeletedItems");
    delete(items.get(2).id(), "SoftDelete");
    delete(items.get(3).id(), "HardDelete");
    assertThat(soc.items("deleteditems"))
        .extracting(ItemInfo::subject)
        .containsExactly("Message 2");
    assertThat(soc.items("recoverableitemsdeletions"))
        .extracting(ItemInfo::subject)
        .containsExactly("Message 3");
    assertThat(soc.items("recoverableitemspurges"))
        .extracting(ItemInfo::subject)
        .containsExactly("Message 4");

    Http.Answer soft =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape>"
                    + "<m:ParentFolderIds><t:DistinguishedFolderId Id=\"recoverableitemsdeletions\"/></m:ParentFolderIds></m:FindItem>"));
    assertThat(soft.texts("//t:Subject")).containsExactly("Message 3");

    String again = soc.items("deleteditems").get(0).id();
    delete(again, "MoveToDeletedItems");
    assertThat(soc.items("recoverableitemsdeletions")).hasSize(2);
  }

  private void delete(String id, String type) {
    Http.Answer a =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:DeleteItem DeleteType=\""
                    + type
                    + "\"><m:ItemIds><t:ItemId Id=\""
                    + id
                    + "\"/></m:ItemIds></m:DeleteItem>"));
    assertThat(a.text("//m:ResponseCode")).isEqualTo("NoError");
  }

  @Test
  void marksAsJunkMovingTheItemAndBlockingTheSender() {
    ItemInfo item =
        soc.deliver(
            NewMessage.builder()
                .from("spam@offers.example")
                .to("soc@contoso.com")
                .subject("Win")
                .text("now")
                .build());
    Http.Answer a =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:MarkAsJunk IsJunk=\"true\" MoveItem=\"true\"><m:ItemIds><t:ItemId Id=\""
                    + item.id()
                    + "\"/></m:ItemIds></m:MarkAsJunk>"));
    assertThat(a.text("//m:ResponseCode")).isEqualTo("NoError");
    assertThat(soc.items("junkemail"))
        .extracting(ItemInfo::id)
        .containsExactly(a.text("//m:MovedItemId/@Id"));
    assertThat(soc.blockedSenders()).containsExactly("spam@offers.example");
    ItemInfo next =
        soc.deliver(
            NewMessage.builder()
                .from("spam@offers.example")
                .to("soc@contoso.com")
                .subject("Again")
                .text("x")
                .build());
    assertThat(next.folderPath()).isEqualTo("Junk Email");
  }

  @Test
  void exportsAndUploadsItemsBetweenMailboxes() {
    ItemInfo item =
        soc.deliver(
            NewMessage.builder()
                .from("a@fabrikam.example")
                .to("soc@contoso.com")
                .subject("Evidence")
                .text("keep")
                .categories("Case-7")
                .build());
    Http.Answer export =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:ExportItems><m:ItemIds><t:ItemId Id=\""
                    + item.id()
                    + "\"/></m:ItemIds></m:ExportItems>"));
    String data = export.text("//m:Data");
    assertThat(data).isNotBlank();
    Http.Answer upload =
        ews(
            fake,
            envelope(
                "alice@contoso.com",
                "<m:UploadItems><m:Items><t:Item CreateAction=\"CreateNew\"><t:ParentFolderId Id=\""
                    + alice.folder("Inbox").id()
                    + "\"/>"
                    + "<t:Data>"
                    + data
                    + "</t:Data></t:Item></m:Items></m:UploadItems>"));
    assertThat(upload.text("//m:ResponseCode")).isEqualTo("NoError");
    ItemInfo copy = alice.item(upload.text("//m:ItemId/@Id")).orElseThrow();
    assertThat(copy.subject()).isEqualTo("Evidence");
    assertThat(copy.categories()).containsExactly("Case-7");
    assertThat(copy.internetMessageId()).isEqualTo(item.internetMessageId());
    Http.Answer corrupt =
        ews(
            fake,
            envelope(
                "alice@contoso.com",
                "<m:UploadItems><m:Items><t:Item CreateAction=\"CreateNew\"><t:ParentFolderId Id=\""
                    + alice.folder("Inbox").id()
                    + "\"/>"
                    + "<t:Data>"
                    + Base64.getEncoder().encodeToString("garbage".getBytes(StandardCharsets.UTF_8))
                    + "</t:Data></t:Item></m:Items></m:UploadItems>"));
    assertThat(corrupt.text("//m:ResponseCode")).isEqualTo("ErrorCorruptData");
  }

  @Test
  void createsGetsAndDeletesAttachments() {
    ItemInfo forwarded =
        soc.deliver(
            NewMessage.builder()
                .from("alice@contoso.com")
                .to("soc@contoso.com")
                .subject("FW: phish")
                .text("see attached")
                .attachMessage(
                    NewMessage.builder()
                        .from("bad@evil.example")
                        .to("alice@contoso.com")
                        .subject("Password expires")
                        .html("<p>click</p>")
                        .attachFile("kit.zip", "application/zip", new byte[] {80, 75, 3, 4})
                        .build())
                .build());
    Http.Answer item =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetItem><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape><m:ItemIds><t:ItemId Id=\""
                    + forwarded.id()
                    + "\"/></m:ItemIds></m:GetItem>"));
    String attachmentId = item.text("//t:ItemAttachment/t:AttachmentId/@Id");
    Http.Answer att =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetAttachment><m:AttachmentShape><t:IncludeMimeContent>true</t:IncludeMimeContent></m:AttachmentShape>"
                    + "<m:AttachmentIds><t:AttachmentId Id=\""
                    + attachmentId
                    + "\"/></m:AttachmentIds></m:GetAttachment>"));
    assertThat(att.text("//t:ItemAttachment/t:Message/t:Subject")).isEqualTo("Password expires");
    String mime =
        new String(
            Base64.getDecoder().decode(att.text("//t:ItemAttachment/t:Message/t:MimeContent")),
            StandardCharsets.UTF_8);
    assertThat(mime).contains("Subject: Password expires", "kit.zip");
    String nested =
        att.text("//t:ItemAttachment/t:Message/t:Attachments/t:FileAttachment/t:AttachmentId/@Id");
    Http.Answer file =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:GetAttachment><m:AttachmentIds><t:AttachmentId Id=\""
                    + nested
                    + "\"/></m:AttachmentIds></m:GetAttachment>"));
    assertThat(Base64.getDecoder().decode(file.text("//t:FileAttachment/t:Content")))
        .containsExactly(80, 75, 3, 4);

    Http.Answer created =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:CreateAttachment><m:ParentItemId Id=\""
                    + forwarded.id()
                    + "\"/><m:Attachments><t:FileAttachment><t:Name>triage.txt</t:Name>"
                    + "<t:Content>"
                    + Base64.getEncoder().encodeToString("benign".getBytes(StandardCharsets.UTF_8))
                    + "</t:Content></t:FileAttachment></m:Attachments></m:CreateAttachment>"));
    assertThat(created.element("//t:AttachmentId").getAttribute("RootItemId"))
        .isEqualTo(forwarded.id());
    String newAttachment = created.text("//t:AttachmentId/@Id");
    assertThat(soc.item(forwarded.id()).orElseThrow().attachmentNames()).contains("triage.txt");
    Http.Answer deleted =
        ews(
            fake,
            envelope(
                "soc@contoso.com",
                "<m:DeleteAttachment><m:AttachmentIds><t:AttachmentId Id=\""
                    + newAttachment
                    + "\"/></m:AttachmentIds></m:DeleteAttachment>"));
    assertThat(deleted.element("//m:RootItemId").getAttribute("RootItemId"))
        .isEqualTo(forwarded.id());
    assertThat(soc.item(forwarded.id()).orElseThrow().attachmentNames())
        .doesNotContain("triage.txt");
  }
}
