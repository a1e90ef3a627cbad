package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.Map;

/**
 * The useful part of a certificate the service returns as a deep .NET {@code X509Certificate2}
 * graph. Immutable and thread-safe.
 *
 * @param subject the subject DN
 * @param issuer the issuer DN
 * @param thumbprint the SHA-1 thumbprint
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param raw the whole object as the service sent it
 */
public record CertificateSummary(
    String subject,
    String issuer,
    String thumbprint,
    Instant notBefore,
    Instant notAfter,
    Map<String, Object> raw) {
  public CertificateSummary {
    raw = Immutable.map(raw);
  }

  /** Whether the certificate is outside its validity period at {@code now}. */
  public boolean isExpiredAt(Instant now) {
    return notAfter != null && now.isAfter(notAfter);
  }
}
