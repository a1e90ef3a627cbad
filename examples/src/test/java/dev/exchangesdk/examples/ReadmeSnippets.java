package dev.exchangesdk.examples;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.model.AllowBlockAction;
import dev.exchangesdk.admin.model.AllowBlockListAddRequest;
import dev.exchangesdk.admin.model.AllowBlockListType;
import dev.exchangesdk.admin.model.JunkEmailChanges;
import dev.exchangesdk.admin.model.MessageTraceEntry;
import dev.exchangesdk.admin.model.MessageTraceQuery;
import dev.exchangesdk.compliance.ComplianceClient;
import dev.exchangesdk.compliance.SearchAndPurgeRequest;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport;
import dev.exchangesdk.core.CertificateCredential;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.GeneratedCertificate;
import dev.exchangesdk.core.SelfSignedCertificates;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.MailboxSearchResult;
import dev.exchangesdk.ews.monitor.MailEvent;
import dev.exchangesdk.ews.monitor.MailboxMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The code of README.md, compiled: {@link ReadmeSnippetsTest} checks that every {@code java} block
 * of the README appears verbatim (ignoring whitespace) here or in {@link PhishCleanupTest}.
 */
@SuppressWarnings("unused")
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Where the monitor example sends its incidents. */
  interface Incidents {
    void open(String idempotencyKey, MailEvent event);
  }

  static TokenCredential credential() {
    TokenCredential credential =
        CertificateCredential.builder()
            .tenant("contoso.onmicrosoft.com")
            .clientId("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b")
            .pfxBase64(
                System.getenv("EXCHANGE_CERTIFICATE_PFX_BASE64"),
                System.getenv("EXCHANGE_CERTIFICATE_PASSWORD").toCharArray())
            .build(); // loads and checks the certificate now; share it between clients
    return credential;
  }

  static void ews(TokenCredential credential, List<String> allMailboxes) {
    EwsClient ews = EwsClient.builder().credential(credential).build(); // one per app, thread-safe
    Mailbox soc = ews.mailbox("soc@contoso.com");

    ItemQuery recent = ItemQuery.builder().limit(20).build();
    for (MailItem m : soc.findItems(FolderRef.path("Inbox/Phishing"), recent)) { // paged lazily
      System.out.println(m.receivedAt() + "  " + m.from() + "  " + m.subject());
    }

    // Where else is this phish? Search every mailbox, 4 at a time, and soft-delete each copy.
    ItemQuery phish =
        ItemQuery.builder()
            .internetMessageId("<INV20931.2024.0312@fabrikam-billing.example>")
            .build();
    for (MailboxSearchResult r : ews.searchMailboxes(allMailboxes, phish, 4)) {
      List<String> ids = r.items().stream().map(MailItem::id).toList();
      if (!ids.isEmpty()) {
        ews.mailbox(r.mailbox()).deleteItems(ids, DeleteMode.SOFT_DELETE); // Recoverable Items
      }
    }
  }

  static void monitor(EwsClient ews, Incidents incidents) {
    try (MailboxMonitor monitor =
        MailboxMonitor.builder()
            .client(ews)
            .watch("soc@contoso.com", "Inbox/Phishing")
            .checkpointDirectory(Path.of("/var/lib/phish-monitor")) // progress survives restarts
            .firstFetch("3 days")
            .handler(event -> incidents.open(event.idempotencyKey(), event)) // throw = not handled
            .build()) {
      monitor.start(); // polls every minute in the background; or call monitor.pollOnce()
      waitForShutdown();
    } // close() finishes and records the mail in hand
  }

  static void admin(TokenCredential credential) {
    ExchangeAdminClient admin =
        ExchangeAdminClient.builder()
            .credential(credential)
            .tenant("contoso.onmicrosoft.com")
            .build();

    admin
        .tenantAllowBlockList()
        .add(
            AllowBlockListAddRequest.builder(
                    AllowBlockListType.SENDER,
                    AllowBlockAction.BLOCK,
                    List.of("micros0ft-support.example"))
                .notes("INC-4711")
                .expiration(Instant.now().plus(Duration.ofDays(30)))
                .build());

    admin
        .junkEmail()
        .update(
            "alice@contoso.com",
            JunkEmailChanges.builder().blockSenders("micros0ft-support.example").build());

    MessageTraceQuery bySender =
        MessageTraceQuery.builder().senderAddresses("no-reply@micros0ft-support.example").build();
    for (MessageTraceEntry e : admin.messageTrace().search(bySender)) { // the last 48 hours
      System.out.println(e.received() + " " + e.recipientAddress() + " " + e.status());
    }
  }

  static void compliance(TokenCredential credential) {
    ComplianceClient compliance =
        ComplianceClient.builder().credential(credential).tenant("contoso.onmicrosoft.com").build();

    SearchAndPurgeReport report =
        compliance.searchAndPurge(
            SearchAndPurgeRequest.forMessageId("<INV20931.2024.0312@fabrikam-billing.example>")
                .confirmation(plan -> plan.totalItems() <= 50) // leave out for a dry run
                .build());
    System.out.println(report.outcome() + " " + report.plan()); // PURGED, DRY_RUN, ...
  }

  static void certificate() throws IOException {
    char[] password = System.getenv("EXCHANGE_CERTIFICATE_PASSWORD").toCharArray();
    GeneratedCertificate cert =
        SelfSignedCertificates.builder().commonName("soc-automation").create(password);
    Files.writeString(Path.of("soc-automation.cer"), cert.certificatePem()); // upload to the app
    Files.write(Path.of("soc-automation.pfx"), cert.pfx()); // secret: key + certificate
    System.out.println(cert.thumbprint() + " " + cert.x5tS256());
  }

  static void clouds(String pfxBase64, char[] password) {
    TokenCredential credential =
        CertificateCredential.builder()
            .tenant("contoso.onmicrosoft.us")
            .clientId("6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b")
            .pfxBase64(pfxBase64, password)
            .environment(ExchangeEnvironment.GCC_HIGH) // GCC, GCC_HIGH, DOD, CHINA
            .build();
    EwsClient ews =
        EwsClient.builder()
            .credential(credential)
            .environment(ExchangeEnvironment.GCC_HIGH)
            .build();
  }

  private static void waitForShutdown() {
    // Stands in for the application's lifetime.
  }
}
