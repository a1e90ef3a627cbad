package dev.exchangesdk.ews.model;

import java.util.Objects;

/**
 * One Inbox rule of a mailbox (EWS GetInboxRules).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule id
 * @param name the display name
 * @param priority the order in which rules run, 1 first
 * @param enabled whether it runs
 * @param supported {@code false} when Outlook made it with features EWS cannot show
 * @param inError whether the server marked it as broken
 * @param conditions when it applies (empty: always)
 * @param exceptions when it does not apply, despite the conditions
 * @param actions what it does
 */
public record InboxRule(
    String id,
    String name,
    int priority,
    boolean enabled,
    boolean supported,
    boolean inError,
    RuleConditions conditions,
    RuleConditions exceptions,
    RuleActions actions) {

  public InboxRule {
    conditions = Objects.requireNonNullElse(conditions, RuleConditions.NONE);
    exceptions = Objects.requireNonNullElse(exceptions, RuleConditions.NONE);
    actions = Objects.requireNonNullElse(actions, RuleActions.NONE);
  }
}
