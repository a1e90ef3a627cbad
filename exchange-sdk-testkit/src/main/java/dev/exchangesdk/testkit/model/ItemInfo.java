package dev.exchangesdk.testkit.model;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one item in a fake mailbox, for test assertions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the EWS item id (changes when the item moves, as on Exchange Online)
 * @param changeKey the current ChangeKey
 * @param mailbox the owning mailbox's primary address, or {@code null} for public folders
 * @param folderPath the folder below Top of Information Store ({@code Inbox/Phishing}); folders
 *     outside it start with {@code /} ({@code /Recoverable Items/Deletions})
 * @param itemClass {@code IPM.Note}, {@code IPM.Contact}, ...
 * @param subject the subject, or {@code null}
 * @param from the sender address, or {@code null}
 * @param to To addresses
 * @param cc Cc addresses
 * @param internetMessageId the Message-ID with angle brackets, or {@code null}
 * @param received when it arrived in the mailbox
 * @param read the read flag
 * @param categories the categories
 * @param attachmentNames names of all attachments, inline ones included
 * @param size the MIME size in bytes
 */
public record ItemInfo(
    String id,
    String changeKey,
    String mailbox,
    String folderPath,
    String itemClass,
    String subject,
    String from,
    List<String> to,
    List<String> cc,
    String internetMessageId,
    Instant received,
    boolean read,
    List<String> categories,
    List<String> attachmentNames,
    int size) {

  public ItemInfo {
    to = List.copyOf(to);
    cc = List.copyOf(cc);
    categories = List.copyOf(categories);
    attachmentNames = List.copyOf(attachmentNames);
  }
}
