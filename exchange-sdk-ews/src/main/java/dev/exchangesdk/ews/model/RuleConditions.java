package dev.exchangesdk.ews.model;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The conditions (or exceptions) of an Inbox rule; unset ones are {@code null} or empty. All the
 * set conditions must hold.
 *
 * <p>Immutable and thread-safe.
 *
 * @param containsSubjectStrings the subject contains any of these
 * @param containsBodyStrings the body contains any of these
 * @param containsSubjectOrBodyStrings the subject or body contains any of these
 * @param containsHeaderStrings the headers contain any of these
 * @param containsSenderStrings the sender's address contains any of these
 * @param containsRecipientStrings a recipient's address contains any of these
 * @param fromAddresses the sender is one of these
 * @param sentToAddresses a recipient is one of these
 * @param categories the item has any of these categories
 * @param itemClasses the item class is one of these
 * @param hasAttachments the item has (or has no) attachments
 * @param importance the importance is this
 * @param sensitivity the sensitivity is this ({@code Normal}, {@code Personal}, {@code Private},
 *     {@code Confidential})
 * @param flaggedForAction the follow-up flag is this action
 * @param withinDateRangeStart received at or after this
 * @param withinDateRangeEnd received before this
 * @param withinSizeRangeMinimum at least this many kilobytes
 * @param withinSizeRangeMaximum at most this many kilobytes
 * @param flags the boolean conditions that are set, by their EWS name ({@code SentOnlyToMe}, {@code
 *     SentToMe}, {@code SentCcMe}, {@code SentToOrCcMe}, {@code NotSentToMe}, {@code
 *     IsAutomaticReply}, {@code IsEncrypted}, {@code IsMeetingRequest}, {@code IsNDR} ...)
 */
public record RuleConditions(
    List<String> containsSubjectStrings,
    List<String> containsBodyStrings,
    List<String> containsSubjectOrBodyStrings,
    List<String> containsHeaderStrings,
    List<String> containsSenderStrings,
    List<String> containsRecipientStrings,
    List<EmailAddress> fromAddresses,
    List<EmailAddress> sentToAddresses,
    List<String> categories,
    List<String> itemClasses,
    Boolean hasAttachments,
    Importance importance,
    String sensitivity,
    String flaggedForAction,
    Instant withinDateRangeStart,
    Instant withinDateRangeEnd,
    Integer withinSizeRangeMinimum,
    Integer withinSizeRangeMaximum,
    Set<String> flags) {

  /** No condition. */
  public static final RuleConditions NONE =
      new RuleConditions(
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of(), List.of(), null, null, null, null, null, null, null, null, Set.of());

  public RuleConditions {
    containsSubjectStrings = List.copyOf(containsSubjectStrings);
    containsBodyStrings = List.copyOf(containsBodyStrings);
    containsSubjectOrBodyStrings = List.copyOf(containsSubjectOrBodyStrings);
    containsHeaderStrings = List.copyOf(containsHeaderStrings);
    containsSenderStrings = List.copyOf(containsSenderStrings);
    containsRecipientStrings = List.copyOf(containsRecipientStrings);
    fromAddresses = List.copyOf(fromAddresses);
    sentToAddresses = List.copyOf(sentToAddresses);
    categories = List.copyOf(categories);
    itemClasses = List.copyOf(itemClasses);
    flags = Set.copyOf(flags);
  }
}
