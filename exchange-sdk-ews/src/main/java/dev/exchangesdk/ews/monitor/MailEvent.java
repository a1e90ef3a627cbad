package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.model.MailItem;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One new mail of a monitored folder, as the {@link MailHandler} receives it (the pack's
 * "incident"): the whole item ({@link #mail()}: ids, addresses, times, headers, bodies, categories)
 * and its attachments with content.
 *
 * <h2>At-least-once, with a key</h2>
 *
 * A mail is recorded as handled only after the handler returned, and the record is written before
 * the next mail is handed over. So every mail reaches the handler at least once, and reaches it
 * again only if the process died after the handler returned and before that record was written (or
 * the handler threw). A redelivered mail carries the same {@link #idempotencyKey()}, and {@link
 * #possibleRedelivery()} is true; use the key to make the handler's effect idempotent.
 *
 * <p>Immutable; the attachment content is valid until the handler returns.
 *
 * @param idempotencyKey stable for this mail in this mailbox across redeliveries and restarts:
 *     base64url SHA-256 of the lower-case mailbox, {@code |} and the ItemId (in {@link
 *     TimeFilter#MODIFIED_TIME} mode also {@code |} and the ChangeKey, so each version has its own)
 * @param possibleRedelivery true when this mail may have been handed to a handler before: it was in
 *     flight when the previous run stopped (crash, or the handler threw), or a re-synchronization
 *     could not rule out an earlier delivery
 * @param mailbox the SMTP address of the mailbox
 * @param folderId the id of the folder it was found in
 * @param folderPath the folder as configured ({@code Inbox/Phishing}, {@code inbox}, {@code
 *     id:...})
 * @param mail the item with every property
 * @param attachments its attachments (file attachments, attached mails as {@code .eml}, cloud links
 *     without content), in the item's order
 */
public record MailEvent(
    String idempotencyKey,
    boolean possibleRedelivery,
    String mailbox,
    String folderId,
    String folderPath,
    MailItem mail,
    List<MailAttachment> attachments) {

  public MailEvent {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(mailbox, "mailbox");
    Objects.requireNonNull(mail, "mail");
    attachments = List.copyOf(attachments);
  }

  /** The EWS ItemId: the mail's key in this mailbox (it changes when the mail is moved). */
  public String itemId() {
    return mail.id();
  }

  /** The version of the item that was delivered. */
  public String changeKey() {
    return mail.changeKey();
  }

  /**
   * The {@code Message-ID} header with angle brackets, or {@code null}: mail without one is
   * delivered too, and several items sharing one are each delivered.
   */
  public String internetMessageId() {
    return mail.internetMessageId();
  }

  public String conversationId() {
    return mail.conversationId();
  }

  public String subject() {
    return mail.subject();
  }

  public EmailAddress from() {
    return mail.from();
  }

  public EmailAddress sender() {
    return mail.sender();
  }

  public List<EmailAddress> to() {
    return mail.toRecipients();
  }

  public List<EmailAddress> cc() {
    return mail.ccRecipients();
  }

  public List<EmailAddress> bcc() {
    return mail.bccRecipients();
  }

  public List<EmailAddress> replyTo() {
    return mail.replyTo();
  }

  public Instant receivedAt() {
    return mail.receivedAt();
  }

  public Instant sentAt() {
    return mail.sentAt();
  }

  public Instant lastModifiedAt() {
    return mail.lastModifiedAt();
  }

  /** The internet headers in order; repeated names ({@code Received}) appear once each. */
  public List<MailHeader> headers() {
    return mail.headers();
  }

  public String textBody() {
    return mail.textBody();
  }

  public String htmlBody() {
    return mail.htmlBody();
  }

  public List<String> categories() {
    return mail.categories();
  }

  public Importance importance() {
    return mail.importance();
  }

  /** {@link BodyFormat#TEXT} when the mail has a text body, else {@link BodyFormat#HTML}. */
  public BodyFormat format() {
    return mail.textBody() != null && !mail.textBody().isEmpty()
        ? BodyFormat.TEXT
        : BodyFormat.HTML;
  }

  /** The text body, or the HTML body when there is no text (the pack's incident details). */
  public String details() {
    return format() == BodyFormat.TEXT ? mail.textBody() : mail.htmlBody();
  }

  @Override
  public String toString() {
    // No subject, addresses or bodies: events end up in logs.
    return "MailEvent{mailbox="
        + mailbox
        + ", folder="
        + folderPath
        + ", itemId="
        + mail.id()
        + ", key="
        + idempotencyKey
        + (possibleRedelivery ? ", possibleRedelivery" : "")
        + ", attachments="
        + attachments.size()
        + '}';
  }
}
