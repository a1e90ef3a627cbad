package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.BulkMailboxUpdater;
import dev.exchangesdk.admin.internal.Cmdlets;
import dev.exchangesdk.admin.internal.JunkEmailRequests;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.BulkUpdateOptions;
import dev.exchangesdk.admin.model.BulkUpdateReport;
import dev.exchangesdk.admin.model.JunkEmailChanges;
import dev.exchangesdk.admin.model.JunkEmailConfiguration;
import java.util.Objects;

/**
 * Mailbox junk email rules: safe and blocked senders, for one mailbox or all of them. From {@link
 * ExchangeAdminClient#junkEmail()}; thread-safe.
 */
public final class JunkEmail {
  private final AdminContext ctx;

  JunkEmail(AdminContext ctx) {
    this.ctx = ctx;
  }

  /** One mailbox's junk email rule. */
  public JunkEmailConfiguration get(String mailbox) {
    Mailboxes.requireIdentity(mailbox, "mailbox");
    return Cmdlets.readOne(
        ctx.transport(), JunkEmailRequests.get(mailbox), JunkEmailRequests::configuration, mailbox);
  }

  /** Edits one mailbox's junk email rule; only what the change set holds is sent. */
  public AdminResult<Void> update(String mailbox, JunkEmailChanges changes) {
    Mailboxes.requireIdentity(mailbox, "mailbox");
    Objects.requireNonNull(changes, "changes");
    return Cmdlets.write(ctx.transport(), JunkEmailRequests.set(mailbox, changes));
  }

  /**
   * Applies the same edit to every user mailbox (N+1 calls: one listing, one update per mailbox), a
   * few at a time. A mailbox that fails is reported and the run goes on; mailboxes listed in {@link
   * BulkUpdateOptions#alreadyDone()} are skipped, so an interrupted run can be resumed with the
   * previous report's {@link BulkUpdateReport#completedKeys()}.
   */
  public BulkUpdateReport updateAllMailboxes(JunkEmailChanges changes, BulkUpdateOptions options) {
    Objects.requireNonNull(changes, "changes");
    Objects.requireNonNull(options, "options");
    return new BulkMailboxUpdater(ctx.transport())
        .run(options, mailbox -> JunkEmailRequests.set(mailbox, changes));
  }
}
