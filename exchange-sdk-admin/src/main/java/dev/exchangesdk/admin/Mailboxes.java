package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.Cmdlets;
import dev.exchangesdk.admin.internal.DirectoryMappers;
import dev.exchangesdk.admin.internal.DirectoryRequests;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.AuditBypassAssociation;
import dev.exchangesdk.admin.model.CasMailbox;
import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.admin.model.Mailbox;
import dev.exchangesdk.admin.model.MailboxPermission;
import dev.exchangesdk.admin.model.MailboxPropertySet;
import dev.exchangesdk.admin.model.RecipientPermission;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Mailboxes and what hangs off them: properties, client access settings, permissions, audit bypass,
 * forwarding. From {@link ExchangeAdminClient#mailboxes()}; thread-safe.
 *
 * <p>Listings are lazy {@link PagedIterable}s (1000 objects per request); stop iterating and no
 * further page is fetched.
 */
public final class Mailboxes {
  /** Always selected, so every typed field of {@link Mailbox} is filled whatever the sets. */
  private static final List<String> TYPED_PROPERTIES =
      List.of(
          "Guid",
          "Identity",
          "Name",
          "DisplayName",
          "Alias",
          "PrimarySmtpAddress",
          "UserPrincipalName",
          "ExternalDirectoryObjectId",
          "ExchangeObjectId",
          "DistinguishedName",
          "RecipientType",
          "RecipientTypeDetails",
          "EmailAddresses",
          "ForwardingAddress",
          "ForwardingSmtpAddress",
          "DeliverToMailboxAndForward",
          "WhenCreated",
          "WhenChanged",
          "WhenCreatedUTC",
          "WhenChangedUTC");

  private final AdminContext ctx;

  Mailboxes(AdminContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Lists mailboxes ({@code Get-Mailbox}) with the given property sets ({@link
   * MailboxPropertySet#MINIMUM} when none) plus the properties of {@link Mailbox}'s typed fields.
   */
  public PagedIterable<Mailbox> list(DirectoryQuery query, MailboxPropertySet... propertySets) {
    return list(query, List.of(propertySets), List.of());
  }

  /** {@link #list(DirectoryQuery, MailboxPropertySet...)} with extra properties by name. */
  public PagedIterable<Mailbox> list(
      DirectoryQuery query,
      Collection<MailboxPropertySet> propertySets,
      Collection<String> extraProperties) {
    CmdletRequest request =
        DirectoryRequests.listing("Get-Mailbox", query, true)
            .select(select(propertySets, extraProperties))
            .build();
    return ctx.transport().list(request, DirectoryMappers::mailbox);
  }

  /** One mailbox by name, alias, SMTP address, UPN, GUID or DN; every property. */
  public Mailbox get(String identity) {
    requireIdentity(identity, "identity");
    return Cmdlets.readOne(
        ctx.transport(),
        CmdletRequest.builder("Get-Mailbox").param("Identity", identity).build(),
        DirectoryMappers::mailbox,
        identity);
  }

  /** Client access settings ({@code Get-CASMailbox}): which protocols reach each mailbox. */
  public PagedIterable<CasMailbox> listCasMailboxes(DirectoryQuery query) {
    return ctx.transport()
        .list(
            DirectoryRequests.listing("Get-CASMailbox", query, false).build(),
            DirectoryMappers::casMailbox);
  }

  /** Who has which rights on a mailbox ({@code Get-MailboxPermission}). */
  public PagedIterable<MailboxPermission> listPermissions(String identity) {
    requireIdentity(identity, "identity");
    return ctx.transport()
        .list(
            CmdletRequest.builder("Get-MailboxPermission")
                .param("Identity", identity)
                .resultSize(0)
                .build(),
            DirectoryMappers::mailboxPermission);
  }

  /**
   * Send As permissions ({@code Get-RecipientPermission}), with {@code AccessRights} normalised to
   * names.
   *
   * @param identity the recipient, or null for all
   * @param trustee only permissions held by this user, or null
   * @param limit the most entries; 0 or less for all
   */
  public PagedIterable<RecipientPermission> listRecipientPermissions(
      String identity, String trustee, int limit) {
    return ctx.transport()
        .list(
            CmdletRequest.builder("Get-RecipientPermission")
                .paramIfSet("Identity", DirectoryRequests.blankToNull(identity))
                .paramIfSet("Trustee", DirectoryRequests.blankToNull(trustee))
                .resultSize(limit)
                .build(),
            DirectoryMappers::recipientPermission);
  }

  /**
   * Mailbox audit bypass associations ({@code Get-MailboxAuditBypassAssociation}).
   *
   * @param identity one account, or null for all
   * @param limit the most entries to read; 0 or less for all
   * @param bypassedOnly keep only accounts whose audit logging is bypassed
   */
  public PagedIterable<AuditBypassAssociation> listAuditBypassAssociations(
      String identity, int limit, boolean bypassedOnly) {
    return ctx.transport()
        .list(
            CmdletRequest.builder("Get-MailboxAuditBypassAssociation")
                .paramIfSet("Identity", DirectoryRequests.blankToNull(identity))
                .resultSize(limit)
                .build(),
            o -> {
              AuditBypassAssociation a = DirectoryMappers.auditBypass(o);
              return bypassedOnly && !Boolean.TRUE.equals(a.auditBypassEnabled()) ? null : a;
            });
  }

  /**
   * Stops forwarding on a mailbox: {@code Set-Mailbox -ForwardingAddress $null
   * -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false}, the nulls sent explicitly.
   * Inbox rules can forward too: check {@link InboxRules#list(String, int)}.
   */
  public AdminResult<Void> disableForwarding(String identity) {
    requireIdentity(identity, "identity");
    return Cmdlets.write(
        ctx.transport(),
        CmdletRequest.builder("Set-Mailbox")
            .param("Identity", identity)
            .param("ForwardingAddress", null)
            .param("ForwardingSmtpAddress", null)
            .param("DeliverToMailboxAndForward", false)
            .build());
  }

  private static List<String> select(
      Collection<MailboxPropertySet> sets, Collection<String> extra) {
    Objects.requireNonNull(sets, "propertySets");
    Objects.requireNonNull(extra, "extraProperties");
    if (sets.contains(MailboxPropertySet.ALL)) {
      return List.of();
    }
    Set<String> properties = new LinkedHashSet<>(TYPED_PROPERTIES);
    (sets.isEmpty() ? List.of(MailboxPropertySet.MINIMUM) : sets)
        .forEach(s -> properties.addAll(s.properties()));
    properties.addAll(extra);
    return List.copyOf(properties);
  }

  static void requireIdentity(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new InvalidRequestException(name + " is required");
    }
  }
}
