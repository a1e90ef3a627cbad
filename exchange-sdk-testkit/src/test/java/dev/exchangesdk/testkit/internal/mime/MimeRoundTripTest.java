package dev.exchangesdk.testkit.internal.mime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Item;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MimeRoundTripTest {
  private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

  private static Item parse(String mime) {
    Item item = new Item(0, null, null);
    MimeImport.apply(mime.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), item, NOW);
    return item;
  }

  @Test
  void parsesMultipartMailWithEncodedWordsQuotedPrintableAndRfc2231Names() {
    Item item =
        parse(
            "From: =?UTF-8?B?SsO8cmdlbg==?= <j@example.com>\n"
                + "To: \"Smith, Bob\" <bob@contoso.com>, alice@contoso.com\n"
                + "Subject: =?iso-8859-1?Q?Caf=E9_menu?=\n"
                + "Date: Sun, 7 Jun 2015 05:24:25 +0000\n"
                + "Message-ID: <abc@example.com>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"outer\"\n\n"
                + "--outer\n"
                + "Content-Type: multipart/alternative; boundary=inner\n\n"
                + "--inner\n"
                + "Content-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: quoted-printable\n\n"
                + "Gr=C3=BC=C3=9Fe, soft=\n"
                + "break\n"
                + "--inner\n"
                + "Content-Type: text/html; charset=utf-8\n\n"
                + "<p>hi</p>\n"
                + "--inner--\n"
                + "--outer\n"
                + "Content-Type: application/pdf\n"
                + "Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.pdf\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + "AQIDBA==\n"
                + "--outer\n"
                + "Content-Type: message/rfc822\n\n"
                + "Subject: inner mail\n"
                + "From: x@y.example\n\n"
                + "inner body\n"
                + "--outer--\n");
    assertThat(item.from).isEqualTo(EmailAddress.of("Jürgen", "j@example.com"));
    assertThat(item.to)
        .extracting(EmailAddress::address)
        .containsExactly("bob@contoso.com", "alice@contoso.com");
    assertThat(item.to.get(0).name()).isEqualTo("Smith, Bob");
    assertThat(item.subject).isEqualTo("Café menu");
    assertThat(item.sent).isEqualTo(Instant.parse("2015-06-07T05:24:25Z"));
    assertThat(item.textBody).startsWith("Grüße, softbreak");
    assertThat(item.htmlBody).contains("<p>hi</p>");
    assertThat(item.attachments)
        .extracting(a -> a.name)
        .containsExactly("résumé.pdf", "inner mail");
    assertThat(item.attachments.get(0).content).containsExactly(1, 2, 3, 4);
    assertThat(item.attachments.get(1).item.subject).isEqualTo("inner mail");
  }

  @Test
  void keepsMailWithoutMessageIdAndToleratesGarbageHeaders() {
    Item item = parse("this is not a header\nSubject: no id\nDate: yesterday\n\nbody\n");
    assertThat(item.internetMessageId).isNull();
    assertThat(item.subject).isEqualTo("no id");
    assertThat(item.sent).isEqualTo(NOW);
    assertThat(item.textBody).contains("body");
  }

  @Test
  void writesMimeThatParsesBackToTheSameContent() {
    Item item = new Item(7, null, null);
    item.from = EmailAddress.of("Zoë", "zoe@contoso.com");
    item.to.add(EmailAddress.of(null, "bob@contoso.com"));
    item.subject =
        "Ünïcödé subject that is long enough to need more than one encoded word in the header line";
    item.htmlBody = "<p>Hello <img src=\"cid:logo@x\"></p>";
    item.created = NOW;
    item.sent = NOW;
    item.internetMessageId = "<m1@contoso.com>";
    Attachment logo = item.newAttachment();
    logo.name = "logo.png";
    logo.contentType = "image/png";
    logo.contentId = "logo@x";
    logo.inline = true;
    logo.content = new byte[] {(byte) 0x89, 'P', 'N', 'G'};
    Attachment file = item.newAttachment();
    file.name = "данные.csv";
    file.contentType = "text/csv";
    file.content = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
    item.headers.addAll(MimeWriter.composeHeaders(item, null));
    byte[] mime = MimeWriter.write(item);
    String text = new String(mime, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\n\n").contains("\r\n\r\n");
    for (String line : text.split("\r\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(998);
    }
    Item back = new Item(0, null, null);
    MimeImport.apply(mime, back, NOW);
    assertThat(back.subject).isEqualTo(item.subject);
    assertThat(back.from.name()).isEqualTo("Zoë");
    assertThat(back.htmlBody).isEqualTo(item.htmlBody);
    assertThat(back.textBody).isEqualTo("Hello");
    assertThat(back.attachments)
        .extracting(a -> a.name + "/" + a.inline + "/" + a.contentId)
        .containsExactly("logo.png/true/logo@x", "данные.csv/false/null");
    assertThat(back.attachments.get(1).content).isEqualTo(file.content);
    assertThat(back.internetMessageId).isEqualTo("<m1@contoso.com>");
  }

  @Test
  void parsesAddressListsWithGroupsCommentsAndQuotes() {
    List<EmailAddress> list =
        Addresses.parse(
            "Team: a@x.example, b@x.example;, \"Doe, Jane\" <jane@x.example>, c@x.example (Carl)");
    assertThat(list)
        .extracting(EmailAddress::address)
        .containsExactly("a@x.example", "b@x.example", "jane@x.example", "c@x.example");
  }
}
