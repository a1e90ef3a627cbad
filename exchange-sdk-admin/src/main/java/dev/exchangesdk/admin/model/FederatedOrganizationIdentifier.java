package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * The organization's federation configuration ({@code Get-FederatedOrganizationIdentifier}).
 * Immutable and thread-safe.
 *
 * @param identity its identity
 * @param name its name
 * @param guid its GUID
 * @param accountNamespace the federated account namespace
 * @param defaultDomain the default federated domain
 * @param delegationTrustLink the federation trust it uses
 * @param domains the federated domains
 * @param enabled whether federation is enabled
 * @param organizationContact the contact address
 * @param raw every property the service returned
 */
public record FederatedOrganizationIdentifier(
    String identity,
    String name,
    String guid,
    String accountNamespace,
    String defaultDomain,
    String delegationTrustLink,
    List<String> domains,
    Boolean enabled,
    String organizationContact,
    Map<String, Object> raw) {
  public FederatedOrganizationIdentifier {
    domains = Immutable.list(domains);
    raw = Immutable.map(raw);
  }
}
