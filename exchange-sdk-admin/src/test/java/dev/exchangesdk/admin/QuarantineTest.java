package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.admin.model.QuarantineExport;
import dev.exchangesdk.admin.model.QuarantineExportRequest;
import dev.exchangesdk.admin.model.QuarantineQuery;
import dev.exchangesdk.admin.model.QuarantineReleaseAction;
import dev.exchangesdk.admin.model.QuarantineReleaseRequest;
import dev.exchangesdk.admin.model.QuarantinedMessage;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QuarantineTest {
  private static final String ID =
      "c14401cf-aa9a-465b-cfd5-08d0f0ca37c5\\\\4c2ca98e-94ea-db3a-7eb8-3b63657d4db7";

  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  private static String message(int n) {
    return "{\"Identity\":\""
        + ID
        + "\",\"MessageId\":\"<m"
        + n
        + "@x>\","
        + "\"SenderAddress\":\"s@example.net\",\"RecipientAddress\":[\"a@contoso.com\"],"
        + "\"RecipientCount\":1,\"Subject\":\"Invoice\",\"ReceivedTime\":\"2026-02-28T10:00:00Z\","
        + "\"Expires\":\"2026-03-30T10:00:00Z\",\"Direction\":\"Inbound\",\"EntityType\":\"Email\","
        + "\"Type\":\"Phish\",\"QuarantineTypes\":\"Phish\",\"PolicyName\":\"Default\","
        + "\"PolicyType\":\"AntiPhishPolicy\",\"ReleaseStatus\":\"NotReleased\",\"Released\":false,"
        + "\"ReleasedBy\":[],\"ReleasedCount\":0,\"Reported\":false,\"Size\":20480,"
        + "\"SystemReleased\":false,\"TagName\":\"Priority Account\","
        + "\"PermissionToAllowSender\":true,\"PermissionToBlockSender\":true,"
        + "\"PermissionToDelete\":true,\"PermissionToDownload\":true,\"PermissionToPreview\":true,"
        + "\"PermissionToRelease\":true,\"PermissionToRequestRelease\":false,"
        + "\"PermissionToViewHeader\":true}";
  }

  private static String messages(int from, int count) {
    List<String> all = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      all.add(message(i));
    }
    return ok(String.join(",", all));
  }

  @Test
  void sendsEveryFilterAndReadsPagesUntilAShortOne() {
    t.enqueue(messages(0, 2));
    t.enqueue(messages(2, 2));
    t.enqueue(messages(4, 1));

    List<QuarantinedMessage> all =
        t
            .client
            .quarantine()
            .list(
                QuarantineQuery.builder()
                    .entityType("Email")
                    .recipientAddress("a@contoso.com")
                    .senderAddress("s@example.net")
                    .teamsConversationTypes("Channel")
                    .direction("Inbound")
                    .domain("contoso.com")
                    .receivedBetween(
                        Instant.parse("2026-02-01T00:00:00Z"),
                        Instant.parse("2026-03-01T00:00:00Z"))
                    .expiresBetween(
                        Instant.parse("2026-03-01T00:00:00Z"),
                        Instant.parse("2026-04-01T00:00:00Z"))
                    .includeMessagesFromBlockedSenderAddress(true)
                    .messageId("<m0@x>")
                    .myItems(true)
                    .pageSize(2)
                    .policyName("Default")
                    .policyTypes("AntiPhishPolicy")
                    .quarantineTypes("Phish", "HighConfPhish")
                    .recipientTag("Priority Account")
                    .releaseStatus("NotReleased")
                    .reported(false)
                    .subject("Invoice")
                    .type("Phish")
                    .build())
            .stream()
            .toList();

    assertThat(all).hasSize(5);
    assertThat(t.nextParameters("Get-QuarantineMessage"))
        .isEqualTo(
            "{\"Direction\":\"Inbound\",\"Domain\":[\"contoso.com\"],"
                + "\"EndExpiresDate\":\"2026-04-01T00:00:00.0000000Z\","
                + "\"EndReceivedDate\":\"2026-03-01T00:00:00.0000000Z\",\"EntityType\":\"Email\","
                + "\"IncludeMessagesFromBlockedSenderAddress\":true,\"MessageId\":\"<m0@x>\","
                + "\"MyItems\":true,\"Page\":1,\"PageSize\":2,\"PolicyName\":\"Default\","
                + "\"PolicyTypes\":[\"AntiPhishPolicy\"],"
                + "\"QuarantineTypes\":[\"Phish\",\"HighConfPhish\"],"
                + "\"RecipientAddress\":[\"a@contoso.com\"],\"RecipientTag\":[\"Priority Account\"],"
                + "\"ReleaseStatus\":[\"NotReleased\"],\"Reported\":false,"
                + "\"SenderAddress\":[\"s@example.net\"],"
                + "\"StartExpiresDate\":\"2026-03-01T00:00:00.0000000Z\","
                + "\"StartReceivedDate\":\"2026-02-01T00:00:00.0000000Z\",\"Subject\":\"Invoice\","
                + "\"TeamsConversationTypes\":[\"Channel\"],\"Type\":\"Phish\"}");
    assertThat(t.nextParameters("Get-QuarantineMessage")).contains("\"Page\":2,");
    assertThat(t.nextParameters("Get-QuarantineMessage")).contains("\"Page\":3,");
    QuarantinedMessage m = all.get(0);
    assertThat(m.identity())
        .isEqualTo("c14401cf-aa9a-465b-cfd5-08d0f0ca37c5\\4c2ca98e-94ea-db3a-7eb8-3b63657d4db7");
    assertThat(m.quarantineTypes()).containsExactly("Phish");
    assertThat(m.size()).isEqualTo(20480L);
    assertThat(m.permissions().release()).isTrue();
    assertThat(m.permissions().requestRelease()).isFalse();
    assertThat(m.receivedTime()).isEqualTo(Instant.parse("2026-02-28T10:00:00Z"));
  }

  @Test
  void carriesEachRequestsWarningsOnItsPage() {
    t.enqueue(
        "{\"@adminapi.warnings\":[\"Some messages could not be read.\"],\"value\":["
            + message(0)
            + "]}");
    t.enqueue(
        "{\"@adminapi.warnings\":[\"Details are limited for this message.\"],\"value\":["
            + message(1)
            + "]}");

    Page<QuarantinedMessage> summary =
        t.client
            .quarantine()
            .list(QuarantineQuery.builder().pageSize(50).build())
            .byPage()
            .iterator()
            .next();
    Page<QuarantinedMessage> details =
        t.client
            .quarantine()
            .list(QuarantineQuery.builder().identity("x\\y").build())
            .byPage()
            .iterator()
            .next();

    assertThat(summary.items()).hasSize(1);
    assertThat(summary.warnings())
        .extracting(CmdletWarning::message)
        .containsExactly("Some messages could not be read.");
    assertThat(details.warnings())
        .extracting(CmdletWarning::message)
        .containsExactly("Details are limited for this message.");
  }

  @Test
  void readsOneMessagesDetailsByIdentity() {
    t.enqueue(messages(0, 1));

    List<QuarantinedMessage> one =
        t
            .client
            .quarantine()
            .list(QuarantineQuery.builder().identity(ID.replace("\\\\", "\\")).build())
            .stream()
            .toList();

    assertThat(one).hasSize(1);
    assertThat(t.nextParameters("Get-QuarantineMessage"))
        .isEqualTo("{\"Identity\":\"" + ID + "\"}");
  }

  @Test
  void exportsAndDecodesTheEmlSendingThePasswordAsPasswordV2() {
    String eml = "From: s@example.net\r\nSubject: Invoice\r\n\r\nhello";
    t.enqueue(
        ok(
            "{\"Identity\":\""
                + ID
                + "\",\"BodyEncoding\":\"Base64\",\"Organization\":\"contoso\","
                + "\"Eml\":\""
                + Base64.getEncoder().encodeToString(eml.getBytes(StandardCharsets.UTF_8))
                + "\"}"));
    char[] password = "S3cret!".toCharArray();

    QuarantineExportRequest request =
        QuarantineExportRequest.builder(ID.replace("\\\\", "\\"), "id2\\x")
            .compressOutput(true)
            .entityType("Email")
            .forceConversionToMime(true)
            .password(password)
            .reasonForExport("IR-42")
            .recipientAddress("a@contoso.com")
            .build();
    List<QuarantineExport> exports = t.client.quarantine().export(request).value();

    assertThat(t.nextParameters("Export-QuarantineMessage"))
        .isEqualTo(
            "{\"Identities\":[\""
                + ID
                + "\",\"id2\\\\x\"],\"Identity\":\""
                + ID
                + "\","
                + "\"CompressOutput\":true,\"EntityType\":\"Email\",\"ForceConversionToMime\":true,"
                + "\"ReasonForExport\":\"IR-42\",\"RecipientAddress\":\"a@contoso.com\","
                + "\"PasswordV2\":\"S3cret!\"}");
    assertThat(new String(exports.get(0).eml(), StandardCharsets.UTF_8)).isEqualTo(eml);
    assertThat(exports.get(0).raw())
        .doesNotContainKey("Eml")
        .containsEntry("Organization", "contoso");
    assertThat(request.toString()).doesNotContain("S3cret!").contains("<redacted>");
    assertThat(request.password()).containsExactly("S3cret!".toCharArray());
  }

  @Test
  void releasesWithEveryInputInTheBody() {
    t.enqueue(ok(""));

    t.client
        .quarantine()
        .release(
            QuarantineReleaseRequest.builder(ID.replace("\\\\", "\\"))
                .releaseToAll(true)
                .allowSender(true)
                .entityType("Email")
                .force(true)
                .reportFalsePositive(true)
                .actionType(QuarantineReleaseAction.RELEASE)
                .build());

    assertThat(t.nextParameters("Release-QuarantineMessage"))
        .isEqualTo(
            "{\"Identity\":\""
                + ID
                + "\",\"ReleaseToAll\":true,\"AllowSender\":true,"
                + "\"EntityType\":\"Email\",\"Force\":true,\"ReportFalsePositive\":true,"
                + "\"ActionType\":\"Release\",\"Confirm\":false}");
  }

  @Test
  void releasesToGivenUsers() {
    t.enqueue(ok(""));

    t.client
        .quarantine()
        .release(QuarantineReleaseRequest.builder("a\\b", "c\\d").users("ann@contoso.com").build());

    assertThat(t.nextParameters("Release-QuarantineMessage"))
        .isEqualTo(
            "{\"Identities\":[\"a\\\\b\",\"c\\\\d\"],\"Identity\":\"a\\\\b\","
                + "\"User\":[\"ann@contoso.com\"],\"Confirm\":false}");
  }

  @Test
  void refusesReleasingToAllAndToUsersAtOnce() {
    assertThatThrownBy(
            () ->
                QuarantineReleaseRequest.builder("a\\b").releaseToAll(true).users("x@y.z").build())
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> QuarantineExportRequest.builder().build())
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> QuarantineQuery.builder().pageSize(1001).build())
        .isInstanceOf(InvalidRequestException.class);
  }
}
