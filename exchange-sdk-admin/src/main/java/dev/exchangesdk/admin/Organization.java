package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.Cmdlets;
import dev.exchangesdk.admin.internal.DirectoryRequests;
import dev.exchangesdk.admin.internal.OrganizationMappers;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.FederatedOrganizationIdentifier;
import dev.exchangesdk.admin.model.FederationTrust;
import dev.exchangesdk.admin.model.RemoteDomain;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.util.List;

/**
 * Organization-wide settings that matter for mail security: federation and remote domains (where
 * automatic forwarding is allowed). From {@link ExchangeAdminClient#organization()}; thread-safe.
 *
 * <p>Each read returns the objects in {@link AdminResult#value()} with the cmdlet's warnings (for
 * example what {@code -IncludeExtendedDomainInfo} could not check) in {@link
 * AdminResult#warnings()}.
 */
public final class Organization {
  private final AdminContext ctx;

  Organization(AdminContext ctx) {
    this.ctx = ctx;
  }

  /** Federation trusts ({@code Get-FederationTrust}); {@code identity} null for all. */
  public AdminResult<List<FederationTrust>> federationTrusts(String identity) {
    return Cmdlets.readAll(
        ctx.transport(),
        CmdletRequest.builder("Get-FederationTrust")
            .paramIfSet("Identity", DirectoryRequests.blankToNull(identity))
            .build(),
        OrganizationMappers::federationTrust);
  }

  /**
   * The federation configuration ({@code Get-FederatedOrganizationIdentifier}).
   *
   * @param identity one configuration, or null
   * @param includeExtendedDomainInfo also check each domain at the federation gateway (slower)
   */
  public AdminResult<List<FederatedOrganizationIdentifier>> federatedOrganizationIdentifiers(
      String identity, boolean includeExtendedDomainInfo) {
    return Cmdlets.readAll(
        ctx.transport(),
        CmdletRequest.builder("Get-FederatedOrganizationIdentifier")
            .paramIfSet("Identity", DirectoryRequests.blankToNull(identity))
            .switchIf("IncludeExtendedDomainInfo", includeExtendedDomainInfo)
            .build(),
        OrganizationMappers::federatedOrganizationIdentifier);
  }

  /** Remote domains ({@code Get-RemoteDomain}); {@code identity} null for all. */
  public AdminResult<List<RemoteDomain>> remoteDomains(String identity) {
    return Cmdlets.readAll(
        ctx.transport(),
        CmdletRequest.builder("Get-RemoteDomain")
            .paramIfSet("Identity", DirectoryRequests.blankToNull(identity))
            .build(),
        OrganizationMappers::remoteDomain);
  }
}
