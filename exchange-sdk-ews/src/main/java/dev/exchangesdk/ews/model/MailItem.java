package dev.exchangesdk.ews.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A mail item (or another item found in a mail folder) with the properties that were asked for.
 * Properties that were not requested, or that the item does not have, are {@code null} (scalars) or
 * empty (lists); see {@link ItemField} for which request brings which component.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the item id: the key of the item in this mailbox (it changes when the item moves)
 * @param changeKey the version of the item, or {@code null}
 * @param parentFolderId the id of the folder holding it
 * @param itemClass the item class ({@code IPM.Note} for mail, {@code IPM.Schedule.Meeting.Request}
 *     ...)
 * @param subject the subject
 * @param internetMessageId the {@code Message-ID} header, with its angle brackets
 * @param conversationId the conversation (thread) id
 * @param from the {@code From} address (the pack's {@code author})
 * @param sender the {@code Sender} (who actually sent it, when sending on behalf)
 * @param toRecipients {@code To}
 * @param ccRecipients {@code Cc}
 * @param bccRecipients {@code Bcc} (known for mail this mailbox sent)
 * @param replyTo {@code Reply-To}
 * @param receivedBy the mailbox the item was delivered to
 * @param receivedAt when the mailbox received it
 * @param sentAt when it was sent
 * @param createdAt when the item was created in this mailbox
 * @param lastModifiedAt when the item last changed
 * @param size the size in bytes
 * @param read whether it has been read
 * @param importance the importance, or {@code null} when not returned or a value newer than this
 *     SDK
 * @param hasAttachments whether it has (non-inline) attachments
 * @param categories the categories (labels) set on it
 * @param headers the internet message headers, in order
 * @param textBody the body as plain text
 * @param htmlBody the body as HTML (for plain-text mail, the HTML rendering the server made)
 * @param attachments the attachments, without content
 * @param inReplyTo the {@code In-Reply-To} header
 * @param references the {@code References} header
 */
public record MailItem(
    String id,
    String changeKey,
    String parentFolderId,
    String itemClass,
    String subject,
    String internetMessageId,
    String conversationId,
    EmailAddress from,
    EmailAddress sender,
    List<EmailAddress> toRecipients,
    List<EmailAddress> ccRecipients,
    List<EmailAddress> bccRecipients,
    List<EmailAddress> replyTo,
    EmailAddress receivedBy,
    Instant receivedAt,
    Instant sentAt,
    Instant createdAt,
    Instant lastModifiedAt,
    Long size,
    Boolean read,
    Importance importance,
    Boolean hasAttachments,
    List<String> categories,
    List<MailHeader> headers,
    String textBody,
    String htmlBody,
    List<AttachmentInfo> attachments,
    String inReplyTo,
    String references) {

  public MailItem {
    toRecipients = List.copyOf(toRecipients);
    ccRecipients = List.copyOf(ccRecipients);
    bccRecipients = List.copyOf(bccRecipients);
    replyTo = List.copyOf(replyTo);
    categories = List.copyOf(categories);
    headers = List.copyOf(headers);
    attachments = List.copyOf(attachments);
  }

  /** The first header with this name (ignoring case). */
  public Optional<String> header(String name) {
    for (MailHeader h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        return Optional.of(h.value());
      }
    }
    return Optional.empty();
  }

  /** Every value of the header with this name (ignoring case), in order. */
  public List<String> headerValues(String name) {
    List<String> out = new ArrayList<>();
    for (MailHeader h : headers) {
      if (h.name().equalsIgnoreCase(name)) {
        out.add(h.value());
      }
    }
    return out;
  }

  /** Whether this is an e-mail message (item class {@code IPM.Note} or a subclass of it). */
  public boolean isMessage() {
    if (itemClass == null) {
      return false;
    }
    String c = itemClass.toLowerCase(Locale.ROOT);
    return c.equals("ipm.note") || c.startsWith("ipm.note.");
  }
}
