package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.admin.model.DirectoryUser;
import dev.exchangesdk.admin.model.Recipient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DirectoryTest {
  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void listsRecipientsWithTheirFilters() {
    t.enqueue(
        ok(
            "{\"Identity\":\"Sales\",\"Alias\":\"sales\",\"PrimarySmtpAddress\":\"sales@contoso.com\","
                + "\"RecipientType\":\"MailUniversalDistributionGroup\",\"EmailAddresses\":"
                + "\"SMTP:sales@contoso.com\"}"));

    List<Recipient> recipients =
        t
            .client
            .directory()
            .listRecipients(
                DirectoryQuery.builder()
                    .recipientTypeDetails("MailUniversalDistributionGroup")
                    .filter("Name -like 'Sal*'")
                    .limit(5)
                    .build())
            .stream()
            .toList();

    assertThat(t.nextParameters("Get-Recipient"))
        .isEqualTo(
            "{\"RecipientTypeDetails\":[\"MailUniversalDistributionGroup\"],"
                + "\"Filter\":\"Name -like 'Sal*'\",\"ResultSize\":5}");
    assertThat(recipients)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.alias()).isEqualTo("sales");
              assertThat(r.emailAddresses()).containsExactly("SMTP:sales@contoso.com");
            });
  }

  @Test
  void listsUsersByOrganizationalUnit() {
    t.enqueue(
        ok(
            "{\"Identity\":\"ann\",\"UserPrincipalName\":\"ann@contoso.com\",\"AccountDisabled\":"
                + "false,\"IsDirSynced\":true,\"Department\":\"Finance\",\"WhenCreatedUTC\":"
                + "\"2021-05-06T07:08:09.0000000Z\",\"StsRefreshTokensValidFrom\":"
                + "\"2024-01-01T00:00:00.0000000+00:00\",\"SomethingElse\":[1,2]}"));

    List<DirectoryUser> users =
        t
            .client
            .directory()
            .listUsers(DirectoryQuery.builder().organizationalUnit("Finance").build())
            .stream()
            .toList();

    assertThat(t.nextParameters("Get-User"))
        .isEqualTo("{\"OrganizationalUnit\":\"Finance\",\"ResultSize\":\"Unlimited\"}");
    DirectoryUser u = users.get(0);
    assertThat(u.userPrincipalName()).isEqualTo("ann@contoso.com");
    assertThat(u.accountDisabled()).isFalse();
    assertThat(u.isDirSynced()).isTrue();
    assertThat(u.whenCreated()).isEqualTo(Instant.parse("2021-05-06T07:08:09Z"));
    assertThat(u.stsRefreshTokensValidFrom()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(u.raw()).containsEntry("SomethingElse", List.of(1L, 2L));
  }
}
