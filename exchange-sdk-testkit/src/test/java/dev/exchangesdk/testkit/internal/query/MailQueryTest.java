package dev.exchangesdk.testkit.internal.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Item;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailQueryTest {
  private static Item mail() {
    Item i = new Item(1, null, null);
    i.subject = "Invoice INV-20931 overdue";
    i.textBody = "Please pay today";
    i.from = EmailAddress.of("Fabrikam Billing", "accounts@fabrikam-billing.example");
    i.to.add(EmailAddress.of("Bob", "bob@contoso.com"));
    i.received = Instant.parse("2026-03-12T09:47:00Z");
    i.sent = i.received;
    i.internetMessageId = "<INV20931@fabrikam-billing.example>";
    Attachment a = i.newAttachment();
    a.name = "Payment_Portal.html";
    a.content = new byte[0];
    return i;
  }

  private static boolean matches(String q) throws Exception {
    return MailQuery.parse(q).matches(mail());
  }

  @Test
  void matchesPropertiesFreeTextAndBooleanCombinations() throws Exception {
    assertThat(matches("subject:invoice")).isTrue();
    assertThat(matches("subject:\"INV-20931 overdue\"")).isTrue();
    assertThat(matches("from:fabrikam-billing.example AND to:bob")).isTrue();
    assertThat(matches("from:fabrikam NOT subject:invoice")).isFalse();
    assertThat(matches("subject:newsletter OR attachmentnames:payment_portal")).isTrue();
    assertThat(matches("pay today")).isTrue();
    assertThat(matches("-pay")).isFalse();
    assertThat(matches("(subject:x OR subject:invoice) AND hasattachment:true")).isTrue();
    assertThat(matches("messageid:INV20931@fabrikam-billing.example")).isTrue();
    assertThat(matches("internetmessageid:\"<INV20931@fabrikam-billing.example>\"")).isTrue();
    assertThat(matches("subject:(newsletter OR invoice)")).isTrue();
    assertThat(matches("invoi*")).isTrue();
  }

  @Test
  void comparesDatesByUtcDayWithRangesAndOperators() throws Exception {
    assertThat(matches("received:2026-03-12")).isTrue();
    assertThat(matches("received>=2026-03-12 AND received<2026-03-13")).isTrue();
    assertThat(matches("received:2026-03-01..2026-03-11")).isFalse();
    assertThat(matches("sent:3/12/2026")).isTrue();
  }

  @Test
  void rejectsMalformedQueriesWithAReason() {
    assertThatThrownBy(() -> MailQuery.parse("subject:(a OR b"))
        .hasMessageContaining("Missing ')'");
    assertThatThrownBy(() -> MailQuery.parse("\"unterminated"))
        .hasMessageContaining("Unterminated");
    assertThatThrownBy(() -> MailQuery.parse("color:blue"))
        .hasMessageContaining("Unsupported property 'color'");
    assertThatThrownBy(() -> MailQuery.parse("received:yesterdayish"))
        .hasMessageContaining("is not a date");
  }

  @Test
  void emptyQueriesMatchEverything() throws Exception {
    assertThat(matches("")).isTrue();
    assertThat(MailQuery.parse(null).matches(mail())).isTrue();
  }
}
