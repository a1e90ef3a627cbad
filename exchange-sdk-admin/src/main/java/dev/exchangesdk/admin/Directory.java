package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.DirectoryMappers;
import dev.exchangesdk.admin.internal.DirectoryRequests;
import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.admin.model.DirectoryUser;
import dev.exchangesdk.admin.model.Recipient;
import dev.exchangesdk.core.PagedIterable;

/**
 * Recipients and users as Exchange sees them. From {@link ExchangeAdminClient#directory()};
 * thread-safe.
 */
public final class Directory {
  private final AdminContext ctx;

  Directory(AdminContext ctx) {
    this.ctx = ctx;
  }

  /** Mail-enabled objects of any kind ({@code Get-Recipient}). */
  public PagedIterable<Recipient> listRecipients(DirectoryQuery query) {
    return ctx.transport()
        .list(
            DirectoryRequests.listing("Get-Recipient", query, true).build(),
            DirectoryMappers::recipient);
  }

  /** User accounts ({@code Get-User}). */
  public PagedIterable<DirectoryUser> listUsers(DirectoryQuery query) {
    return ctx.transport()
        .list(DirectoryRequests.listing("Get-User", query, true).build(), DirectoryMappers::user);
  }
}
