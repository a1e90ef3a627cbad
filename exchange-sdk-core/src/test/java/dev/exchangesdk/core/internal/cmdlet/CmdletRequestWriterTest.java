package dev.exchangesdk.core.internal.cmdlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.core.internal.http.Redaction;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CmdletRequestWriterTest {
  private enum ListType {
    Sender,
    FileHash
  }

  private static String parametersOf(CmdletRequest request) {
    String body = CmdletRequestWriter.body(request).utf8();
    String prefix =
        "{\"CmdletInput\":{\"CmdletName\":\"" + request.cmdletName() + "\",\"Parameters\":";
    assertThat(body).startsWith(prefix).endsWith("}}");
    return body.substring(prefix.length(), body.length() - 2);
  }

  @Test
  void keepsExplicitNullsSoClearingAPropertyIsNotANoOp() {
    CmdletRequest r =
        CmdletRequest.builder("Set-Mailbox")
            .param("Identity", "ann@contoso.com")
            .param("ForwardingAddress", null)
            .param("ForwardingSmtpAddress", null)
            .param("DeliverToMailboxAndForward", false)
            .build();

    assertThat(parametersOf(r))
        .isEqualTo(
            "{\"Identity\":\"ann@contoso.com\",\"ForwardingAddress\":null,"
                + "\"ForwardingSmtpAddress\":null,\"DeliverToMailboxAndForward\":false,"
                + "\"Confirm\":false}");
  }

  @Test
  void omitsUnsetOptionalParameters() {
    CmdletRequest r =
        CmdletRequest.builder("Get-Recipient")
            .paramIfSet("Identity", null)
            .listIfSet("RecipientTypeDetails", List.of())
            .switchIf("IncludeSoftDeletedRecipients", false)
            .addRemove("BlockedSendersAndDomains", List.of(), null)
            .build();

    assertThat(parametersOf(r)).isEqualTo("{}");
  }

  @Test
  void sendsSwitchesAsTrueAndEnumsByName() {
    CmdletRequest r =
        CmdletRequest.builder("Get-TenantAllowBlockListItems")
            .param("ListType", ListType.FileHash)
            .switchIf("Block", true)
            .build();

    assertThat(parametersOf(r)).isEqualTo("{\"ListType\":\"FileHash\",\"Block\":true}");
  }

  @Test
  void sendsAOneElementListAsAnArray() {
    CmdletRequest r =
        CmdletRequest.builder("Remove-TenantAllowBlockListItems")
            .listIfSet("Ids", List.of("RgAAAAAI8gSy"))
            .param("Entries", new String[] {"a.example"})
            .build();

    assertThat(parametersOf(r))
        .isEqualTo("{\"Ids\":[\"RgAAAAAI8gSy\"],\"Entries\":[\"a.example\"]}");
  }

  @Test
  void sendsAddRemoveEditsAsGenericHashTables() {
    CmdletRequest r =
        CmdletRequest.builder("Set-MailboxJunkEmailConfiguration")
            .param("Identity", "ann@contoso.com")
            .addRemove("BlockedSendersAndDomains", List.of("spam.example"), List.of())
            .addRemove(
                "TrustedSendersAndDomains", List.of("partner.example"), List.of("old.example"))
            .build();

    assertThat(parametersOf(r))
        .isEqualTo(
            "{\"Identity\":\"ann@contoso.com\",\"BlockedSendersAndDomains\":"
                + "{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Add\":[\"spam.example\"]},"
                + "\"TrustedSendersAndDomains\":{\"@odata.type\":\"#Exchange.GenericHashTable\","
                + "\"Add\":[\"partner.example\"],\"Remove\":[\"old.example\"]},\"Confirm\":false}");
  }

  @Test
  void sendsAnyMapValueAsAHashTableKeepingNulls() {
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("Key", null);
    table.put("Nested", Map.of("X", 1));

    assertThat(parametersOf(CmdletRequest.builder("Get-Thing").param("T", table).build()))
        .isEqualTo(
            "{\"T\":{\"@odata.type\":\"#Exchange.GenericHashTable\",\"Key\":null,"
                + "\"Nested\":{\"@odata.type\":\"#Exchange.GenericHashTable\",\"X\":1}}}");
  }

  @Test
  void sendsDateTimesAsUtcWithSevenFractionDigits() {
    CmdletRequest r =
        CmdletRequest.builder("Get-MessageTraceV2")
            .param("StartDate", Instant.parse("2025-06-13T08:00:00Z"))
            .param(
                "EndDate",
                OffsetDateTime.of(2025, 6, 15, 10, 30, 5, 123_456_700, ZoneOffset.ofHours(2)))
            .build();

    assertThat(parametersOf(r))
        .isEqualTo(
            "{\"StartDate\":\"2025-06-13T08:00:00.0000000Z\","
                + "\"EndDate\":\"2025-06-15T08:30:05.1234567Z\"}");
  }

  @Test
  void sendsDurationsAsTimeSpans() {
    CmdletRequest r =
        CmdletRequest.builder("Set-Mailbox")
            .param("AuditLogAgeLimit", Duration.ofDays(90))
            .param("RetainDeletedItemsFor", Duration.ofHours(5).plusMinutes(4).plusSeconds(3))
            .confirm(false)
            .build();

    assertThat(parametersOf(r))
        .isEqualTo("{\"AuditLogAgeLimit\":\"90.00:00:00\",\"RetainDeletedItemsFor\":\"05:04:03\"}");
  }

  @Test
  void sendsUnlimitedForANonPositiveResultSize() {
    assertThat(parametersOf(CmdletRequest.builder("Get-Mailbox").resultSize(0).build()))
        .isEqualTo("{\"ResultSize\":\"Unlimited\"}");
    assertThat(parametersOf(CmdletRequest.builder("Get-Mailbox").resultSize(-1).build()))
        .isEqualTo("{\"ResultSize\":\"Unlimited\"}");
    assertThat(parametersOf(CmdletRequest.builder("Get-Mailbox").resultSize(10).build()))
        .isEqualTo("{\"ResultSize\":10}");
  }

  @Test
  void sendsBigNumbersAndGuidsExactly() {
    UUID id = UUID.fromString("c20e0f7a-f06b-41df-fe33-08d9da155ac1");
    CmdletRequest r =
        CmdletRequest.builder("Get-Thing")
            .param("Rule", new BigInteger("18446744073709551615"))
            .param("MessageTraceId", id)
            .build();

    assertThat(parametersOf(r))
        .isEqualTo(
            "{\"Rule\":18446744073709551615,"
                + "\"MessageTraceId\":\"c20e0f7a-f06b-41df-fe33-08d9da155ac1\"}");
  }

  @Test
  void refusesValuesThatHaveNoCmdletForm() {
    CmdletRequest r = CmdletRequest.builder("Get-Thing").param("When", new Object()).build();

    assertThatThrownBy(() -> CmdletRequestWriter.body(r))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("Parameter When of Get-Thing");
  }

  @Test
  void sendsConfirmFalseOnWritesButNotOnReadsOrTheAllowBlockList() {
    assertThat(CmdletRequest.builder("Remove-InboxRule").build().parameters())
        .containsEntry("Confirm", false);
    assertThat(CmdletRequest.builder("Get-InboxRule").build().parameters())
        .doesNotContainKey("Confirm");
    assertThat(CmdletRequest.builder("New-TenantAllowBlockListItems").build().parameters())
        .doesNotContainKey("Confirm");
    assertThat(CmdletRequest.builder("Set-Mailbox").param("Confirm", true).build().parameters())
        .containsEntry("Confirm", true);
  }

  @Test
  void classifiesCreationAndRemovalAsNotIdempotent() {
    for (String c : Set.of("New-TransportRule", "Remove-InboxRule", "Release-QuarantineMessage")) {
      assertThat(CmdletRequest.builder(c).build().idempotency())
          .as(c)
          .isEqualTo(Idempotency.NOT_IDEMPOTENT);
    }
    for (String c :
        Set.of("Get-Mailbox", "Set-Mailbox", "Disable-InboxRule", "Enable-TransportRule")) {
      assertThat(CmdletRequest.builder(c).build().idempotency())
          .as(c)
          .isEqualTo(Idempotency.IDEMPOTENT);
    }
  }

  @Test
  void redactsPasswordParametersFromLoggedBodies() {
    String body =
        CmdletRequestWriter.body(
                CmdletRequest.builder("Export-QuarantineMessage")
                    .param("Identity", "a\\b")
                    .param("PasswordV2", "S3cret!")
                    .build())
            .utf8();

    assertThat(body).contains("\"PasswordV2\":\"S3cret!\"");
    assertThat(Redaction.text(body))
        .doesNotContain("S3cret!")
        .contains("\"PasswordV2\":\"<redacted>\"");
  }

  @Test
  void routesOnlyBySmtpAddresses() {
    assertThat(
            CmdletRequest.builder("Get-InboxRule").anchorMailbox("a@b.com").build().anchorMailbox())
        .isEqualTo("a@b.com");
    assertThat(CmdletRequest.builder("Get-InboxRule").anchorMailbox("ann").build().anchorMailbox())
        .isNull();
  }
}
