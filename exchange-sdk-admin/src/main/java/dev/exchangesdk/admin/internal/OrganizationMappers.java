package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.CertificateSummary;
import dev.exchangesdk.admin.model.FederatedOrganizationIdentifier;
import dev.exchangesdk.admin.model.FederationTrust;
import dev.exchangesdk.admin.model.RemoteDomain;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import java.util.Map;

/** Builds the federation and remote domain records from cmdlet output. */
public final class OrganizationMappers {
  private OrganizationMappers() {}

  public static FederationTrust federationTrust(CmdletObject o) {
    return new FederationTrust(
        o.string("Identity"),
        o.string("Name"),
        o.string("Guid"),
        o.string("ApplicationIdentifier"),
        o.string("ApplicationUri"),
        o.string("MetadataEpr"),
        o.string("TokenIssuerUri"),
        o.string("TokenIssuerType"),
        certificate(o, "OrgCertificate"),
        certificate(o, "OrgNextCertificate"),
        certificate(o, "OrgPrevCertificate"),
        certificate(o, "TokenIssuerCertificate"),
        certificate(o, "TokenIssuerPrevCertificate"),
        o.asMap());
  }

  /** The summary of a serialized X509Certificate2, or null when the property is absent or null. */
  static CertificateSummary certificate(CmdletObject o, String property) {
    CmdletObject cert = o.object(property);
    if (cert == null) {
      Object text = o.get(property);
      return text == null || text.toString().isBlank()
          ? null
          : new CertificateSummary(null, null, null, null, null, Map.of("Value", text));
    }
    return new CertificateSummary(
        firstString(cert, "Subject", "SubjectName"),
        firstString(cert, "Issuer", "IssuerName"),
        cert.string("Thumbprint"),
        cert.instant("NotBefore"),
        cert.instant("NotAfter"),
        cert.asMap());
  }

  /** Subject/Issuer may be text or an X500DistinguishedName object with a {@code Name}. */
  private static String firstString(CmdletObject cert, String... names) {
    for (String n : names) {
      Object v = cert.get(n);
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
      if (v instanceof Map<?, ?> m && m.get("Name") instanceof String s && !s.isBlank()) {
        return s;
      }
    }
    return null;
  }

  public static FederatedOrganizationIdentifier federatedOrganizationIdentifier(CmdletObject o) {
    return new FederatedOrganizationIdentifier(
        o.string("Identity"),
        o.string("Name"),
        o.string("Guid"),
        o.string("AccountNamespace"),
        o.string("DefaultDomain"),
        o.string("DelegationTrustLink"),
        o.strings("Domains"),
        o.bool("Enabled"),
        o.string("OrganizationContact"),
        o.asMap());
  }

  public static RemoteDomain remoteDomain(CmdletObject o) {
    return new RemoteDomain(
        o.string("Identity"),
        o.string("DomainName"),
        o.bool("AutoForwardEnabled"),
        o.bool("AutoReplyEnabled"),
        o.string("AllowedOOFType"),
        o.bool("DeliveryReportEnabled"),
        o.bool("NDREnabled"),
        o.bool("IsInternal"),
        o.bool("TNEFEnabled"),
        o.bool("TargetDeliveryDomain"),
        o.bool("TrustedMailInboundEnabled"),
        o.bool("TrustedMailOutboundEnabled"),
        o.string("ContentType"),
        o.string("CharacterSet"),
        o.asMap());
  }
}
