package dev.exchangesdk.ews;

import static dev.exchangesdk.ews.testing.EwsXml.error;
import static dev.exchangesdk.ews.testing.EwsXml.findFolders;
import static dev.exchangesdk.ews.testing.EwsXml.folder;
import static dev.exchangesdk.ews.testing.EwsXml.folderWithReadRight;
import static dev.exchangesdk.ews.testing.EwsXml.getFolder;
import static dev.exchangesdk.ews.testing.EwsXml.response;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.ews.model.AccessReport;
import dev.exchangesdk.ews.model.AccessReport.Check;
import dev.exchangesdk.ews.model.AccessReport.Outcome;
import dev.exchangesdk.ews.model.AccessReport.Step;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.testing.EwsServer;
import dev.exchangesdk.ews.testing.Fixtures;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VerifyAccessTest {
  @RegisterExtension final EwsServer ews = new EwsServer();

  private static final String EFFECTIVE_RIGHTS =
      "exchangelib/test_folder__test_permissionset_effectiverights_parsing__L1215.xml";

  private static String root() {
    return getFolder(
        folderWithReadRight("ROOT", null, "Top of Information Store", "IPF.Note", 0, 12, true));
  }

  private static List<Outcome> outcomes(AccessReport r) {
    return r.checks().stream().map(Check::outcome).toList();
  }

  @Test
  void passesEveryStepAndFindsTheFolder() {
    ews.respond(root());
    ews.respond(findFolders(folder("PHISH", "INBOX", "Phishing", "IPF.Note", 7, 0)));
    ews.respond(
        getFolder(folderWithReadRight("PHISH", "INBOX", "Phishing", "IPF.Note", 7, 0, true)));

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX, FolderRef.path("Inbox/Phishing"));

    assertThat(r.ok()).isTrue();
    assertThat(r.checks()).extracting(Check::step).containsExactly(Step.values());
    assertThat(outcomes(r)).containsOnly(Outcome.PASSED);
    assertThat(r.checks().get(4).detail())
        .isEqualTo("read 'Top of Information Store' of " + EwsServer.MAILBOX);
    assertThat(r.checks().get(5).detail()).isEqualTo("found 'Phishing' with 7 items");
    assertThat(r.toString()).contains("PASSED").doesNotContain("token-1");
    assertThat(ews.takeRequestBody())
        .contains("<t:DistinguishedFolderId Id=\"msgfolderroot\"/>")
        .contains("<t:FieldURI FieldURI=\"folder:EffectiveRights\"/>");
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<t:FolderId Id=\"PHISH\"/>")
        .contains("<t:FieldURI FieldURI=\"folder:EffectiveRights\"/>");
  }

  @Test
  void failsTheMailboxStepWhenTheRootsEffectiveRightsDenyReading() {
    ews.respond(
        getFolder(
            folderWithReadRight(
                "ROOT", null, "Top of Information Store", "IPF.Note", 0, 12, false)));

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX, FolderRef.path("Inbox/Phishing"));

    assertThat(r.ok()).isFalse();
    Check failed = r.failure().orElseThrow();
    assertThat(failed.step()).isEqualTo(Step.MAILBOX_ACCESS);
    assertThat(failed.detail())
        .contains("'Top of Information Store' of " + EwsServer.MAILBOX)
        .contains("EffectiveRights/Read is false");
    assertThat(failed.hint()).contains("full_access_as_app").contains("Add-MailboxPermission");
    assertThat(failed.error())
        .isInstanceOf(AccessDeniedException.class)
        .extracting(e -> ((AccessDeniedException) e).missingPermission())
        .asString()
        .contains("full_access_as_app");
    assertThat(failed.error().errorCode()).isEqualTo("NoReadRight");
    assertThat(outcomes(r))
        .containsExactly(
            Outcome.PASSED,
            Outcome.PASSED,
            Outcome.PASSED,
            Outcome.PASSED,
            Outcome.FAILED,
            Outcome.SKIPPED);
    assertThat(ews.requestCount()).isEqualTo(1);
  }

  @Test
  void readsTheRecordedEffectiveRightsOfTheFolderAskedFor() {
    ews.respond(root());
    ews.respondWith(EFFECTIVE_RIGHTS);

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX, FolderRef.id("XXX"));

    assertThat(r.ok()).isTrue();
    assertThat(r.checks().get(5).detail()).isEqualTo("found 'My Calendar' with 1 items");
    ews.takeRequest();
    assertThat(ews.takeRequestBody())
        .contains("<t:FolderId Id=\"XXX\"/>")
        .contains("<t:FieldURI FieldURI=\"folder:EffectiveRights\"/>");
  }

  @Test
  void failsTheFolderStepWhenTheRecordedEffectiveRightsDenyReading() {
    ews.respond(root());
    ews.respond(
        Fixtures.ews(EFFECTIVE_RIGHTS).replace("<t:Read>true</t:Read>", "<t:Read>false</t:Read>"));

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX, FolderRef.id("XXX"));

    Check failed = r.failure().orElseThrow();
    assertThat(failed.step()).isEqualTo(Step.FOLDER);
    assertThat(failed.detail())
        .contains("folder 'My Calendar' of " + EwsServer.MAILBOX)
        .contains("EffectiveRights/Read is false");
    assertThat(failed.hint()).contains("Add-MailboxFolderPermission");
    assertThat(failed.error()).isInstanceOf(AccessDeniedException.class);
    assertThat(r.checks().get(4).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void saysSoWhenTheServerLeavesTheRightsOut() {
    ews.respond(getFolder(folder("ROOT", null, "Top of Information Store", "IPF.Note", 0, 12)));

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX, null);

    assertThat(r.ok()).isTrue();
    assertThat(r.checks().get(4).detail())
        .isEqualTo(
            "read 'Top of Information Store' of "
                + EwsServer.MAILBOX
                + " (the server did not report its effective rights)");
  }

  @Test
  void skipsTheFolderWhenNoneIsAskedFor() {
    ews.respond(root());

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX, null);

    assertThat(r.ok()).isTrue();
    assertThat(r.checks().get(5).outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void namesTheTokenStepWhenNoTokenCanBeHad() {
    EwsClient client =
        ews.clientBuilder()
            .credential(
                scopes -> {
                  throw new AuthenticationException(
                      "AADSTS700027: Client assertion failed signature validation.",
                      400,
                      "AADSTS700027",
                      null,
                      "upload the certificate to the app registration",
                      null);
                })
            .build();

    AccessReport r = client.verifyAccess(EwsServer.MAILBOX);

    assertThat(r.ok()).isFalse();
    assertThat(r.failure().orElseThrow().step()).isEqualTo(Step.TOKEN);
    assertThat(r.failure().get().detail()).contains("AADSTS700027");
    assertThat(r.failure().get().hint())
        .isEqualTo("upload the certificate to the app registration");
    assertThat(outcomes(r).subList(1, 6)).containsOnly(Outcome.SKIPPED);
    assertThat(ews.requestCount()).isZero();
  }

  @Test
  void namesTheEndpointWhenNothingAnswers() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    EwsClient client =
        ews.clientBuilder()
            .endpoint(URI.create("http://127.0.0.1:" + port + "/EWS/Exchange.asmx"))
            .httpOptions(
                HttpOptions.builder()
                    .retry(RetryOptions.builder().maxAttempts(1).build())
                    .sleeper(ews.sleeps()::add)
                    .build())
            .build();

    AccessReport r = client.verifyAccess(EwsServer.MAILBOX);

    assertThat(r.failure().orElseThrow().step()).isEqualTo(Step.ENDPOINT);
    assertThat(r.failure().get().hint()).contains("firewall");
    assertThat(outcomes(r))
        .containsExactly(
            Outcome.PASSED,
            Outcome.FAILED,
            Outcome.SKIPPED,
            Outcome.SKIPPED,
            Outcome.SKIPPED,
            Outcome.SKIPPED);
  }

  @Test
  void namesTheEndpointWhenSomethingElseAnswers() {
    ews.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX);

    assertThat(r.failure().orElseThrow().step()).isEqualTo(Step.ENDPOINT);
    assertThat(r.failure().get().detail()).contains("404");
  }

  @Test
  void namesTheRejectedTokenAndThePermissionToGrant() {
    ews.enqueue(new MockResponse.Builder().code(401).build());
    ews.enqueue(new MockResponse.Builder().code(401).build());

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX);

    assertThat(r.failure().orElseThrow().step()).isEqualTo(Step.TOKEN_ACCEPTED);
    assertThat(r.failure().get().hint()).contains("full_access_as_app");
    assertThat(r.checks().get(1).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void namesTheTenantsEwsSwitchOn403() {
    ews.enqueue(new MockResponse.Builder().code(403).body("").build());

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX);

    assertThat(r.failure().orElseThrow().step()).isEqualTo(Step.EWS_ENABLED);
    assertThat(r.failure().get().error()).isInstanceOf(EwsDisabledException.class);
    assertThat(r.failure().get().hint()).contains("EWSEnabled").contains("EWSAllowedAppIDs");
  }

  @Test
  void namesTheMailboxAndTheAccessPolicyWhenImpersonationIsRefused() {
    ews.respond(
        response(
            "GetFolder",
            error(
                "GetFolder",
                "ErrorImpersonateUserDenied",
                "The account does not have permission to impersonate the requested user.")));

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX);

    Check failed = r.failure().orElseThrow();
    assertThat(failed.step()).isEqualTo(Step.MAILBOX_ACCESS);
    assertThat(failed.detail()).contains("permission to impersonate");
    assertThat(failed.hint()).contains("New-ApplicationAccessPolicy");
    assertThat(r.toString()).contains("FAILED  MAILBOX_ACCESS").contains("hint:");
  }

  @Test
  void namesTheFolderSegmentThatIsMissing() {
    ews.respond(root());
    ews.respond(findFolders(folder("X", "INBOX", "Other", "IPF.Note", 0, 0)));

    AccessReport r = ews.client().verifyAccess(EwsServer.MAILBOX, FolderRef.path("Inbox/Phishing"));

    Check failed = r.failure().orElseThrow();
    assertThat(failed.step()).isEqualTo(Step.FOLDER);
    assertThat(failed.detail()).contains("'Phishing'");
    assertThat(failed.hint()).contains("well-known");
    assertThat(r.checks().get(4).outcome()).isEqualTo(Outcome.PASSED);
  }
}
