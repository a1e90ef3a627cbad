package dev.exchangesdk.testkit.model;

import java.util.List;

/**
 * An inbox rule of a fake mailbox.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ruleIdentity the unsigned 64-bit rule identity, as a decimal string
 * @param name the rule name
 * @param enabled whether it runs on delivery
 * @param priority its order (lower first)
 * @param forwardTo addresses it forwards to
 * @param redirectTo addresses it redirects to
 * @param moveToFolder the folder path it moves mail to, or {@code null}
 */
public record InboxRuleInfo(
    String ruleIdentity,
    String name,
    boolean enabled,
    int priority,
    List<String> forwardTo,
    List<String> redirectTo,
    String moveToFolder) {

  public InboxRuleInfo {
    forwardTo = List.copyOf(forwardTo);
    redirectTo = List.copyOf(redirectTo);
  }
}
