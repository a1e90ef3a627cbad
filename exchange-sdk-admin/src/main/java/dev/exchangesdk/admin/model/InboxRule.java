package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * An inbox rule of a mailbox ({@code Get-InboxRule}). {@link #ruleIdentity()} is an unsigned 64-bit
 * number, which can exceed {@code Long.MAX_VALUE}, so it is a {@link BigInteger}; pass {@link
 * #identity()} back verbatim to get, remove, enable or disable the rule. The forward and redirect
 * fields matter in incident response: a rule forwarding mail outside is a classic persistence
 * trick. Immutable and thread-safe.
 *
 * @param identity the rule's identity, {@code mailbox\ruleIdentity}
 * @param ruleIdentity the rule id
 * @param name the rule's name
 * @param enabled whether it runs
 * @param priority its order
 * @param description the service's description of conditions and actions
 * @param stopProcessingRules whether later rules are skipped
 * @param isValid whether the service considers it valid
 * @param from senders it matches
 * @param sentTo recipients it matches
 * @param forwardTo where it forwards
 * @param forwardAsAttachmentTo where it forwards as attachment
 * @param redirectTo where it redirects
 * @param deleteMessage whether it deletes
 * @param moveToFolder the folder it moves to, or null
 * @param mailboxOwnerId the mailbox owner
 * @param raw every property the service returned
 */
public record InboxRule(
    String identity,
    BigInteger ruleIdentity,
    String name,
    Boolean enabled,
    Integer priority,
    String description,
    Boolean stopProcessingRules,
    Boolean isValid,
    List<String> from,
    List<String> sentTo,
    List<String> forwardTo,
    List<String> forwardAsAttachmentTo,
    List<String> redirectTo,
    Boolean deleteMessage,
    String moveToFolder,
    String mailboxOwnerId,
    Map<String, Object> raw) {
  public InboxRule {
    from = Immutable.list(from);
    sentTo = Immutable.list(sentTo);
    forwardTo = Immutable.list(forwardTo);
    forwardAsAttachmentTo = Immutable.list(forwardAsAttachmentTo);
    redirectTo = Immutable.list(redirectTo);
    raw = Immutable.map(raw);
  }

  /** Whether the rule sends mail anywhere (forward, forward as attachment, redirect). */
  public boolean forwardsOrRedirects() {
    return !forwardTo.isEmpty() || !forwardAsAttachmentTo.isEmpty() || !redirectTo.isEmpty();
  }
}
