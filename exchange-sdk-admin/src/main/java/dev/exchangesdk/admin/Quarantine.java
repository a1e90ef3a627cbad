package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.Cmdlets;
import dev.exchangesdk.admin.internal.SecurityMappers;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.QuarantineExport;
import dev.exchangesdk.admin.model.QuarantineExportRequest;
import dev.exchangesdk.admin.model.QuarantineQuery;
import dev.exchangesdk.admin.model.QuarantineReleaseRequest;
import dev.exchangesdk.admin.model.QuarantinedMessage;
import dev.exchangesdk.core.Page;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import dev.exchangesdk.core.internal.cmdlet.CmdletPage;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Quarantined messages and files: list, export (the .eml bytes decoded for you), release. From
 * {@link ExchangeAdminClient#quarantine()}; thread-safe.
 */
public final class Quarantine {
  private static final int LAST_PAGE = 1000;

  private final AdminContext ctx;

  Quarantine(AdminContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Lists quarantined messages, fetching {@code -Page} after {@code -Page} lazily until a page
   * comes back short (or page 1000, the cmdlet's last). The continuation token is the next page
   * number.
   */
  public PagedIterable<QuarantinedMessage> list(QuarantineQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.identity() != null && !query.identity().isBlank()) {
      return PagedIterable.of(
          token -> {
            AdminResult<List<QuarantinedMessage>> r =
                Cmdlets.readAll(
                    ctx.transport(), details(query).build(), SecurityMappers::quarantinedMessage);
            return new Page<>(r.value(), null, r.warnings());
          });
    }
    return PagedIterable.of(
        token -> {
          int page = token == null ? query.page() : Integer.parseInt(token);
          CmdletPage answer = ctx.transport().invoke(summary(query, page).build());
          List<QuarantinedMessage> items = new ArrayList<>();
          for (CmdletObject o : answer.cmdletObjects()) {
            items.add(SecurityMappers.quarantinedMessage(o));
          }
          boolean more = items.size() >= query.pageSize() && page < LAST_PAGE;
          return new Page<>(items, more ? Integer.toString(page + 1) : null, answer.warnings());
        });
  }

  private static CmdletRequest.Builder details(QuarantineQuery q) {
    return CmdletRequest.builder("Get-QuarantineMessage")
        .param("Identity", q.identity())
        .paramIfSet("EntityType", q.entityType())
        .listIfSet("RecipientAddress", q.recipientAddress())
        .listIfSet("SenderAddress", q.senderAddress())
        .listIfSet("TeamsConversationTypes", q.teamsConversationTypes());
  }

  private static CmdletRequest.Builder summary(QuarantineQuery q, int page) {
    return CmdletRequest.builder("Get-QuarantineMessage")
        .paramIfSet("Direction", q.direction())
        .listIfSet("Domain", q.domain())
        .paramIfSet("EndExpiresDate", q.endExpiresDate())
        .paramIfSet("EndReceivedDate", q.endReceivedDate())
        .paramIfSet("EntityType", q.entityType())
        .switchIf(
            "IncludeMessagesFromBlockedSenderAddress", q.includeMessagesFromBlockedSenderAddress())
        .paramIfSet("MessageId", q.messageId())
        .switchIf("MyItems", q.myItems())
        .param("Page", page)
        .param("PageSize", q.pageSize())
        .paramIfSet("PolicyName", q.policyName())
        .listIfSet("PolicyTypes", q.policyTypes())
        .listIfSet("QuarantineTypes", q.quarantineTypes())
        .listIfSet("RecipientAddress", q.recipientAddress())
        .listIfSet("RecipientTag", q.recipientTag())
        .listIfSet("ReleaseStatus", q.releaseStatus())
        .paramIfSet("Reported", q.reported())
        .listIfSet("SenderAddress", q.senderAddress())
        .paramIfSet("StartExpiresDate", q.startExpiresDate())
        .paramIfSet("StartReceivedDate", q.startReceivedDate())
        .paramIfSet("Subject", q.subject())
        .listIfSet("TeamsConversationTypes", q.teamsConversationTypes())
        .paramIfSet("Type", q.type());
  }

  /**
   * Exports messages; each result in {@link AdminResult#value()} holds the decoded .eml bytes, and
   * {@link AdminResult#warnings()} the cmdlet's warnings. Several identities go as {@code
   * -Identities} with the first also as {@code -Identity}, which the cmdlet requires but ignores.
   */
  public AdminResult<List<QuarantineExport>> export(QuarantineExportRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest.Builder b = CmdletRequest.builder("Export-QuarantineMessage");
    identities(b, request.identities());
    b.switchIf("CompressOutput", request.compressOutput())
        .paramIfSet("EntityType", request.entityType())
        .switchIf("ForceConversionToMime", request.forceConversionToMime())
        .paramIfSet("ReasonForExport", request.reasonForExport())
        .paramIfSet("RecipientAddress", request.recipientAddress());
    char[] password = request.password();
    if (password != null) {
      // The body is built from a CharSequence view; the request object keeps no String copy.
      b.param("PasswordV2", CharBuffer.wrap(password));
    }
    try {
      return Cmdlets.readAll(ctx.transport(), b.build(), SecurityMappers::quarantineExport);
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  /**
   * Releases messages. Not repeated automatically after an unclear failure (a message could be
   * delivered twice); a throttled call is repeated, since the service refused it before running.
   */
  public AdminResult<Void> release(QuarantineReleaseRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest.Builder b = CmdletRequest.builder("Release-QuarantineMessage");
    identities(b, request.identities());
    b.listIfSet("User", request.users())
        .switchIf("ReleaseToAll", request.releaseToAll())
        .switchIf("AllowSender", request.allowSender())
        .paramIfSet("EntityType", request.entityType())
        .switchIf("Force", request.force())
        .switchIf("ReportFalsePositive", request.reportFalsePositive());
    if (request.actionType() != null) {
      b.param("ActionType", request.actionType().wireName());
    }
    return Cmdlets.write(ctx.transport(), b.build());
  }

  private static void identities(CmdletRequest.Builder b, List<String> identities) {
    if (identities.size() == 1) {
      b.param("Identity", identities.get(0));
    } else {
      b.param("Identities", identities).param("Identity", identities.get(0));
    }
  }
}
