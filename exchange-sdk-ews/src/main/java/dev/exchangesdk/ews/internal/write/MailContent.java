package dev.exchangesdk.ews.internal.write;

import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.model.OutgoingAttachment;
import dev.exchangesdk.ews.model.OutgoingMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An {@link OutgoingMessage} ready to be written: the body chosen (HTML wins) with its {@code
 * data:} images turned into inline attachments, and every attachment in one list. Immutable.
 *
 * @param bodyType {@code HTML} or {@code Text}, {@code null} without a body
 * @param inlineContentIds the content ids given to converted images
 */
public record MailContent(
    OutgoingMessage message,
    String bodyType,
    String body,
    List<OutgoingAttachment> attachments,
    List<String> inlineContentIds) {

  public MailContent {
    attachments = List.copyOf(attachments);
    inlineContentIds = List.copyOf(inlineContentIds);
  }

  public static MailContent of(OutgoingMessage m, Random random) {
    List<OutgoingAttachment> attachments = new ArrayList<>(m.attachments());
    List<String> inline = List.of();
    String bodyType = null;
    String body = null;
    if (m.htmlBody() != null) {
      bodyType = "HTML";
      body = m.htmlBody();
      if (m.inlineDataImages()) {
        InlineImages.Converted c = InlineImages.convert(body, random);
        body = c.html();
        attachments.addAll(c.images());
        inline = c.contentIds();
      }
    } else if (m.textBody() != null) {
      bodyType = "Text";
      body = m.textBody();
    }
    return new MailContent(m, bodyType, body, attachments, inline);
  }

  public List<EmailAddress> to() {
    return message.to();
  }

  public List<EmailAddress> cc() {
    return message.cc();
  }

  public List<EmailAddress> bcc() {
    return message.bcc();
  }

  public List<MailHeader> headers() {
    return message.headers();
  }

  public Importance importance() {
    return message.importance();
  }

  /** Whether the item needs properties a reply's first request cannot carry. */
  public boolean hasExtraProperties() {
    return importance() != null || !headers().isEmpty() || !message.replyTo().isEmpty();
  }
}
