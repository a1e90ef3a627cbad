package dev.exchangesdk.ews.model;

import java.util.List;

/**
 * What an Inbox rule does; unset actions are {@code null}, {@code false} or empty. Forwarding and
 * redirecting to outside addresses is what attackers set up in a compromised mailbox: {@link
 * #forwardsOrRedirects()} says whether this rule sends mail anywhere.
 *
 * <p>Immutable and thread-safe.
 *
 * @param moveToFolderId the id of the folder items are moved to
 * @param copyToFolderId the id of the folder items are copied to
 * @param delete moves items to Deleted Items
 * @param permanentDelete deletes items for good
 * @param markAsRead marks items read
 * @param markImportance sets this importance
 * @param assignCategories adds these categories
 * @param forwardTo forwards to these
 * @param forwardAsAttachmentTo forwards as an attachment to these
 * @param redirectTo redirects (keeping the original sender) to these
 * @param sendSmsAlertTo text-message alerts to these
 * @param replyWithTemplateItemId the id of the template item the server replies with
 * @param stopProcessingRules no later rule runs for items this rule matched
 */
public record RuleActions(
    String moveToFolderId,
    String copyToFolderId,
    boolean delete,
    boolean permanentDelete,
    boolean markAsRead,
    Importance markImportance,
    List<String> assignCategories,
    List<EmailAddress> forwardTo,
    List<EmailAddress> forwardAsAttachmentTo,
    List<EmailAddress> redirectTo,
    List<EmailAddress> sendSmsAlertTo,
    String replyWithTemplateItemId,
    boolean stopProcessingRules) {

  /** No action. */
  public static final RuleActions NONE =
      new RuleActions(
          null, null, false, false, false, null, List.of(), List.of(), List.of(), List.of(),
          List.of(), null, false);

  public RuleActions {
    assignCategories = List.copyOf(assignCategories);
    forwardTo = List.copyOf(forwardTo);
    forwardAsAttachmentTo = List.copyOf(forwardAsAttachmentTo);
    redirectTo = List.copyOf(redirectTo);
    sendSmsAlertTo = List.copyOf(sendSmsAlertTo);
  }

  /** Whether the rule forwards, forwards as attachment or redirects mail. */
  public boolean forwardsOrRedirects() {
    return !forwardTo.isEmpty() || !forwardAsAttachmentTo.isEmpty() || !redirectTo.isEmpty();
  }
}
