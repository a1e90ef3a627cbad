package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.AuditBypassAssociation;
import dev.exchangesdk.admin.model.CasMailbox;
import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.admin.model.Mailbox;
import dev.exchangesdk.admin.model.MailboxPermission;
import dev.exchangesdk.admin.model.MailboxPropertySet;
import dev.exchangesdk.admin.model.RecipientPermission;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MailboxesTest {
  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void readsTheCapturedGetMailboxResponseIntoTypedFields() {
    t.enqueue(AdminTestServer.capturedBody("invokecommand-get-mailbox.response.http"));

    Mailbox m = t.client.mailboxes().get("user@contoso.com");

    assertThat(t.nextParameters("Get-Mailbox")).isEqualTo("{\"Identity\":\"user@contoso.com\"}");
    assertThat(m.guid()).isEqualTo("00000000-0000-0000-0000-000000000003");
    assertThat(m.identity()).isEqualTo("user");
    assertThat(m.primarySmtpAddress()).isEqualTo("user@contoso.com");
    assertThat(m.userPrincipalName()).isEqualTo("user@contoso.com");
    assertThat(m.externalDirectoryObjectId()).isEqualTo("00000000-0000-0000-0000-000000000001");
    assertThat(m.exchangeObjectId()).isEqualTo("00000000-0000-0000-0000-000000000002");
    assertThat(m.recipientTypeDetails()).isEqualTo("UserMailbox");
    assertThat(m.emailAddresses())
        .containsExactly(
            "smtp:user@contoso.onmicrosoft.com", "SIP:user@contoso.com", "SMTP:user@contoso.com");
    assertThat(m.forwardingSmtpAddress()).isEqualTo("smtp:someone@example.net");
    assertThat(m.forwardingAddress()).isNull();
    assertThat(m.deliverToMailboxAndForward()).isTrue();
    assertThat(m.forwards()).isTrue();
    assertThat(m.whenChanged()).isEqualTo(Instant.parse("2024-04-10T08:56:22Z"));
    assertThat(m.raw())
        .containsEntry("ProhibitSendQuota", "99 GB (106,300,440,576 bytes)")
        .containsEntry("ForwardingAddress", null)
        .doesNotContainKey("DatabaseGuid@odata.type");
  }

  @Test
  void sendsEveryFilterThePackForgotAndSelectsThePropertySets() {
    t.enqueue(ok(""));

    t
        .client
        .mailboxes()
        .list(
            DirectoryQuery.builder()
                .organizationalUnit("contoso.onmicrosoft.com/Sales")
                .primarySmtpAddress("o'brien@contoso.com")
                .userPrincipalName("obrien@contoso.com")
                .recipientTypeDetails("UserMailbox", "SharedMailbox")
                .limit(10)
                .build(),
            MailboxPropertySet.QUOTA)
        .stream()
        .toList();

    RecordedRequest r = t.take();
    assertThat(AdminTestServer.parameters(r, "Get-Mailbox"))
        .isEqualTo(
            "{\"OrganizationalUnit\":\"contoso.onmicrosoft.com/Sales\","
                + "\"RecipientTypeDetails\":[\"UserMailbox\",\"SharedMailbox\"],"
                + "\"Filter\":\"(PrimarySmtpAddress -eq 'o''brien@contoso.com') -and"
                + " (UserPrincipalName -eq 'obrien@contoso.com')\",\"ResultSize\":10}");
    String select = r.getUrl().queryParameter("$select");
    assertThat(List.of(select.split(",")))
        .contains("Guid", "PrimarySmtpAddress", "ForwardingSmtpAddress", "Alias")
        .doesNotContain("OrganizationId")
        .contains("ProhibitSendQuota", "IssueWarningQuota")
        .doesNotHaveDuplicates();
  }

  @Test
  void selectsNothingForThePropertySetAllAndSendsUnlimitedWithoutALimit() {
    t.enqueue(ok(""));

    t.client.mailboxes().list(DirectoryQuery.all(), MailboxPropertySet.ALL).stream().toList();

    RecordedRequest r = t.take();
    assertThat(AdminTestServer.parameters(r, "Get-Mailbox"))
        .isEqualTo("{\"ResultSize\":\"Unlimited\"}");
    assertThat(r.getUrl().queryParameter("$select")).isNull();
  }

  @Test
  void listsCasMailboxesAndRefusesAFilterTheCmdletLacks() {
    t.enqueue(
        ok(
            "{\"Identity\":\"ann\",\"PrimarySmtpAddress\":\"ann@contoso.com\",\"EwsEnabled\":false,"
                + "\"OWAEnabled\":true,\"PopEnabled\":false,\"ImapEnabled\":false,"
                + "\"MAPIEnabled\":true,\"ActiveSyncEnabled\":true,\"ECPEnabled\":true}"));

    List<CasMailbox> cas =
        t.client.mailboxes().listCasMailboxes(DirectoryQuery.identity("ann")).stream().toList();

    assertThat(t.nextParameters("Get-CASMailbox"))
        .isEqualTo("{\"Identity\":\"ann\",\"ResultSize\":\"Unlimited\"}");
    assertThat(cas)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.ewsEnabled()).isFalse();
              assertThat(c.owaEnabled()).isTrue();
            });
    assertThatThrownBy(
            () ->
                t.client
                    .mailboxes()
                    .listCasMailboxes(
                        DirectoryQuery.builder().recipientTypeDetails("UserMailbox").build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("RecipientTypeDetails");
  }

  @Test
  void listsMailboxPermissions() {
    t.enqueue(
        ok(
            "{\"Identity\":\"ann\",\"User\":\"NT AUTHORITY\\\\SELF\",\"AccessRights\":"
                + "[\"FullAccess\",\"ReadPermission\"],\"Deny\":false,\"InheritanceType\":\"All\","
                + "\"IsInherited\":false}"));

    List<MailboxPermission> perms =
        t.client.mailboxes().listPermissions("ann@contoso.com").stream().toList();

    assertThat(t.nextParameters("Get-MailboxPermission"))
        .isEqualTo("{\"Identity\":\"ann@contoso.com\",\"ResultSize\":\"Unlimited\"}");
    assertThat(perms)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.user()).isEqualTo("NT AUTHORITY\\SELF");
              assertThat(p.accessRights()).containsExactly("FullAccess", "ReadPermission");
              assertThat(p.deny()).isFalse();
            });
  }

  @Test
  void normalisesRecipientAccessRightsWhetherNamesOrFlags() {
    t.enqueue(AdminTestServer.resource("recipientpermission-response.json"));
    t.enqueue(
        ok(
            "{\"Identity\":\"b\",\"Trustee\":\"x@contoso.com\",\"AccessRights\":1},"
                + "{\"Identity\":\"c\",\"Trustee\":\"y@contoso.com\",\"AccessRights\":[1]}"));

    List<RecipientPermission> fromSample =
        t.client.mailboxes().listRecipientPermissions("test01", null, 10).stream().toList();
    List<RecipientPermission> fromFlags =
        t.client.mailboxes().listRecipientPermissions(null, "x@contoso.com", 0).stream().toList();

    assertThat(t.nextParameters("Get-RecipientPermission"))
        .isEqualTo("{\"Identity\":\"test01\",\"ResultSize\":10}");
    assertThat(t.nextParameters("Get-RecipientPermission"))
        .isEqualTo("{\"Trustee\":\"x@contoso.com\",\"ResultSize\":\"Unlimited\"}");
    assertThat(fromSample)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.trustee()).isEqualTo("user@contoso.com");
              assertThat(p.accessControlType()).isEqualTo("Allow");
              assertThat(p.accessRights()).containsExactly("SendAs");
            });
    assertThat(fromFlags)
        .extracting(RecipientPermission::accessRights)
        .containsExactly(List.of("SendAs"), List.of("SendAs"));
  }

  @Test
  void filtersAuditBypassAssociationsToBypassedAccounts() {
    t.enqueue(
        ok(
            "{\"Identity\":\"svc-backup\",\"AuditBypassEnabled\":true,"
                + "\"WhenChangedUTC\":\"2025-01-02T03:04:05Z\"},"
                + "{\"Identity\":\"ann\",\"AuditBypassEnabled\":false}"));

    List<AuditBypassAssociation> bypassed =
        t.client.mailboxes().listAuditBypassAssociations(null, 10, true).stream().toList();

    assertThat(t.nextParameters("Get-MailboxAuditBypassAssociation"))
        .isEqualTo("{\"ResultSize\":10}");
    assertThat(bypassed).extracting(AuditBypassAssociation::identity).containsExactly("svc-backup");
    assertThat(bypassed.get(0).whenChanged()).isEqualTo(Instant.parse("2025-01-02T03:04:05Z"));
  }

  @Test
  void disablesForwardingWithExplicitNulls() {
    t.enqueue(ok(""));

    AdminResult<Void> r = t.client.mailboxes().disableForwarding("ann@contoso.com");

    assertThat(r.hasWarnings()).isFalse();
    assertThat(t.nextParameters("Set-Mailbox"))
        .isEqualTo(
            "{\"Identity\":\"ann@contoso.com\",\"ForwardingAddress\":null,"
                + "\"ForwardingSmtpAddress\":null,\"DeliverToMailboxAndForward\":false,"
                + "\"Confirm\":false}");
  }

  @Test
  void reportsAMissingMailboxAsNotFound() {
    t.enqueue(404, AdminTestServer.resource("error-404-object-not-found.json"));

    assertThatThrownBy(() -> t.client.mailboxes().get("x@contoso.onmicrosoft.com"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("couldn't be found");
  }

  @Test
  void refusesABlankIdentityBeforeSending() {
    assertThatThrownBy(() -> t.client.mailboxes().disableForwarding(" "))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(t.server.getRequestCount()).isZero();
  }
}
