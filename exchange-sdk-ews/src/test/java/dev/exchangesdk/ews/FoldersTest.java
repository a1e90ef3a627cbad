package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.findFolders;
import static dev.exchangesdk.ews.testing.EwsXml.folder;
import static dev.exchangesdk.ews.testing.EwsXml.getFolder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.model.FolderNode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.WellKnownFolder;
import dev.exchangesdk.ews.testing.EwsServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FoldersTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private Mailbox mailbox() {
    return ews.client().mailbox(EwsServer.MAILBOX);
  }

  @Test
  void parsesFolderReferencesTheWayUsersTypeThem() {
    assertThat(FolderRef.parse("Inbox/Phishing").segments()).containsExactly("Inbox", "Phishing");
    assertThat(FolderRef.parse("Inbox\\Phishing")).isEqualTo(FolderRef.path("Inbox/Phishing"));
    assertThat(FolderRef.parse("inbox")).isEqualTo(FolderRef.wellKnown(WellKnownFolder.INBOX));
    assertThat(FolderRef.parse("Junk E-mail").wellKnownFolder())
        .isEqualTo(WellKnownFolder.JUNK_EMAIL);
    assertThat(FolderRef.parse("recoverableitemsdeletions").wellKnownFolder())
        .isEqualTo(WellKnownFolder.RECOVERABLE_ITEMS_DELETIONS);
    String id =
        "AAMkADQwYjI2NmQzLWRjOGItNDcyMC1iMWE2LWZiMWQxZTk0NDA5YwAuAAAAAAD7THPLlZw5QIg6OXUk7V98AQBW56ZK5wEvSplui1kQQWjKAAAAAAEMAAA=";
    assertThat(FolderRef.parse(id)).isEqualTo(FolderRef.id(id));
    assertThat(FolderRef.parse("Sales/EMEA", true).isPublicFolder()).isTrue();
    assertThat(FolderRef.wellKnown(WellKnownFolder.PUBLIC_FOLDERS_ROOT).isPublicFolder()).isTrue();
    assertThatThrownBy(() -> FolderRef.wellKnown("postbox"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getsAFolderById() {
    ews.respondWith("examples/GetFolder-response.xml");

    MailFolder f = mailbox().getFolder(FolderRef.id("AQApA="));

    assertThat(f.displayName()).isEqualTo("Inbox");
    assertThat(ews.takeRequestBody()).contains("<t:FolderId Id=\"AQApA=\"/>");
  }

  @Test
  void readsTheRecordedCalendarFolderSkippingItsRightsAndPermissions() {
    ews.respondWith(
        "exchangelib/test_folder__test_permissionset_effectiverights_parsing__L1215.xml");

    MailFolder f = mailbox().getFolder(FolderRef.id("XXX"));

    assertThat(f)
        .isEqualTo(
            new MailFolder(
                "XXX", "YYY", "ZZZ", "My Calendar", "IPF.Appointment", 1, null, 2, null));
    // getFolder does not need the rights (only the connectivity check asks for them).
    assertThat(ews.takeRequestBody())
        .contains("<t:FolderId Id=\"XXX\"/>")
        .doesNotContain("EffectiveRights");
  }

  @Test
  void takesTheFolderAskedForFromARecordedAnswerListingTwo() {
    // exchangelib's recorded GetFolder answers for public folders list two folders in one message.
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L255.xml");
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L332.xml");

    MailFolder second = mailbox().getFolder(FolderRef.id("2AAAAxEAAAA="));
    MailFolder first = mailbox().getFolder(FolderRef.id("YCCBdofPkCCC="));

    assertThat(second)
        .isEqualTo(
            new MailFolder(
                "2AAAAxEAAAA=",
                "AQAAABYAAABGDloItRzyTrAt+",
                null,
                "Sample Folder",
                "IPF.Note",
                null,
                null,
                null,
                null));
    assertThat(first.displayName()).isEqualTo("Sample Subfolder1");
    assertThat(first.folderClass()).isEqualTo("IPF.Contact");
    assertThat(first.changeKey()).isEqualTo("AwCCCBYAAABGDloItRzyTrAt+");
  }

  @Test
  void refusesAnAnswerListingSeveralFoldersNoneOfThemTheOneAskedFor() {
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L332.xml");
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L255.xml");

    assertThatThrownBy(() -> mailbox().getFolder(FolderRef.id("2BBBBxEAAAA=")))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("GetFolder returned 2 folders for folder")
        .hasMessageContaining("none of them is the one asked for");
    // A well-known name has no id to match: two folders are two guesses.
    assertThatThrownBy(() -> mailbox().getFolder(FolderRef.wellKnown(WellKnownFolder.INBOX)))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("returned 2 folders");
  }

  @Test
  void walksAPathFromTopOfInformationStoreIgnoringCase() {
    ews.respond(findFolders(folder("F1", "ROOT", "Projects", "IPF.Note", 3, 1)));
    ews.respond(findFolders(folder("F2", "F1", "Phishing", "IPF.Note", 7, 0)));
    ews.respond(getFolder(folder("F2", "F1", "Phishing", "IPF.Note", 7, 0)));

    MailFolder f = mailbox().getFolder(FolderRef.path("projects/PHISHING"));

    assertThat(f.id()).isEqualTo("F2");
    assertThat(f.totalCount()).isEqualTo(7);
    assertThat(f.path()).isEqualTo("projects/PHISHING");
    assertThat(ews.takeRequestBody()).contains("<t:DistinguishedFolderId Id=\"msgfolderroot\"/>");
    assertThat(ews.takeRequestBody()).contains("<t:FolderId Id=\"F1\"/>");
    assertThat(ews.takeRequestBody()).contains("<m:GetFolder>").contains("<t:FolderId Id=\"F2\"/>");
  }

  @Test
  void startsAtAWellKnownFolderWhateverItsLocalizedName() {
    ews.respond(findFolders(folder("F9", "IN", "Phishing", "IPF.Note", 1, 0)));
    ews.respond(getFolder(folder("F9", "IN", "Phishing", "IPF.Note", 1, 0)));

    mailbox().getFolder(FolderRef.path("Inbox/Phishing"));

    assertThat(ews.takeRequestBody()).contains("<t:DistinguishedFolderId Id=\"inbox\"/>");
  }

  @Test
  void looksUpAllItemsUnderTheMailboxRoot() {
    ews.respond(findFolders(folder("ALL", "R", "AllItems", "IPF", 1234, 0)));
    ews.respond(getFolder(folder("ALL", "R", "AllItems", "IPF", 1234, 0)));

    MailFolder all = mailbox().getFolder(FolderRef.parse("AllItems"));

    assertThat(all.totalCount()).isEqualTo(1234);
    assertThat(ews.takeRequestBody()).contains("<t:DistinguishedFolderId Id=\"root\"/>");
  }

  @Test
  void namesTheSegmentThatWasNotFound() {
    ews.respond(findFolders(folder("F9", "IN", "Phishing", "IPF.Note", 1, 0)));
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L358.xml");

    assertThatThrownBy(() -> mailbox().getFolder(FolderRef.path("Inbox/Phishing/2024")))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("no folder named '2024' under 'Inbox/Phishing'")
        .hasMessageContaining("soc@contoso.com")
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorFolderNotFound");
  }

  @Test
  void listsTheWholeTreeWithCountsInOneDeepTraversal() {
    ews.respond(getFolder(folder("ROOT", "R0", "Top of Information Store", "IPF.Note", 0, 2)));
    ews.respond(
        findFolders(
            folder("IN", "ROOT", "Inbox", "IPF.Note", 10, 1),
            folder("PH", "IN", "Phishing", "IPF.Note", 4, 0),
            folder("CAL", "ROOT", "Calendar", "IPF.Appointment", 2, 0)));

    FolderNode tree = mailbox().folderTree(FolderRef.wellKnown(WellKnownFolder.MSG_FOLDER_ROOT));

    assertThat(tree.children())
        .extracting(n -> n.folder().displayName())
        .containsExactly("Inbox", "Calendar");
    assertThat(tree.children().get(0).children())
        .singleElement()
        .satisfies(n -> assertThat(n.folder().path()).isEqualTo("Inbox/Phishing"));
    assertThat(tree.flatten()).extracting(MailFolder::totalCount).containsExactly(0, 10, 4, 2);
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<m:FindFolder Traversal=\"Deep\">")
        .contains("MaxEntriesReturned=\"1000\"")
        .contains("<t:FolderId Id=\"ROOT\"/>");
  }

  @Test
  void listsFoldersFlat() {
    ews.respond(getFolder(folder("ROOT", "R0", "Top", "IPF.Note", 0, 1)));
    ews.respondWith("examples/FindFolder-response.xml");

    List<MailFolder> folders =
        mailbox().listFolders(FolderRef.wellKnown(WellKnownFolder.MSG_FOLDER_ROOT));

    assertThat(folders)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.id()).isEqualTo("AQAnAH");
              assertThat(f.changeKey()).isEqualTo("AQAAABY");
              assertThat(f.displayName()).isEqualTo("TestFolder");
              assertThat(f.totalCount()).isZero();
              assertThat(f.unreadCount()).isZero();
              assertThat(f.childFolderCount()).isZero();
            });
  }

  @Test
  void walksPublicFoldersOneLevelAtATime() {
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L197.xml");
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L218.xml");
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L295.xml");

    FolderNode tree =
        mailbox().folderTree(FolderRef.wellKnown(WellKnownFolder.PUBLIC_FOLDERS_ROOT));

    assertThat(tree.flatten())
        .extracting(MailFolder::path)
        .containsExactly(
            "",
            "Sample Contacts",
            "Sample Contacts/Sample Subfolder1",
            "Sample Contacts/Sample Subfolder2",
            "Sample Folder");
    assertThat(ews.takeRequestBody())
        .contains("<t:DistinguishedFolderId Id=\"publicfoldersroot\"/>");
    assertThat(ews.takeRequestBody()).contains("<m:FindFolder Traversal=\"Shallow\">");
    assertThat(ews.takeRequestBody()).contains("<t:FolderId Id=\"2BBBBxEAAAA=\"/>");
    assertThat(ews.requestCount()).isEqualTo(3);
  }

  @Test
  void resolvesAPublicFolderPathFromThePublicFoldersRoot() {
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L218.xml");
    ews.respondWith("exchangelib/test_folder__test_public_folders_root__L295.xml");
    ews.respond(
        getFolder(folder("2DDDDxEAAAA=", "2BBBBxEAAAA=", "Sample Subfolder2", "IPF.Note", 0, 0)));

    MailFolder f =
        mailbox().getFolder(FolderRef.publicFolderPath("Sample Contacts/Sample Subfolder2"));

    assertThat(f.id()).isEqualTo("2DDDDxEAAAA=");
    assertThat(ews.takeRequestBody()).contains("publicfoldersroot");
  }

  @Test
  void mapsTheDocumentedFindFolderError() {
    ews.respondWith("examples/FindFolder-error-response.xml");

    assertThatThrownBy(() -> mailbox().getFolder(FolderRef.path("Projects")))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((ExchangeException) e).errorCode())
        .isEqualTo("ErrorInvalidIdMalformed");
  }
}
