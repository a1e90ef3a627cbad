package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.Cmdlets;
import dev.exchangesdk.admin.internal.RuleMappers;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.InboxRule;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.math.BigInteger;

/**
 * Inbox rules of a mailbox: list, read, remove, disable, enable. From {@link
 * ExchangeAdminClient#inboxRules()}; thread-safe.
 *
 * <p>A rule is named by its {@link InboxRule#identity()} ({@code mailbox\ruleIdentity}, passed back
 * verbatim), its name, or its unsigned 64-bit {@link InboxRule#ruleIdentity()}.
 */
public final class InboxRules {
  private final AdminContext ctx;

  InboxRules(AdminContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A mailbox's inbox rules ({@code Get-InboxRule -Mailbox}).
   *
   * @param limit the most rules to return; 0 or less for all (the cmdlet has no ResultSize, so the
   *     limit is applied as the rules arrive)
   */
  public PagedIterable<InboxRule> list(String mailbox, int limit) {
    Mailboxes.requireIdentity(mailbox, "mailbox");
    return ctx.transport()
        .list(
            CmdletRequest.builder("Get-InboxRule")
                .param("Mailbox", mailbox)
                .anchorMailbox(mailbox)
                .maxItems(limit)
                .build(),
            RuleMappers::inboxRule);
  }

  /** One rule, with its conditions and forward/redirect actions. */
  public InboxRule get(String mailbox, String rule) {
    return Cmdlets.readOne(
        ctx.transport(), request("Get-InboxRule", mailbox, rule), RuleMappers::inboxRule, rule);
  }

  /** {@link #get(String, String)} by the numeric rule identity. */
  public InboxRule get(String mailbox, BigInteger ruleIdentity) {
    return get(mailbox, ruleIdentity.toString());
  }

  /** Deletes a rule ({@code Remove-InboxRule -Confirm:$false}). */
  public AdminResult<Void> remove(String mailbox, String rule) {
    return Cmdlets.write(ctx.transport(), request("Remove-InboxRule", mailbox, rule));
  }

  /** Turns a rule off, keeping it ({@code Disable-InboxRule}). */
  public AdminResult<Void> disable(String mailbox, String rule) {
    return Cmdlets.write(ctx.transport(), request("Disable-InboxRule", mailbox, rule));
  }

  /** Turns a rule on ({@code Enable-InboxRule}). */
  public AdminResult<Void> enable(String mailbox, String rule) {
    return Cmdlets.write(ctx.transport(), request("Enable-InboxRule", mailbox, rule));
  }

  private static CmdletRequest request(String cmdlet, String mailbox, String rule) {
    Mailboxes.requireIdentity(mailbox, "mailbox");
    Mailboxes.requireIdentity(rule, "rule");
    return CmdletRequest.builder(cmdlet)
        .param("Mailbox", mailbox)
        .param("Identity", rule)
        .anchorMailbox(mailbox)
        .build();
  }
}
