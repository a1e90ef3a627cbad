package dev.exchangesdk.examples;

import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.ews.model.SendResult;
import dev.exchangesdk.examples.support.Output;
import dev.exchangesdk.examples.support.Target;
import dev.exchangesdk.examples.support.TenantCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reply (or reply all) to a mail found by Message-ID; the server quotes the original. */
@Command(name = "reply", description = "Reply to a mail found by Message-ID (--all: reply all).")
final class ReplyCommand extends TenantCommand {
  @Option(
      names = "--mailbox",
      paramLabel = "MAILBOX",
      description = "The mailbox replying (demo: bob@contoso.com).")
  String mailbox;

  @Option(
      names = "--message-id",
      paramLabel = "ID",
      description = "The mail to answer (demo: <product-update-march@fabrikam.com>).")
  String messageId;

  @Option(
      names = "--body",
      paramLabel = "TEXT",
      description = "The reply's text, above the quoted original.")
  String body;

  @Option(names = "--all", description = "Reply to all recipients.")
  boolean replyAll;

  @Override
  protected int run(Target target, Output out) {
    String address = target.orDemo(mailbox, "--mailbox", "bob@contoso.com");
    String id = target.orDemo(messageId, "--message-id", "<product-update-march@fabrikam.com>");
    String text =
        target.orDemo(body, "--body", "Thanks - please send the partner portal details.\n\nBob");

    EwsClient ews =
        EwsClient.builder()
            .credential(target.credential())
            .environment(target.environment())
            .httpOptions(target.httpOptions())
            .build();
    Mailbox box = ews.mailbox(address);

    List<MailItem> found =
        box.searchMailbox(ItemQuery.builder().internetMessageId(id).limit(1).build());
    if (found.isEmpty()) {
      out.notice("No mail with Message-ID " + id + " in " + address);
      return 1;
    }
    MailItem original = found.get(0);
    // No subject given: the reply gets "Re: " + the original's (never "Re: Re:").
    SendResult sent =
        box.reply(original.id(), OutgoingMessage.builder().textBody(text).build(), replyAll);
    out.field("inReplyTo", original.subject());
    out.field("originalFrom", MonitorCommand.address(original.from()));
    out.field("subject", sent.subject());
    out.field("replyAll", replyAll);
    out.field("sentWith", sent.path());
    return 0;
  }
}
