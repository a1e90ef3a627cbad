package dev.exchangesdk.testkit.internal.store;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A mailbox's inbox rule, shared by EWS {@code GetInboxRules} and the {@code *-InboxRule} cmdlets.
 * {@code ruleIdentity} is an unsigned 64-bit number, often beyond {@code Long.MAX_VALUE}, as the
 * real service's are.
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class InboxRule {
  public final BigInteger ruleIdentity;
  public String name;
  public boolean enabled = true;
  public int priority;
  public boolean stopProcessingRules;

  // Conditions.
  public final List<String> from = new ArrayList<>();
  public final List<String> sentTo = new ArrayList<>();
  public final List<String> subjectContainsWords = new ArrayList<>();
  public final List<String> bodyContainsWords = new ArrayList<>();

  // Actions.
  public final List<String> forwardTo = new ArrayList<>();
  public final List<String> forwardAsAttachmentTo = new ArrayList<>();
  public final List<String> redirectTo = new ArrayList<>();

  /** A folder path below Top of Information Store, e.g. {@code Inbox/Newsletters}. */
  public String moveToFolder;

  public boolean deleteMessage;
  public boolean markAsRead;

  public InboxRule(BigInteger ruleIdentity) {
    this.ruleIdentity = ruleIdentity;
  }

  /** The rule as Outlook's rule wizard would describe it, the {@code Description} cmdlet field. */
  public String description() {
    StringBuilder sb = new StringBuilder("If the message:\r\n");
    if (!from.isEmpty()) {
      sb.append("\tthe message was received from ").append(joinQuoted(from)).append("\r\n");
    }
    if (!sentTo.isEmpty()) {
      sb.append("\tthe message was sent to ").append(joinQuoted(sentTo)).append("\r\n");
    }
    if (!subjectContainsWords.isEmpty()) {
      sb.append("\tincludes ")
          .append(joinQuoted(subjectContainsWords))
          .append(" in the subject\r\n");
    }
    if (!bodyContainsWords.isEmpty()) {
      sb.append("\tincludes ").append(joinQuoted(bodyContainsWords)).append(" in the body\r\n");
    }
    if (from.isEmpty()
        && sentTo.isEmpty()
        && subjectContainsWords.isEmpty()
        && bodyContainsWords.isEmpty()) {
      sb.append("\tApply to all messages\r\n");
    }
    sb.append("Take the following actions:\r\n");
    if (!forwardTo.isEmpty()) {
      sb.append("\tforward the message to ").append(joinQuoted(forwardTo)).append("\r\n");
    }
    if (!forwardAsAttachmentTo.isEmpty()) {
      sb.append("\tforward the message as an attachment to ")
          .append(joinQuoted(forwardAsAttachmentTo))
          .append("\r\n");
    }
    if (!redirectTo.isEmpty()) {
      sb.append("\tredirect the message to ").append(joinQuoted(redirectTo)).append("\r\n");
    }
    if (moveToFolder != null) {
      sb.append("\tmove the message to folder '").append(moveToFolder).append("'\r\n");
    }
    if (markAsRead) {
      sb.append("\tmark the message as read\r\n");
    }
    if (deleteMessage) {
      sb.append("\tdelete the message\r\n");
    }
    if (stopProcessingRules) {
      sb.append("\tand stop processing more rules on this message\r\n");
    }
    return sb.toString();
  }

  private static String joinQuoted(List<String> values) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(i == values.size() - 1 ? " or " : ", ");
      }
      sb.append('\'').append(values.get(i)).append('\'');
    }
    return sb.toString();
  }
}
