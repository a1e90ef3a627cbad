package dev.exchangesdk.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.model.JunkEmailChanges;
import dev.exchangesdk.compliance.ComplianceClient;
import dev.exchangesdk.compliance.PurgeConfirmation;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport;
import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.EwsDisabledException;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.DownloadedAttachment;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.testkit.Endpoint;
import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;
import dev.exchangesdk.testkit.ServerBusyForm;
import dev.exchangesdk.testkit.model.ItemInfo;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's real clients against FakeExchange over HTTPS, authenticating with a certificate the
 * fake verifies: proves the two speak the same protocols end to end.
 */
class SdkClientsInteropTest {
  private static final char[] PASSWORD = "interop-Passw0rd".toCharArray();

  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private FakeExchange fake;
  private HttpOptions http;
  private CertificateCredential credential;

  @BeforeEach
  void start() {
    fake = FakeExchange.builder().seed(Seed.DEMO).start();
    http = fake.httpOptions().toBuilder().sleeper(waits::add).build();
    GeneratedCertificate certificate =
        SelfSignedCertificates.builder().commonName("interop").create(PASSWORD);
    String clientId = UUID.randomUUID().toString();
    fake.registerApplication(clientId, certificate.certificate());
    credential =
        CertificateCredential.builder()
            .tenant(fake.tenant())
            .clientId(clientId)
            .pfxBase64(certificate.pfxBase64(), PASSWORD)
            .environment(fake.environment())
            .httpOptions(http)
            .build();
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private ExchangeAdminClient admin() {
    return ExchangeAdminClient.builder()
        .credential(credential)
        .tenant(fake.tenant())
        .environment(fake.environment())
        .httpOptions(http)
        .build();
  }

  private EwsClient ews() {
    return EwsClient.builder()
        .environment(fake.environment())
        .httpOptions(http)
        .credential(credential)
        .build();
  }

  @Test
  void ewsFindsTheSeededPhishAndDownloadsItsAttachmentWithTheRightHash() throws Exception {
    ItemInfo seeded =
        fake.mailbox("bob@contoso.com").allItems().stream()
            .filter(i -> i.attachmentNames().contains("Payment_Portal.html"))
            .findFirst()
            .orElseThrow();

    MailItem item =
        ews()
            .mailbox("bob@contoso.com")
            .findItems(
                FolderRef.path(seeded.folderPath()),
                ItemQuery.builder().internetMessageId(seeded.internetMessageId()).build())
            .stream()
            .findFirst()
            .orElseThrow();
    MailItem full = ews().mailbox("bob@contoso.com").getItem(item.id());
    AttachmentInfo html =
        full.attachments().stream()
            .filter(a -> a.name().equals("Payment_Portal.html"))
            .findFirst()
            .orElseThrow();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DownloadedAttachment downloaded =
        ews().mailbox("bob@contoso.com").downloadAttachment(html.id(), bytes);

    assertThat(full.subject()).isEqualTo(seeded.subject());
    assertThat(downloaded.size()).isEqualTo(bytes.size()).isPositive();
    assertThat(downloaded.sha256())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray())));
  }

  @Test
  void mailSentThroughEwsArrivesAndIsTraced() {
    ews()
        .mailbox("alice@contoso.com")
        .sendMail(
            OutgoingMessage.builder()
                .to("bob@contoso.com")
                .subject("Interop hello")
                .textBody("sent by the SDK")
                .build());

    assertThat(fake.mailbox("bob@contoso.com").items("Inbox"))
        .extracting(ItemInfo::subject)
        .contains("Interop hello");
    assertThat(fake.messageTrace())
        .anySatisfy(r -> assertThat(r.toString()).contains("Interop hello"));
  }

  @Test
  void ewsWaitsOutThrottlingInBothFormsThenSucceeds() {
    fake.faults().ewsServerBusy(1, Duration.ofMillis(1500), ServerBusyForm.SOAP_FAULT);
    fake.faults().ewsServerBusy(1, Duration.ofMillis(2500), ServerBusyForm.RESPONSE_MESSAGE);

    assertThat(
            ews().mailbox("soc@contoso.com").getFolder(FolderRef.wellKnown("inbox")).displayName())
        .isEqualTo("Inbox");
    assertThat(waits).contains(Duration.ofMillis(1500), Duration.ofMillis(2500));
  }

  @Test
  void aTenantWithEwsDisabledGivesTheTypedError() {
    fake.faults().ewsDisabled(true);

    assertThatThrownBy(
            () -> ews().mailbox("soc@contoso.com").getFolder(FolderRef.wellKnown("inbox")))
        .isInstanceOf(EwsDisabledException.class)
        .hasMessageContaining("EWSAllowedAppIDs");
  }

  @Test
  void anUnregisteredCertificateIsRefusedWithItsAadstsCode() {
    GeneratedCertificate stranger =
        SelfSignedCertificates.builder().commonName("stranger").create(PASSWORD);
    CertificateCredential unknown =
        CertificateCredential.builder()
            .tenant(fake.tenant())
            .clientId(UUID.randomUUID().toString())
            .pfxBase64(stranger.pfxBase64(), PASSWORD)
            .environment(fake.environment())
            .httpOptions(http)
            .build();

    assertThatThrownBy(() -> unknown.getToken(fake.environment().exchangeScopes()))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.errorCode()).startsWith("AADSTS"));
  }

  @Test
  void adminClientReadsAndChangesTheFakesState() {
    ExchangeAdminClient admin = admin();

    assertThat(admin.checkConnectivity().ok()).isTrue();
    admin
        .junkEmail()
        .update(
            "alice@contoso.com", JunkEmailChanges.builder().blockSenders("spam.example").build());
    admin.mailboxes().disableForwarding("bob@contoso.com");

    assertThat(fake.mailbox("alice@contoso.com").blockedSenders()).contains("spam.example");
    assertThat(fake.mailbox("bob@contoso.com").forwardingSmtpAddress()).isNull();
    assertThat(admin.inboxRules().list("bob@contoso.com", 50))
        .anySatisfy(r -> assertThat(r.name()).isEqualTo("Forward to personal"));
    assertThat(admin.junkEmail().get("alice@contoso.com").blockedSendersAndDomains())
        .contains("spam.example");
  }

  @Test
  void complianceSearchAndPurgeRemovesThePhishFromEveryMailbox() {
    ItemInfo phish =
        fake.mailbox("bob@contoso.com").allItems().stream()
            .filter(i -> i.attachmentNames().contains("Payment_Portal.html"))
            .findFirst()
            .orElseThrow();
    String messageId = phish.internetMessageId();
    int copiesBefore = copiesOf(messageId);
    ComplianceClient compliance =
        ComplianceClient.builder()
            .credential(credential)
            .tenant(fake.tenant())
            .environment(fake.environment())
            .httpOptions(http)
            .build();

    SearchAndPurgeReport report =
        compliance.searchAndPurgeByMessageId(messageId, PurgeConfirmation.confirmed());

    assertThat(copiesBefore).isPositive();
    assertThat(report.outcome()).hasToString("PURGED");
    assertThat(copiesOf(messageId)).isZero();
  }

  private int copiesOf(String messageId) {
    return fake.mailboxes().stream()
        .mapToInt(
            m ->
                (int)
                    fake.mailbox(m.address()).findByMessageId(messageId).stream()
                        .filter(i -> !i.folderPath().startsWith("/Recoverable"))
                        .count())
        .sum();
  }

  @Test
  void faultsOnTheAdminEndpointAreRetriedAfterTheirRetryAfter() {
    ExchangeAdminClient admin = admin();
    fake.faults().throttle(Endpoint.ADMIN, 1, Duration.ofSeconds(3));

    assertThat(admin.mailboxes().get("alice@contoso.com").primarySmtpAddress())
        .isEqualTo("alice@contoso.com");
    assertThat(waits).contains(Duration.ofSeconds(3));
  }
}
