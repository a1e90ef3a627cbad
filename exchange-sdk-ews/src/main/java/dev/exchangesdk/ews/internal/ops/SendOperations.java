package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.internal.http.Idempotency;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.internal.bind.messages.DeleteItem;
import dev.exchangesdk.ews.internal.bind.messages.SendItem;
import dev.exchangesdk.ews.internal.bind.messages.UpdateItem;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.bind.types.EmailAddressXml;
import dev.exchangesdk.ews.internal.bind.types.ExtendedFieldUri;
import dev.exchangesdk.ews.internal.bind.types.ExtendedProperty;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ItemChange;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.bind.types.MessageUpdate;
import dev.exchangesdk.ews.internal.bind.types.Recipients;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.internal.write.CreateAttachmentRequest;
import dev.exchangesdk.ews.internal.write.CreateItemRequest;
import dev.exchangesdk.ews.internal.write.MailContent;
import dev.exchangesdk.ews.internal.write.MessageXml;
import dev.exchangesdk.ews.model.DeleteMode;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailHeader;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.OutgoingMessage;
import dev.exchangesdk.ews.model.SendResult;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending mail and replies from one mailbox. Nothing here is repeated once its request may have
 * reached the server (every call is {@link Idempotency#NOT_IDEMPOTENT}): a mail that might have
 * gone out is reported as failed, never sent twice. Thread-safe.
 */
final class SendOperations {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews");

  /** {@code Re:}, {@code RE:}, {@code Re[2]:} and the common localized prefixes. */
  private static final Pattern REPLY_PREFIX =
      Pattern.compile("^(re|aw|sv|antw|res|rif|vs)(\\[\\d+])?\\s*:", Pattern.CASE_INSENSITIVE);

  private final EwsTransport transport;
  private final MailboxContext mailbox;
  private final ExchangeServerVersion version;
  private final ItemOperations items;
  private final Random random;

  SendOperations(
      EwsTransport transport,
      MailboxContext mailbox,
      ExchangeServerVersion version,
      ItemOperations items) {
    this(transport, mailbox, version, items, new SecureRandom());
  }

  SendOperations(
      EwsTransport transport,
      MailboxContext mailbox,
      ExchangeServerVersion version,
      ItemOperations items,
      Random random) {
    this.transport = transport;
    this.mailbox = mailbox;
    this.version = version;
    this.items = items;
    this.random = random;
  }

  /**
   * One CreateItem that sends the mail with its attachments (Exchange 2013 and later); older
   * servers get a draft, its attachments, then SendItem.
   */
  SendResult send(OutgoingMessage message) {
    if (!message.hasRecipients()) {
      throw new InvalidRequestException(
          "A mail needs at least one recipient in to, cc or bcc; none was given");
    }
    MailContent content = MailContent.of(message, random);
    boolean oneRequest =
        content.attachments().isEmpty() || version.atLeast(ExchangeServerVersion.EXCHANGE_2013);
    if (oneRequest) {
      create(CreateItemRequest.send(content), "mail");
      return result(SendResult.Path.SINGLE_REQUEST, message.subject(), content);
    }
    String draft = createDraft(CreateItemRequest.draft(content), "draft");
    completeAndSend(draft, content, false);
    return result(SendResult.Path.DRAFT_THEN_SEND, message.subject(), content);
  }

  /**
   * Replies to an item found by id in any folder. The server builds the reply body (the new text
   * above the quoted original). Without attachments, importance, reply-to or headers one CreateItem
   * sends it; otherwise it is saved as a draft, completed, then sent.
   */
  SendResult reply(String itemId, OutgoingMessage message, boolean replyAll) {
    if (message.rawMime().isPresent()) {
      throw new InvalidRequestException("A reply cannot be a raw MIME message");
    }
    MailItem original =
        items.get(List.of(itemId), EnumSet.of(ItemField.SUBJECT)).get(0).orElseThrow();
    String subject =
        message.subject() != null ? message.subject() : replySubject(original.subject());
    MailContent content = MailContent.of(message, random);
    boolean sendNow = content.attachments().isEmpty() && !content.hasExtraProperties();
    CreateItemRequest request =
        CreateItemRequest.reply(content, replyAll, subject, original.id(), null, sendNow);
    String what = replyAll ? "reply to all" : "reply";
    if (sendNow) {
      create(request, what);
      return result(SendResult.Path.SINGLE_REQUEST, subject, content);
    }
    completeAndSend(createDraft(request, what), content, true);
    return result(SendResult.Path.DRAFT_THEN_SEND, subject, content);
  }

  /**
   * The subject of a reply to a mail with this subject: {@code Re: } in front, unless it already
   * starts with a reply prefix ({@code Re:}, {@code RE:}, {@code AW:} ...); {@code Re:} alone for a
   * mail without one.
   */
  static String replySubject(String original) {
    String s = original == null ? "" : original.strip();
    if (s.isEmpty()) {
      return "Re:";
    }
    return REPLY_PREFIX.matcher(s).lookingAt() ? s : "Re: " + s;
  }

  private void completeAndSend(String draftId, MailContent content, boolean extraProperties) {
    try {
      if (!content.attachments().isEmpty()) {
        transport.execute(
            mailbox,
            new WriteCall(
                "CreateAttachment",
                new CreateAttachmentRequest(draftId, null, content.attachments()),
                Idempotency.NOT_IDEMPOTENT,
                "attachments of draft " + draftId));
      }
      if (extraProperties && content.hasExtraProperties()) {
        update(draftId, content);
      }
      FolderIds sentItems =
          content.message().saveCopy()
              ? FolderIds.of(new DistinguishedFolderId("sentitems"))
              : null;
      transport
          .execute(
              mailbox,
              new PerIdCall(
                  "SendItem",
                  new SendItem(ItemIds.of(List.of(draftId)), sentItems),
                  List.of(draftId),
                  "draft",
                  Idempotency.NOT_IDEMPOTENT,
                  false))
          .get(0)
          .orElseThrow();
    } catch (ExchangeException e) {
      discard(draftId, e);
      throw e;
    }
  }

  /** Importance, reply-to and headers on a reply draft (its first request cannot carry them). */
  private void update(String draftId, MailContent content) {
    List<Object> changes = new ArrayList<>();
    if (content.importance() != null) {
      changes.add(
          new ItemChange.SetItemField(
              "item:Importance",
              MessageUpdate.importance(MessageXml.wireName(content.importance()))));
    }
    if (!content.message().replyTo().isEmpty()) {
      List<EmailAddressXml> replyTo = new ArrayList<>();
      for (EmailAddress a : content.message().replyTo()) {
        replyTo.add(EmailAddressXml.of(a.name(), a.address()));
      }
      changes.add(
          new ItemChange.SetItemField(
              "message:ReplyTo", MessageUpdate.replyTo(Recipients.of(replyTo))));
    }
    for (MailHeader h : content.headers()) {
      ExtendedFieldUri uri = ExtendedFieldUri.internetHeader(h.name());
      changes.add(
          new ItemChange.SetItemField(
              uri, MessageUpdate.extendedProperty(new ExtendedProperty(uri, h.value()))));
    }
    transport
        .execute(
            mailbox,
            new PerIdCall(
                "UpdateItem",
                new UpdateItem(
                    List.of(new ItemChange(draftId, null, changes)), "AlwaysOverwrite", null),
                List.of(draftId),
                "draft",
                Idempotency.IDEMPOTENT,
                true))
        .get(0)
        .orElseThrow();
  }

  /** Deletes a draft whose completion failed, so no half-made mail stays in Drafts. */
  private void discard(String draftId, ExchangeException cause) {
    try {
      ItemResult<ReturnedId> r =
          transport
              .execute(
                  mailbox,
                  new PerIdCall(
                      "DeleteItem",
                      new DeleteItem(
                          ItemIds.of(List.of(draftId)), DeleteMode.HARD_DELETE.wireName()),
                      List.of(draftId),
                      "draft",
                      Idempotency.IDEMPOTENT,
                      false))
              .get(0);
      if (!r.isSuccess()) {
        cause.addSuppressed(r.error());
      }
    } catch (ExchangeException e) {
      LOG.warn("Could not delete draft {} after a failed send: {}", draftId, e.toString());
      cause.addSuppressed(e);
    }
  }

  /** Sends one CreateItem; returns the id of the item it saved (a draft), or null. */
  private String create(CreateItemRequest request, String what) {
    List<ReturnedId> ids =
        transport.execute(
            mailbox, new WriteCall("CreateItem", request, Idempotency.NOT_IDEMPOTENT, what));
    return ids.isEmpty() ? null : ids.get(0).id();
  }

  /** Saves a draft; its id is needed to complete and send it. */
  private String createDraft(CreateItemRequest request, String what) {
    String id = create(request, what);
    if (id == null) {
      throw new dev.exchangesdk.core.ResponseFormatException(
          "EWS CreateItem saved the " + what + " but returned no item id", null);
    }
    return id;
  }

  private static SendResult result(SendResult.Path path, String subject, MailContent content) {
    return new SendResult(path, subject, content.attachments().size(), content.inlineContentIds());
  }
}
