package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.testkit.FakeExchange;
import dev.exchangesdk.testkit.Seed;
import dev.exchangesdk.testkit.model.ItemInfo;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The README's "FakeExchange in your own tests" example, as it is printed there. */
class PhishCleanupTest {
  static FakeExchange fake;
  static EwsClient ews;

  @BeforeAll
  static void start() {
    fake = FakeExchange.builder().seed(Seed.DEMO).start(); // HTTPS on loopback, demo tenant
    ews =
        EwsClient.builder()
            .environment(fake.environment()) // the fake's token, EWS, admin, compliance URLs
            .httpOptions(fake.httpOptions()) // trusts the fake's test CA, and only it
            .credential(fake.tokenCredential())
            .build();
  }

  @AfterAll
  static void stop() {
    fake.close();
  }

  @Test
  void softDeletesThePhishFromBobsInbox() {
    String phish = "<INV20931.2024.0312@fabrikam-billing.example>";
    Mailbox bob = ews.mailbox("bob@contoso.com");
    List<MailItem> hits = bob.searchMailbox(ItemQuery.builder().internetMessageId(phish).build());

    bob.deleteItems(hits.stream().map(MailItem::id).toList(), DeleteMode.SOFT_DELETE);

    assertThat(fake.mailbox("bob@contoso.com").findByMessageId(phish))
        .extracting(ItemInfo::folderPath)
        .containsExactly("/Recoverable Items/Deletions");
  }
}
