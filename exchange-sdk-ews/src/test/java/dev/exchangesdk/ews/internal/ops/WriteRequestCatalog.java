package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.ews.internal.bind.messages.CopyItem;
import dev.exchangesdk.ews.internal.bind.messages.DeleteAttachment;
import dev.exchangesdk.ews.internal.bind.messages.DeleteItem;
import dev.exchangesdk.ews.internal.bind.messages.FindItem;
import dev.exchangesdk.ews.internal.bind.messages.MarkAsJunk;
import dev.exchangesdk.ews.internal.bind.messages.MoveItem;
import dev.exchangesdk.ews.internal.bind.messages.SendItem;
import dev.exchangesdk.ews.internal.bind.messages.UpdateItem;
import dev.exchangesdk.ews.internal.bind.types.AttachmentIds;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.bind.types.EmailAddressXml;
import dev.exchangesdk.ews.internal.bind.types.ExtendedFieldUri;
import dev.exchangesdk.ews.internal.bind.types.ExtendedProperty;
import dev.exchangesdk.ews.internal.bind.types.FolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.IndexedPageView;
import dev.exchangesdk.ews.internal.bind.types.ItemChange;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.bind.types.MessageUpdate;
import dev.exchangesdk.ews.internal.bind.types.Recipients;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.bind.types.Restriction;
import dev.exchangesdk.ews.internal.bind.types.SearchExpression;
import dev.exchangesdk.ews.internal.bind.types.SortOrder;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.write.CreateAttachmentRequest;
import dev.exchangesdk.ews.internal.write.CreateItemRequest;
import dev.exchangesdk.ews.internal.write.MailContent;
import dev.exchangesdk.ews.internal.write.TargetFolder;
import dev.exchangesdk.ews.internal.write.UploadItemsRequest;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.DiscoveryQuery;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import dev.exchangesdk.ews.model.OutgoingMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The write-operation request variants for {@link AllRequestsAreSchemaValidTest}. */
final class WriteRequestCatalog {
  private static final List<String> IDS = List.of("AAMk1", "AAMk2");
  private static final FolderId FOLDER = new FolderId("AAMkF=", null);
  private static final DistinguishedFolderId INBOX = new DistinguishedFolderId("inbox");

  /** A 1x1 PNG. */
  static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

  private WriteRequestCatalog() {}

  static List<EwsCall<?, ?>> calls() {
    List<EwsCall<?, ?>> calls = new ArrayList<>();
    for (DeleteMode mode : DeleteMode.values()) {
      calls.add(perId("DeleteItem", new DeleteItem(ItemIds.of(IDS), mode.wireName())));
    }
    calls.add(perId("MoveItem", new MoveItem(FolderIds.of(INBOX), ItemIds.of(IDS))));
    calls.add(perId("MoveItem", new MoveItem(FolderIds.of(FOLDER), ItemIds.of(IDS))));
    calls.add(perId("CopyItem", new CopyItem(FolderIds.of(FOLDER), ItemIds.of(IDS))));
    calls.add(
        update(new ItemChange.SetItemField("message:IsRead", MessageUpdate.read(true)), true));
    calls.add(
        update(new ItemChange.SetItemField("message:IsRead", MessageUpdate.read(false)), false));
    calls.add(
        update(
            new ItemChange.SetItemField(
                "item:Categories", MessageUpdate.categories(List.of("Phishing", "Reviewed"))),
            true));
    calls.add(update(new ItemChange.DeleteItemField("item:Categories"), true));
    calls.add(
        perId(
            "UpdateItem",
            new UpdateItem(
                List.of(
                    new ItemChange(
                        "AAMk1",
                        "CQAAABYA",
                        List.of(
                            new ItemChange.SetItemField(
                                "item:Categories", MessageUpdate.categories(List.of("A", "B")))))),
                "AutoResolve",
                null)));
    ExtendedFieldUri header = ExtendedFieldUri.internetHeader("X-Incident-Id");
    calls.add(
        perId(
            "UpdateItem",
            new UpdateItem(
                List.of(
                    new ItemChange(
                        "AAMk1",
                        "CK",
                        List.of(
                            new ItemChange.SetItemField(
                                "item:Importance", MessageUpdate.importance("High")),
                            new ItemChange.SetItemField(
                                "message:ReplyTo",
                                MessageUpdate.replyTo(
                                    Recipients.of(
                                        List.of(EmailAddressXml.of("SOC", "soc@contoso.com"))))),
                            new ItemChange.SetItemField(
                                header,
                                MessageUpdate.extendedProperty(
                                    new ExtendedProperty(header, "INC-1")))))),
                "AlwaysOverwrite",
                null)));
    for (boolean junk : new boolean[] {true, false}) {
      for (boolean move : new boolean[] {true, false}) {
        calls.add(perId("MarkAsJunk", new MarkAsJunk(ItemIds.of(IDS), junk, move)));
      }
    }
    calls.add(perId("DeleteAttachment", new DeleteAttachment(AttachmentIds.of(IDS))));
    calls.add(perId("SendItem", new SendItem(ItemIds.of(IDS), FolderIds.of(sentItems()))));
    calls.add(perId("SendItem", new SendItem(ItemIds.of(IDS), null)));
    calls.add(new CreateFolderCall(INBOX, "Phishing", "f"));
    calls.add(new CreateFolderCall(FOLDER, "Quarantäne & <Co>", "f"));
    calls.add(new ExpandDlCall(EmailAddressXml.of(null, "group@contoso.com"), "g"));
    calls.add(new ExpandDlCall(EmailAddressXml.item("AAMkDL="), "g"));
    calls.add(new ResolveNamesCall("User2", true));
    calls.add(new ResolveNamesCall("user2@contoso.com", false));
    calls.add(new ContactsCall(IDS));
    calls.add(
        new FindItemCall(
            new FindItem(
                ResponseShape.items(List.of("message:InternetMessageId"), false),
                new IndexedPageView(1000, 0),
                Restriction.of(
                    SearchExpression.or(
                        List.of(
                            SearchExpression.isEqualTo("message:InternetMessageId", "<a@b>"),
                            SearchExpression.isEqualTo("message:InternetMessageId", "<c@d>")))),
                null,
                FolderIds.of(new DistinguishedFolderId("recoverableitemsdeletions")),
                null),
            "recover"));
    calls.add(
        new FindItemCall(
            new FindItem(
                ResponseShape.items(List.of(), false),
                new IndexedPageView(50, 0),
                null,
                SortOrder.by("contacts:DisplayName", true),
                FolderIds.of(new DistinguishedFolderId("contacts")),
                null),
            "contacts"));
    calls.add(DiscoveryCalls.searchableMailboxes(null, false));
    calls.add(DiscoveryCalls.searchableMailboxes("lolgroup", true));
    calls.add(DiscoveryCalls.search(DiscoveryQuery.builder("subject:Test").mailboxes(IDS).build()));
    calls.add(
        DiscoveryCalls.search(
            DiscoveryQuery.builder("")
                .mailboxes(List.of("/o=First/cn=Steve"))
                .scope(DiscoveryQuery.Scope.ARCHIVE_ONLY)
                .previews(25)
                .pageAfter("sort-value-1")
                .deduplicate(true)
                .language("en-US")
                .build()));
    calls.add(MailboxSettingsCalls.outOfOffice("soc@contoso.com"));
    calls.add(MailboxSettingsCalls.inboxRules("soc@contoso.com"));
    calls.add(new ExportItemsCall("AAMk1", Path.of("unused.spool")));
    calls.addAll(streamed());
    return calls;
  }

  /** The streamed CreateItem, CreateAttachment and UploadItems variants. */
  static List<EwsCall<?, ?>> streamed() {
    List<EwsCall<?, ?>> calls = new ArrayList<>();
    OutgoingMessage full =
        OutgoingMessage.builder()
            .to("alice@contoso.com")
            .to(List.of(new EmailAddress("Bob", "bob@contoso.com", "SMTP")))
            .cc("carol@contoso.com")
            .bcc("dave@contoso.com")
            .replyTo("soc@contoso.com")
            .from("shared@contoso.com")
            .subject("Suspicious <sign-in> & more")
            .textBody("ignored: the HTML wins")
            .htmlBody("<p>Chart:</p><img src=\"data:image/png;base64," + PNG + "\">")
            .importance(Importance.HIGH)
            .header("X-Incident-Id", "INC-4711")
            .header("X-Incident-Id", "INC-4712")
            .attach(OutgoingAttachment.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))
            .attach(
                OutgoingAttachment.of("logo.png", new byte[] {1, 2, 3})
                    .withContentType("image/png")
                    .inline("logo@contoso"))
            .build();
    MailContent fullContent = MailContent.of(full, new Random(1));
    MailContent text =
        MailContent.of(
            OutgoingMessage.builder().to("a@contoso.com").textBody("plain").saveCopy(false).build(),
            new Random(1));
    MailContent empty =
        MailContent.of(OutgoingMessage.builder().bcc("a@contoso.com").build(), new Random(1));
    MailContent mime =
        MailContent.of(
            OutgoingMessage.builder()
                .rawMime("Subject: raw\r\n\r\nbody\r\n".getBytes(StandardCharsets.UTF_8))
                .to("a@contoso.com")
                .cc("b@contoso.com")
                .build(),
            new Random(1));
    calls.add(create(CreateItemRequest.send(fullContent)));
    calls.add(create(CreateItemRequest.send(text)));
    calls.add(create(CreateItemRequest.send(empty)));
    calls.add(create(CreateItemRequest.send(mime)));
    calls.add(create(CreateItemRequest.draft(fullContent)));
    for (boolean all : new boolean[] {false, true}) {
      for (boolean now : new boolean[] {false, true}) {
        calls.add(create(CreateItemRequest.reply(fullContent, all, "Re: x", "AAMk1", null, now)));
      }
    }
    calls.add(create(CreateItemRequest.reply(text, false, "Re:", "AAMk1", "CK", true)));
    calls.add(
        create(
            CreateItemRequest.mimeUpload(
                () -> new ByteArrayInputStream(new byte[] {'m'}),
                TargetFolder.id("AAMkF="),
                true)));
    calls.add(
        create(
            CreateItemRequest.mimeUpload(
                () -> new ByteArrayInputStream(new byte[0]),
                TargetFolder.wellKnown("inbox"),
                false)));
    calls.add(
        new WriteCall(
            "CreateAttachment",
            new CreateAttachmentRequest("AAMk1", null, fullContent.attachments()),
            Idempotency.NOT_IDEMPOTENT,
            "a"));
    calls.add(
        new WriteCall(
            "UploadItems",
            new UploadItemsRequest("AAMkF=", () -> new ByteArrayInputStream(new byte[] {1, 2})),
            Idempotency.NOT_IDEMPOTENT,
            "u"));
    return calls;
  }

  private static DistinguishedFolderId sentItems() {
    return new DistinguishedFolderId("sentitems");
  }

  private static EwsCall<?, ?> create(CreateItemRequest request) {
    return new WriteCall("CreateItem", request, Idempotency.NOT_IDEMPOTENT, "c");
  }

  private static EwsCall<?, ?> perId(String operation, Object request) {
    return new PerIdCall(operation, request, IDS, "item", Idempotency.IDEMPOTENT, false);
  }

  private static EwsCall<?, ?> update(Object change, boolean suppressReceipts) {
    List<ItemChange> changes = new ArrayList<>();
    for (String id : IDS) {
      changes.add(new ItemChange(id, null, List.of(change)));
    }
    return perId(
        "UpdateItem",
        new UpdateItem(changes, "AlwaysOverwrite", suppressReceipts ? Boolean.TRUE : null));
  }
}
