package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.Map;

/**
 * Settings for mail to an external domain ({@code Get-RemoteDomain}). {@link #autoForwardEnabled()}
 * says whether automatic forwarding to that domain is allowed. Immutable and thread-safe.
 *
 * @param identity its identity ({@code Default} for the catch-all)
 * @param domainName the domain ({@code *} for all)
 * @param autoForwardEnabled automatic forwarding allowed
 * @param autoReplyEnabled automatic replies allowed
 * @param allowedOofType which out-of-office replies go out
 * @param deliveryReportEnabled delivery reports allowed
 * @param ndrEnabled non-delivery reports allowed
 * @param isInternal whether the domain counts as internal
 * @param tnefEnabled TNEF (winmail.dat) use: true, false, or null for the user's choice
 * @param targetDeliveryDomain whether it is the target delivery domain
 * @param trustedMailInboundEnabled inbound mail trusted
 * @param trustedMailOutboundEnabled outbound mail trusted
 * @param contentType the message format sent
 * @param characterSet the character set
 * @param raw every property the service returned
 */
public record RemoteDomain(
    String identity,
    String domainName,
    Boolean autoForwardEnabled,
    Boolean autoReplyEnabled,
    String allowedOofType,
    Boolean deliveryReportEnabled,
    Boolean ndrEnabled,
    Boolean isInternal,
    Boolean tnefEnabled,
    Boolean targetDeliveryDomain,
    Boolean trustedMailInboundEnabled,
    Boolean trustedMailOutboundEnabled,
    String contentType,
    String characterSet,
    Map<String, Object> raw) {
  public RemoteDomain {
    raw = Immutable.map(raw);
  }
}
