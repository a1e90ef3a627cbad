package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.MessageTraceRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendAndReplyTest extends FakeTenantTest {

  @Test
  void sendsTheDemoWarningToAliceAndBob() {
    ExampleRun run = run("send");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("From: soc@contoso.com")
        .contains("Subject: Phishing warning: fake password-expiry mails")
        .contains("Sent with: SINGLE_REQUEST");
    for (String mailbox : new String[] {"alice@contoso.com", "bob@contoso.com"}) {
      assertThat(fake.mailbox(mailbox).items("Inbox"))
          .extracting(ItemInfo::subject)
          .contains("Phishing warning: fake password-expiry mails");
    }
  }

  @Test
  void sendsAFileAsAttachment(@TempDir Path dir) throws Exception {
    Path report =
        Files.writeString(
            dir.resolve("iocs.csv"), "type,value\nsender,micros0ft-support.example\n");

    ExampleRun run =
        run(
            "send",
            "--from",
            "carol@contoso.com",
            "--to",
            "bob@contoso.com",
            "--subject",
            "IOCs",
            "--body",
            "Attached.",
            "--attach",
            report.toString(),
            "--importance",
            "high");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Attachments: 1");
    assertThat(fake.mailbox("bob@contoso.com").items("Inbox"))
        .filteredOn(i -> "IOCs".equals(i.subject()))
        .singleElement()
        .satisfies(i -> assertThat(i.attachmentNames()).containsExactly("iocs.csv"));
  }

  @Test
  void repliesToTheSenderWithReSubject() {
    ExampleRun run = run("reply");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("In reply to: Fabrikam Product Update - March")
        .contains("Original from: Fabrikam Newsletter <newsletter@fabrikam.com>")
        .contains("Subject: Re: Fabrikam Product Update - March");
    assertThat(fake.messageTrace())
        .extracting(MessageTraceRecord::recipientAddress, MessageTraceRecord::subject)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "newsletter@fabrikam.com", "Re: Fabrikam Product Update - March"));
  }
}
