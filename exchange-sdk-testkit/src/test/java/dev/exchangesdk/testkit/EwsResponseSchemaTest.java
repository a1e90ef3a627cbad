package dev.exchangesdk.testkit;

import static dev.exchangesdk.testkit.Http.envelope;
import static dev.exchangesdk.testkit.Http.ews;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.internal.ews.EwsSchema;
import dev.exchangesdk.testkit.internal.ews.EwsService;
import dev.exchangesdk.testkit.internal.store.Tenant;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every EWS operation the fake serves answers with a response that validates against the official
 * schema (types.xsd/messages.xsd, the copy FakeExchange itself validates requests with), in success
 * and error shapes, including the HTTP-200 ErrorServerBusy form of each operation and the
 * mailbox-unavailable answers.
 */
class EwsResponseSchemaTest {
  private static FakeExchange fake;
  private static Schema schema;
  private static final Map<String, List<String>> REQUESTS = new LinkedHashMap<>();

  @BeforeAll
  static void start() throws Exception {
    schema = EwsSchema.get();
    fake = FakeExchange.builder().seed(Seed.DEMO).start();
    FakeMailbox soc = fake.mailbox("soc@contoso.com");
    FakeMailbox alice = fake.mailbox("alice@contoso.com");
    ItemInfo withAttachments =
        alice.items("Inbox").stream()
            .filter(i -> i.subject().startsWith("DocuSign"))
            .findFirst()
            .orElseThrow();
    ItemInfo forwarded =
        soc.items("Inbox").stream()
            .filter(i -> i.subject().startsWith("FW:"))
            .findFirst()
            .orElseThrow();
    ItemInfo plain =
        soc.deliver(
            NewMessage.builder()
                .from("x@fabrikam.example")
                .to("soc@contoso.com")
                .subject("plain")
                .text("t")
                .build());
    ItemInfo draft =
        soc.deliver(
            "drafts",
            NewMessage.builder()
                .from("soc@contoso.com")
                .to("alice@contoso.com")
                .subject("draft")
                .text("t")
                .build());
    String contactId = alice.items("contacts").get(0).id();
    String missing =
        dev.exchangesdk.testkit.internal.store.Ids.encode(
            dev.exchangesdk.testkit.internal.store.Ids.Kind.ITEM, soc.exchangeGuid(), 999_999, 0);
    String inbox = "<t:DistinguishedFolderId Id=\"inbox\"/>";

    add(
        "FindItem",
        "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape><t:AdditionalProperties><t:FieldURI FieldURI=\"item:Categories\"/></t:AdditionalProperties></m:ItemShape><m:IndexedPageItemView MaxEntriesReturned=\"50\" Offset=\"0\" BasePoint=\"Beginning\"/><m:ParentFolderIds>"
            + inbox
            + "<t:DistinguishedFolderId Id=\"contacts\"/><t:FolderId Id=\"bad\"/></m:ParentFolderIds></m:FindItem>");
    add(
        "FindItem",
        "<m:FindItem Traversal=\"Shallow\"><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape><t:AdditionalProperties><t:FieldURI FieldURI=\"item:Body\"/></t:AdditionalProperties></m:ItemShape><m:ParentFolderIds>"
            + inbox
            + "</m:ParentFolderIds></m:FindItem>");
    add(
        "GetItem",
        "<m:GetItem><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape><t:IncludeMimeContent>true</t:IncludeMimeContent><t:AdditionalProperties><t:FieldURI FieldURI=\"item:InternetMessageHeaders\"/><t:FieldURI FieldURI=\"item:Preview\"/><t:FieldURI FieldURI=\"item:TextBody\"/><t:FieldURI FieldURI=\"item:UniqueBody\"/>"
            + "<t:ExtendedFieldURI PropertyTag=\"0x007D\" PropertyType=\"String\"/><t:ExtendedFieldURI DistinguishedPropertySetId=\"InternetHeaders\" PropertyName=\"X-Contoso-External\" PropertyType=\"String\"/></t:AdditionalProperties></m:ItemShape>"
            + "<m:ItemIds><t:ItemId Id=\""
            + withAttachments.id()
            + "\"/><t:ItemId Id=\""
            + forwarded.id()
            + "\"/><t:ItemId Id=\""
            + contactId
            + "\"/><t:ItemId Id=\"x\"/><t:ItemId Id=\""
            + missing
            + "\"/></m:ItemIds></m:GetItem>");
    add(
        "GetItem",
        "<m:GetItem><m:ItemShape><t:BaseShape>Default</t:BaseShape><t:BodyType>Text</t:BodyType></m:ItemShape><m:ItemIds><t:ItemId Id=\""
            + withAttachments.id()
            + "\"/></m:ItemIds></m:GetItem>");
    add(
        "CreateItem",
        "<m:CreateItem MessageDisposition=\"SaveOnly\"><m:Items><t:Message><t:Subject>d</t:Subject><t:Body BodyType=\"Text\">x</t:Body><t:Attachments><t:FileAttachment><t:Name>a.txt</t:Name><t:Content>YQ==</t:Content></t:FileAttachment><t:ItemAttachment><t:Name>inner</t:Name><t:Message><t:Subject>inner</t:Subject></t:Message></t:ItemAttachment></t:Attachments>"
            + "<t:ToRecipients><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:ToRecipients></t:Message>"
            + "<t:Contact><t:DisplayName>Dana Lee</t:DisplayName><t:GivenName>Dana</t:GivenName><t:EmailAddresses><t:Entry Key=\"EmailAddress1\">dana@fabrikam.com</t:Entry></t:EmailAddresses></t:Contact></m:Items></m:CreateItem>");
    add(
        "CreateItem",
        "<m:CreateItem MessageDisposition=\"SendAndSaveCopy\"><m:Items><t:Message><t:Subject>s</t:Subject><t:ToRecipients><t:Mailbox><t:EmailAddress>alice@contoso.com</t:EmailAddress></t:Mailbox></t:ToRecipients></t:Message>"
            + "<t:Message><t:Subject>no recipients</t:Subject></t:Message><t:ForwardItem><t:ToRecipients><t:Mailbox><t:EmailAddress>bob@contoso.com</t:EmailAddress></t:Mailbox></t:ToRecipients><t:ReferenceItemId Id=\""
            + plain.id()
            + "\"/></t:ForwardItem></m:Items></m:CreateItem>");
    add(
        "SendItem",
        "<m:SendItem SaveItemToFolder=\"true\"><m:ItemIds><t:ItemId Id=\""
            + draft.id()
            + "\"/><t:ItemId Id=\""
            + missing
            + "\"/></m:ItemIds></m:SendItem>");
    add(
        "UpdateItem",
        "<m:UpdateItem ConflictResolution=\"AutoResolve\" MessageDisposition=\"SaveOnly\"><m:ItemChanges><t:ItemChange><t:ItemId Id=\""
            + plain.id()
            + "\"/><t:Updates><t:SetItemField><t:FieldURI FieldURI=\"message:IsRead\"/><t:Message><t:IsRead>true</t:IsRead></t:Message></t:SetItemField></t:Updates></t:ItemChange>"
            + "<t:ItemChange><t:ItemId Id=\""
            + plain.id()
            + "\" ChangeKey=\"CQAAABYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"/><t:Updates><t:SetItemField><t:FieldURI FieldURI=\"item:Subject\"/><t:Message><t:Subject>x</t:Subject></t:Message></t:SetItemField></t:Updates></t:ItemChange></m:ItemChanges></m:UpdateItem>");
    add(
        "CopyItem",
        "<m:CopyItem><m:ToFolderId><t:DistinguishedFolderId Id=\"drafts\"/></m:ToFolderId><m:ItemIds><t:ItemId Id=\""
            + plain.id()
            + "\"/><t:ItemId Id=\""
            + missing
            + "\"/></m:ItemIds></m:CopyItem>");
    add(
        "MarkAsJunk",
        "<m:MarkAsJunk IsJunk=\"true\" MoveItem=\"false\"><m:ItemIds><t:ItemId Id=\""
            + plain.id()
            + "\"/><t:ItemId Id=\"x\"/></m:ItemIds></m:MarkAsJunk>");
    add("GetAttachment", attachmentsOf(soc, forwarded.id()));
    add(
        "CreateAttachment",
        "<m:CreateAttachment><m:ParentItemId Id=\""
            + plain.id()
            + "\"/><m:Attachments><t:FileAttachment><t:Name>n.txt</t:Name><t:Content>YQ==</t:Content></t:FileAttachment></m:Attachments></m:CreateAttachment>");
    add(
        "DeleteAttachment",
        "<m:DeleteAttachment><m:AttachmentIds><t:AttachmentId Id=\"x\"/></m:AttachmentIds></m:DeleteAttachment>");
    add(
        "FindFolder",
        "<m:FindFolder Traversal=\"Deep\"><m:FolderShape><t:BaseShape>AllProperties</t:BaseShape><t:AdditionalProperties><t:FieldURI FieldURI=\"folder:DistinguishedFolderId\"/><t:ExtendedFieldURI PropertyTag=\"0x3613\" PropertyType=\"String\"/></t:AdditionalProperties></m:FolderShape><m:ParentFolderIds><t:DistinguishedFolderId Id=\"root\"/><t:DistinguishedFolderId Id=\"publicfoldersroot\"/><t:FolderId Id=\"x\"/></m:ParentFolderIds></m:FindFolder>");
    add(
        "GetFolder",
        "<m:GetFolder><m:FolderShape><t:BaseShape>Default</t:BaseShape></m:FolderShape><m:FolderIds><t:DistinguishedFolderId Id=\"msgfolderroot\"/><t:DistinguishedFolderId Id=\"contacts\"/><t:DistinguishedFolderId Id=\"calendar\"/><t:DistinguishedFolderId Id=\"tasks\"/><t:DistinguishedFolderId Id=\"voicemail\"/></m:FolderIds></m:GetFolder>");
    add(
        "CreateFolder",
        "<m:CreateFolder><m:ParentFolderId>"
            + inbox
            + "</m:ParentFolderId><m:Folders><t:Folder><t:DisplayName>Schema</t:DisplayName></t:Folder><t:ContactsFolder><t:DisplayName>Schema</t:DisplayName></t:ContactsFolder></m:Folders></m:CreateFolder>");
    add(
        "SyncFolderItems",
        "<m:SyncFolderItems><m:ItemShape><t:BaseShape>AllProperties</t:BaseShape></m:ItemShape><m:SyncFolderId>"
            + inbox
            + "</m:SyncFolderId><m:MaxChangesReturned>512</m:MaxChangesReturned></m:SyncFolderItems>");
    add(
        "SyncFolderItems",
        "<m:SyncFolderItems><m:ItemShape><t:BaseShape>IdOnly</t:BaseShape></m:ItemShape><m:SyncFolderId>"
            + inbox
            + "</m:SyncFolderId><m:SyncState>bogus</m:SyncState><m:MaxChangesReturned>5</m:MaxChangesReturned></m:SyncFolderItems>");
    add(
        "SyncFolderHierarchy",
        "<m:SyncFolderHierarchy><m:FolderShape><t:BaseShape>AllProperties</t:BaseShape></m:FolderShape></m:SyncFolderHierarchy>");
    add(
        "SyncFolderHierarchy",
        "<m:SyncFolderHierarchy><m:FolderShape><t:BaseShape>IdOnly</t:BaseShape></m:FolderShape><m:SyncState>bogus</m:SyncState></m:SyncFolderHierarchy>");
    add(
        "ExpandDL",
        "<m:ExpandDL><m:Mailbox><t:EmailAddress>finance@contoso.com</t:EmailAddress></m:Mailbox></m:ExpandDL>");
    add(
        "ExpandDL",
        "<m:ExpandDL><m:Mailbox><t:EmailAddress>nobody@contoso.com</t:EmailAddress></m:Mailbox></m:ExpandDL>");
    add(
        "ResolveNames",
        "<m:ResolveNames ReturnFullContactData=\"true\" SearchScope=\"ActiveDirectoryContacts\"><m:UnresolvedEntry>a</m:UnresolvedEntry></m:ResolveNames>");
    add(
        "ResolveNames",
        "<m:ResolveNames ReturnFullContactData=\"true\"><m:UnresolvedEntry>nobody-at-all</m:UnresolvedEntry></m:ResolveNames>");
    add(
        "GetUserOofSettingsRequest",
        "<m:GetUserOofSettingsRequest><t:Mailbox><t:Address>bob@contoso.com</t:Address></t:Mailbox></m:GetUserOofSettingsRequest>");
    add(
        "GetUserOofSettingsRequest",
        "<m:GetUserOofSettingsRequest><t:Mailbox><t:Address>ghost@contoso.com</t:Address></t:Mailbox></m:GetUserOofSettingsRequest>");
    add(
        "GetInboxRules",
        "<m:GetInboxRules><m:MailboxSmtpAddress>bob@contoso.com</m:MailboxSmtpAddress></m:GetInboxRules>");
    add(
        "GetInboxRules",
        "<m:GetInboxRules><m:MailboxSmtpAddress>ghost@contoso.com</m:MailboxSmtpAddress></m:GetInboxRules>");
    add(
        "GetSearchableMailboxes",
        "<m:GetSearchableMailboxes><m:SearchFilter>a</m:SearchFilter><m:ExpandGroupMembership>true</m:ExpandGroupMembership></m:GetSearchableMailboxes>");
    add(
        "SearchMailboxes",
        "<m:SearchMailboxes><m:SearchQueries><t:MailboxQuery><t:Query>phish OR invoice</t:Query><t:MailboxSearchScopes>"
            + "<t:MailboxSearchScope><t:Mailbox>alice@contoso.com</t:Mailbox><t:SearchScope>All</t:SearchScope></t:MailboxSearchScope>"
            + "<t:MailboxSearchScope><t:Mailbox>bob@contoso.com</t:Mailbox><t:SearchScope>ArchiveOnly</t:SearchScope></t:MailboxSearchScope>"
            + "</t:MailboxSearchScopes></t:MailboxQuery></m:SearchQueries><m:ResultType>PreviewOnly</m:ResultType></m:SearchMailboxes>");
    add(
        "ExportItems",
        "<m:ExportItems><m:ItemIds><t:ItemId Id=\""
            + plain.id()
            + "\"/><t:ItemId Id=\""
            + missing
            + "\"/></m:ItemIds></m:ExportItems>");
    add(
        "UploadItems",
        "<m:UploadItems><m:Items><t:Item CreateAction=\"CreateNew\"><t:ParentFolderId Id=\""
            + soc.folder("Inbox").id()
            + "\"/><t:Data>"
            + Base64.getEncoder().encodeToString("x".getBytes(StandardCharsets.UTF_8))
            + "</t:Data></t:Item></m:Items></m:UploadItems>");
    add(
        "MoveItem",
        "<m:MoveItem><m:ToFolderId><t:DistinguishedFolderId Id=\"deleteditems\"/></m:ToFolderId><m:ItemIds><t:ItemId Id=\""
            + plain.id()
            + "\"/><t:ItemId Id=\"x\"/></m:ItemIds></m:MoveItem>");
    add(
        "DeleteItem",
        "<m:DeleteItem DeleteType=\"SoftDelete\"><m:ItemIds><t:ItemId Id=\""
            + withAttachments.id()
            + "\"/><t:ItemId Id=\""
            + missing
            + "\"/></m:ItemIds></m:DeleteItem>");
  }

  private static String attachmentsOf(FakeMailbox box, String itemId) {
    Http.Answer a =
        ews(
            fake,
            envelope(
                box.address(),
                "<m:GetItem><m:ItemShape><t:BaseShape>Default</t:BaseShape></m:ItemShape><m:ItemIds><t:ItemId Id=\""
                    + itemId
                    + "\"/></m:ItemIds></m:GetItem>"));
    StringBuilder ids = new StringBuilder();
    for (String id : a.texts("//t:AttachmentId/@Id")) {
      ids.append("<t:AttachmentId Id=\"").append(id).append("\"/>");
    }
    ids.append("<t:AttachmentId Id=\"x\"/>");
    return "<m:GetAttachment><m:AttachmentShape><t:IncludeMimeContent>true</t:IncludeMimeContent></m:AttachmentShape><m:AttachmentIds>"
        + ids
        + "</m:AttachmentIds></m:GetAttachment>";
  }

  private static void add(String op, String body) {
    REQUESTS.computeIfAbsent(op, k -> new ArrayList<>()).add(body);
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  static void assertSchemaValid(Schema schema, String label, Http.Answer a) {
    assertThat(a.code()).as(label + " HTTP status\n" + a.body()).isEqualTo(200);
    Element body = (Element) Http.nodes(a.doc(), "/s:Envelope/s:Body/*").item(0);
    Element version =
        (Element) Http.nodes(a.doc(), "/s:Envelope/s:Header/t:ServerVersionInfo").item(0);
    assertThat(version).as(label + " has ServerVersionInfo").isNotNull();
    try {
      schema.newValidator().validate(new DOMSource(body));
      schema.newValidator().validate(new DOMSource(version));
    } catch (Exception e) {
      throw new AssertionError(
          label + " is not schema-valid: " + e.getMessage() + "\n" + a.body(), e);
    }
  }

  @Test
  void everyOperationAnswersWithSchemaValidSuccessAndErrorResponses() {
    Set<String> served =
        new TreeSet<>(
            new EwsService(new Tenant("x.onmicrosoft.com", null, 1, Clock.systemUTC()), false)
                .operations());
    assertThat(REQUESTS.keySet())
        .as("a request for every operation the fake serves")
        .containsExactlyInAnyOrderElementsOf(served);
    Set<String> codes = new TreeSet<>();
    for (Map.Entry<String, List<String>> e : REQUESTS.entrySet()) {
      for (String body : e.getValue()) {
        Http.Answer a = ews(fake, envelope("soc@contoso.com", body));
        assertSchemaValid(schema, e.getKey(), a);
        codes.addAll(a.texts("//m:ResponseCode"));
      }
    }
    assertThat(codes)
        .contains(
            "NoError",
            "ErrorItemNotFound",
            "ErrorInvalidIdMalformed",
            "ErrorFolderNotFound",
            "ErrorInvalidSyncStateData",
            "ErrorNameResolutionNoResults",
            "ErrorIrresolvableConflict",
            "ErrorInvalidRecipients",
            "ErrorInvalidPropertyRequest",
            "ErrorFolderExists",
            "ErrorCorruptData",
            "ErrorMailRecipientNotFound",
            "ErrorNonExistentMailbox");
  }

  @Test
  void throttledResponseMessagesOfEveryOperationAreSchemaValid() {
    for (Map.Entry<String, List<String>> e : REQUESTS.entrySet()) {
      fake.faults().ewsServerBusy(1, Duration.ofMillis(750), ServerBusyForm.RESPONSE_MESSAGE);
      Http.Answer a = ews(fake, envelope("soc@contoso.com", e.getValue().get(0)));
      assertSchemaValid(schema, e.getKey() + " (busy)", a);
      assertThat(a.text("//m:ResponseCode")).isEqualTo("ErrorServerBusy");
      assertThat(a.text("//t:Value[@Name='BackOffMilliseconds']")).isEqualTo("750");
    }
  }

  @Test
  void mailboxUnavailableResponseMessagesOfEveryOperationAreSchemaValid() {
    for (Map.Entry<String, List<String>> e : REQUESTS.entrySet()) {
      for (MailboxUnavailable reason : MailboxUnavailable.values()) {
        fake.faults().mailboxUnavailable("soc@contoso.com", reason, 1);
        Http.Answer a = ews(fake, envelope("soc@contoso.com", e.getValue().get(0)));
        assertSchemaValid(schema, e.getKey() + " (" + reason + ")", a);
        assertThat(a.text("//m:ResponseCode")).isEqualTo(reason.responseCode());
      }
    }
  }

  @Test
  void documentedResponsesValidateAgainstTheSameSchemaCopy() throws Exception {
    // The oracle itself is sound: a documented response passes, a mutated one fails.
    Http.Answer good =
        new Http.Answer(
            200, Map.of(), "", Http.parse(Http.resource("ews/examples/FindFolder-response.xml")));
    assertSchemaValid(schema, "documented FindFolder response", good);
    String broken =
        Http.resource("ews/examples/FindFolder-response.xml")
            .replace("<t:TotalCount>0</t:TotalCount>", "<t:TotalCount>zero</t:TotalCount>");
    Http.Answer bad = new Http.Answer(200, Map.of(), broken, Http.parse(broken));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> assertSchemaValid(schema, "mutated", bad))
        .isInstanceOf(AssertionError.class);
  }
}
