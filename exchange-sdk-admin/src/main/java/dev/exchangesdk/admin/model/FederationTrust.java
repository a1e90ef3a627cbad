package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.Map;

/**
 * A federation trust with the Microsoft Federation Gateway ({@code Get-FederationTrust}); the
 * certificates are reduced to subject, issuer, thumbprint and validity. The object has about 170
 * property paths: all are in {@link #raw()}. Immutable and thread-safe.
 *
 * @param identity the trust's identity
 * @param name its name
 * @param guid its GUID
 * @param applicationIdentifier the application id at the gateway
 * @param applicationUri the application URI
 * @param metadataEpr the gateway metadata endpoint
 * @param tokenIssuerUri the token issuer
 * @param tokenIssuerType the token issuer type
 * @param orgCertificate the organization's current certificate
 * @param orgNextCertificate the next certificate, or null
 * @param orgPrevCertificate the previous certificate, or null
 * @param tokenIssuerCertificate the token issuer's certificate
 * @param tokenIssuerPrevCertificate the token issuer's previous certificate, or null
 * @param raw every property the service returned
 */
public record FederationTrust(
    String identity,
    String name,
    String guid,
    String applicationIdentifier,
    String applicationUri,
    String metadataEpr,
    String tokenIssuerUri,
    String tokenIssuerType,
    CertificateSummary orgCertificate,
    CertificateSummary orgNextCertificate,
    CertificateSummary orgPrevCertificate,
    CertificateSummary tokenIssuerCertificate,
    CertificateSummary tokenIssuerPrevCertificate,
    Map<String, Object> raw) {
  public FederationTrust {
    raw = Immutable.map(raw);
  }
}
