package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.FederatedOrganizationIdentifier;
import dev.exchangesdk.admin.model.FederationTrust;
import dev.exchangesdk.admin.model.RemoteDomain;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrganizationTest {
  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @Test
  void reducesFederationCertificatesToTheirSummary() {
    t.enqueue(
        ok(
            "{\"Identity\":\"Microsoft Federation Gateway\",\"Name\":\"Microsoft Federation Gateway\","
                + "\"ApplicationIdentifier\":\"app\",\"ApplicationUri\":\"contoso.com\","
                + "\"TokenIssuerUri\":\"urn:federation:MicrosoftOnline\","
                + "\"OrgCertificate\":{\"Subject\":\"CN=Federation\",\"Issuer\":{\"Name\":"
                + "\"CN=Federation\",\"Oid\":{}},\"Thumbprint\":\"ABCD\","
                + "\"NotBefore\":\"2024-01-01T00:00:00.0000000+00:00\","
                + "\"NotAfter\":\"2029-01-01T00:00:00.0000000+00:00\",\"RawData\":[1,2,3]},"
                + "\"OrgNextCertificate\":null,"
                + "\"TokenIssuerCertificate\":{\"Subject\":\"CN=MSO\",\"Issuer\":\"CN=MSO CA\","
                + "\"Thumbprint\":\"EF01\",\"NotAfter\":\"2020-01-01T00:00:00Z\"}}"));

    List<FederationTrust> trusts = t.client.organization().federationTrusts(null).value();

    assertThat(t.nextParameters("Get-FederationTrust")).isEqualTo("{}");
    FederationTrust trust = trusts.get(0);
    assertThat(trust.orgCertificate().subject()).isEqualTo("CN=Federation");
    assertThat(trust.orgCertificate().issuer()).isEqualTo("CN=Federation");
    assertThat(trust.orgCertificate().thumbprint()).isEqualTo("ABCD");
    assertThat(trust.orgCertificate().notAfter()).isEqualTo(Instant.parse("2029-01-01T00:00:00Z"));
    assertThat(trust.orgCertificate().raw()).containsKey("RawData");
    assertThat(trust.orgNextCertificate()).isNull();
    assertThat(trust.tokenIssuerCertificate().isExpiredAt(Instant.parse("2026-01-01T00:00:00Z")))
        .isTrue();
    assertThat(trust.tokenIssuerUri()).isEqualTo("urn:federation:MicrosoftOnline");
  }

  @Test
  void readsTheFederationConfigurationWithExtendedDomainInfo() {
    // Constructed warning: the extended check reports domains it could not verify this way.
    t.enqueue(
        "{\"@adminapi.warnings\":[\"The domain 'fabrikam.com' could not be checked at the"
            + " federation gateway.\"],\"value\":["
            + "{\"Identity\":\"FedOrgId\",\"AccountNamespace\":\"FYDIBOHF25SPDLT.contoso.com\","
            + "\"DefaultDomain\":\"contoso.com\",\"Domains\":[\"contoso.com\",\"fabrikam.com\"],"
            + "\"Enabled\":true,\"OrganizationContact\":\"admin@contoso.com\"}]}");

    AdminResult<List<FederatedOrganizationIdentifier>> result =
        t.client.organization().federatedOrganizationIdentifiers("FedOrgId", true);
    List<FederatedOrganizationIdentifier> ids = result.value();

    assertThat(t.nextParameters("Get-FederatedOrganizationIdentifier"))
        .isEqualTo("{\"Identity\":\"FedOrgId\",\"IncludeExtendedDomainInfo\":true}");
    assertThat(ids.get(0).domains()).containsExactly("contoso.com", "fabrikam.com");
    assertThat(ids.get(0).enabled()).isTrue();
    assertThat(result.warnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.cmdlet()).isEqualTo("Get-FederatedOrganizationIdentifier");
              assertThat(w.message()).contains("'fabrikam.com' could not be checked");
            });
    assertThat(t.warnings).isEqualTo(result.warnings());
  }

  @Test
  void readsRemoteDomainsIncludingAutoForwarding() {
    t.enqueue(
        ok(
            "{\"Identity\":\"Default\",\"DomainName\":\"*\",\"AutoForwardEnabled\":false,"
                + "\"AutoReplyEnabled\":true,\"AllowedOOFType\":\"External\",\"TNEFEnabled\":null,"
                + "\"NDREnabled\":true,\"IsInternal\":false,\"ContentType\":\"MimeHtmlText\","
                + "\"CharacterSet\":\"iso-8859-1\"}"));

    AdminResult<List<RemoteDomain>> result = t.client.organization().remoteDomains("Default");
    List<RemoteDomain> domains = result.value();

    assertThat(t.nextParameters("Get-RemoteDomain")).isEqualTo("{\"Identity\":\"Default\"}");
    RemoteDomain d = domains.get(0);
    assertThat(d.autoForwardEnabled()).isFalse();
    assertThat(d.tnefEnabled()).isNull();
    assertThat(d.allowedOofType()).isEqualTo("External");
    assertThat(d.ndrEnabled()).isTrue();
    assertThat(result.hasWarnings()).isFalse();
  }
}
