package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.Cmdlets;
import dev.exchangesdk.admin.internal.SecurityMappers;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.AllowBlockAction;
import dev.exchangesdk.admin.model.AllowBlockListAddRequest;
import dev.exchangesdk.admin.model.AllowBlockListCount;
import dev.exchangesdk.admin.model.AllowBlockListEntry;
import dev.exchangesdk.admin.model.AllowBlockListQuery;
import dev.exchangesdk.admin.model.AllowBlockListRemoveRequest;
import dev.exchangesdk.admin.model.AllowBlockListSubType;
import dev.exchangesdk.admin.model.AllowBlockListType;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.util.List;
import java.util.Objects;

/**
 * The Tenant Allow/Block List of Defender for Office 365: senders, file hashes, URLs and IPs that
 * mail filtering always allows or blocks. From {@link ExchangeAdminClient#tenantAllowBlockList()};
 * thread-safe.
 *
 * <p>Needs {@code Exchange.ManageAsApp} and the Exchange Administrator role: an app with only
 * Security Administrator gets an empty HTTP 403, reported as {@link
 * dev.exchangesdk.core.AccessDeniedException} saying so.
 */
public final class TenantAllowBlockList {
  private final AdminContext ctx;

  TenantAllowBlockList(AdminContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Adds entries. The result holds one entry per value; an entry the service could not add carries
   * its reason in {@link AllowBlockListEntry#error()}. Not repeated automatically after an unclear
   * failure (it may have been applied).
   */
  public AdminResult<List<AllowBlockListEntry>> add(AllowBlockListAddRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest.Builder b =
        CmdletRequest.builder("New-TenantAllowBlockListItems")
            .param("Entries", request.entries())
            .param("ListType", request.listType().wireName())
            .switchIf(request.action().wireName(), true)
            .paramIfSet("ListSubType", subType(request.listSubType()))
            .paramIfSet("Notes", request.notes())
            .paramIfSet("ExpirationDate", request.expiration())
            .switchIf("NoExpiration", request.noExpiration());
    if (request.removeAfter45DaysUnused()) {
      b.param("RemoveAfter", 45);
    }
    return Cmdlets.writeReturning(ctx.transport(), b.build(), SecurityMappers::allowBlockEntry);
  }

  /**
   * Lists entries. An empty list is an empty result, never an error: the service then answers with
   * only the warning "No entries found." (with an empty {@code value}, or none at all), which the
   * page carries in {@link dev.exchangesdk.core.Page#warnings()} (walk {@link
   * PagedIterable#byPage()} to see it) besides the warning listener and the log.
   */
  public PagedIterable<AllowBlockListEntry> list(AllowBlockListQuery query) {
    Objects.requireNonNull(query, "query");
    CmdletRequest.Builder b =
        CmdletRequest.builder("Get-TenantAllowBlockListItems")
            .param("ListType", query.listType().wireName())
            .paramIfSet("ListSubType", subType(query.listSubType()))
            .paramIfSet("Entry", query.entry())
            .paramIfSet("ExpirationDate", query.expirationDate())
            .switchIf("NoExpiration", query.noExpiration());
    if (query.action() != null) {
      b.switchIf(query.action().wireName(), true);
    }
    return ctx.transport().list(b.build(), SecurityMappers::allowBlockEntry);
  }

  /**
   * Counts the entries of one list (both actions when {@code action} is null), e.g. to warn before
   * the plan's limit is reached (the limits are per list type).
   *
   * @param listType the list to count; null counts every list type ({@link
   *     AllowBlockListType#values()}) and returns their total: {@code
   *     Get-TenantAllowBlockListItems} requires {@code -ListType}, so that is one call per list
   *     type
   * @param listSubType the subtype; {@link AllowBlockListSubType#TENANT} when null
   * @param action only allow or only block entries, or null for both
   */
  public AllowBlockListCount count(
      AllowBlockListType listType, AllowBlockListSubType listSubType, AllowBlockAction action) {
    List<AllowBlockListType> types =
        listType == null ? List.of(AllowBlockListType.values()) : List.of(listType);
    AllowBlockListSubType subType =
        listSubType == null ? AllowBlockListSubType.TENANT : listSubType;
    int n = 0;
    for (AllowBlockListType type : types) {
      for (AllowBlockListEntry ignored :
          list(new AllowBlockListQuery(type, subType, action, null, null, false))) {
        n++;
      }
    }
    return new AllowBlockListCount(n, listType, subType, action);
  }

  /** Removes entries by value or by id; the result lists them with {@code ObjectState Deleted}. */
  public AdminResult<List<AllowBlockListEntry>> remove(AllowBlockListRemoveRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest r =
        CmdletRequest.builder("Remove-TenantAllowBlockListItems")
            .listIfSet("Entries", request.entries())
            .listIfSet("Ids", request.ids())
            .param("ListType", request.listType().wireName())
            .paramIfSet("ListSubType", subType(request.listSubType()))
            .build();
    return Cmdlets.writeReturning(ctx.transport(), r, SecurityMappers::allowBlockEntry);
  }

  private static String subType(AllowBlockListSubType subType) {
    return (subType == null ? AllowBlockListSubType.TENANT : subType).wireName();
  }
}
