package dev.exchangesdk.examples;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.ews.model.SendResult;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Send a mail from a mailbox, with attachments; a copy stays in its Sent Items. */
@Command(name = "send", description = "Send a mail from a mailbox, with attachments.")
final class SendCommand extends TenantCommand {
  @Option(
      names = "--from",
      paramLabel = "ADDRESS",
      description = "The sending mailbox (demo: soc@contoso.com).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "ADDRESS",
      split = ",",
      description = "Recipients (demo: alice@contoso.com, bob@contoso.com).")
  List<String> to;

  @Option(names = "--cc", paramLabel = "ADDRESS", split = ",", description = "Cc recipients.")
  List<String> cc;

  @Option(
      names = "--subject",
      paramLabel = "TEXT",
      description = "The subject (demo: a phishing warning).")
  String subject;

  @Option(names = "--body", paramLabel = "TEXT", description = "The text body.")
  String body;

  @Option(names = "--html", paramLabel = "HTML", description = "An HTML body (wins over --body).")
  String html;

  @Option(names = "--attach", paramLabel = "FILE", description = "Files to attach (repeatable).")
  List<Path> attachments = List.of();

  @Option(
      names = "--importance",
      paramLabel = "LEVEL",
      defaultValue = "NORMAL",
      description = "LOW, NORMAL (default) or HIGH.")
  Importance importance;

  @Override
  protected int run(Target target, Output out) {
    String sender = target.orDemo(from, "--from", "soc@contoso.com");
    List<String> recipients =
        target.orDemo(to, "--to", List.of("alice@contoso.com", "bob@contoso.com"));

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();

    OutgoingMessage.Builder message =
        OutgoingMessage.builder()
            .to(recipients.toArray(String[]::new))
            .subject(
                target.orDemo(subject, "--subject", "Phishing warning: fake password-expiry mails"))
            .importance(importance);
    if (cc != null) {
      message.cc(cc.toArray(String[]::new));
    }
    if (html != null) {
      message.htmlBody(html);
    } else {
      message.textBody(
          target.orDemo(
              body,
              "--body",
              "Mails saying your password expires today come from micros0ft-support.example."
                  + " Do not click; report them with the Report button.\n\nSOC"));
    }
    attachments.forEach(file -> message.attach(OutgoingAttachment.of(file))); // streamed

    // Never retried once the request may have reached the server: no duplicate mail.
    SendResult sent = ews.mailbox(sender).sendMail(message.build());
    out.field("from", sender);
    out.field("to", recipients);
    out.field("subject", sent.subject());
    out.field("attachments", sent.attachments());
    out.field("sentWith", sent.path());
    return 0;
  }
}
