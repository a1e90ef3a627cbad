package dev.exchangesdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.ItemInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoSeedTest {
  private static FakeExchange demo(Instant at) {
    return FakeExchange.builder().seed(Seed.DEMO).clock(TestClock.at(at)).start();
  }

  @Test
  void containsTheMailboxesMailAndObjectsTheExamplesUse() {
    try (FakeExchange fake = demo(Instant.parse("2026-03-15T12:00:00Z"))) {
      assertThat(fake.mailboxes())
          .extracting(m -> m.address())
          .contains(
              "soc@contoso.com",
              "alice@contoso.com",
              "bob@contoso.com",
              "phishing-reports@contoso.com");
      FakeMailbox alice = fake.mailbox("alice@contoso.com");
      ItemInfo phish =
          alice.items("Inbox").stream()
              .filter(i -> i.subject().startsWith("Action required"))
              .findFirst()
              .orElseThrow();
      assertThat(phish.attachmentNames()).containsExactly("logo.png");
      String mime = new String(alice.mime(phish.id()), StandardCharsets.UTF_8);
      assertThat(mime).contains("Content-ID: <logo@micros0ft-support.example>", "dmarc=fail");
      assertThat(alice.items("Inbox/Newsletters"))
          .extracting(ItemInfo::subject)
          .containsExactly("Contoso Weekly Newsletter #42");
      ItemInfo invoice =
          fake.mailbox("bob@contoso.com").items("Inbox").stream()
              .filter(i -> i.subject().startsWith("Invoice"))
              .findFirst()
              .orElseThrow();
      assertThat(invoice.attachmentNames())
          .containsExactly("Invoice_INV-20931.pdf", "Payment_Portal.html");
      FakeMailbox soc = fake.mailbox("soc@contoso.com");
      ItemInfo reported =
          soc.items("Inbox").stream()
              .filter(i -> i.subject().startsWith("FW:"))
              .findFirst()
              .orElseThrow();
      assertThat(reported.attachmentNames())
          .containsExactly("Action required: your mailbox password expires today");
      assertThat(soc.items("Inbox/Processed"))
          .anySatisfy(i -> assertThat(i.internetMessageId()).isNull());
      assertThat(fake.mailbox("phishing-reports@contoso.com").items("Inbox")).hasSize(1);
      assertThat(fake.mailbox("bob@contoso.com").inboxRules())
          .anySatisfy(
              r -> assertThat(r.forwardTo()).containsExactly("bob.smith.personal@gmail.example"));
      assertThat(fake.allowBlockList())
          .extracting(e -> e.listType() + ":" + e.action())
          .contains("Sender:Block", "Url:Block", "FileHash:Block", "Sender:Allow");
      assertThat(fake.quarantinedMessages())
          .extracting(q -> q.type())
          .containsExactlyInAnyOrder("Malware", "HighConfPhish");
      assertThat(fake.messageTrace())
          .extracting(r -> r.status())
          .contains("Delivered", "Expanded", "Quarantined");
      assertThat(fake.messageTrace())
          .anySatisfy(
              r -> assertThat(r.recipientAddress()).isEqualTo("bob.smith.personal@gmail.example"));
      assertThat(fake.complianceSearches())
          .extracting(s -> s.name())
          .containsExactly("phish-password-expiry");
      List<ItemInfo> maintenance = fake.mailbox("carol@contoso.com").items("Inbox");
      assertThat(maintenance).extracting(ItemInfo::subject).contains("RE: Q3 budget review");
      assertThat(alice.items("Inbox"))
          .extracting(ItemInfo::subject)
          .contains("Scheduled maintenance Saturday 22:00-02:00");
    }
  }

  @Test
  void isTheSameOnEveryStartForTheSameClock() {
    Instant at = Instant.parse("2026-03-15T12:00:00Z");
    try (FakeExchange a = demo(at);
        FakeExchange b = demo(at)) {
      assertThat(a.mailbox("soc@contoso.com").allItems())
          .isEqualTo(b.mailbox("soc@contoso.com").allItems());
      assertThat(a.tenantId()).isEqualTo(b.tenantId());
      List<ItemInfo> items = a.mailbox("alice@contoso.com").allItems();
      assertThat(a.mailbox("alice@contoso.com").mime(items.get(0).id()))
          .isEqualTo(b.mailbox("alice@contoso.com").mime(items.get(0).id()));
    }
  }
}
