package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.Map;

/**
 * Whether an account bypasses mailbox audit logging ({@code Get-MailboxAuditBypassAssociation}).
 * What a bypassed account does in mailboxes is not audited, so a bypass deserves attention.
 * Immutable and thread-safe.
 *
 * @param identity the account
 * @param name the object name
 * @param guid the GUID
 * @param objectId the object id
 * @param auditBypassEnabled whether audit logging is bypassed
 * @param whenCreated when the association was created
 * @param whenChanged when it last changed
 * @param raw every property the service returned
 */
public record AuditBypassAssociation(
    String identity,
    String name,
    String guid,
    String objectId,
    Boolean auditBypassEnabled,
    Instant whenCreated,
    Instant whenChanged,
    Map<String, Object> raw) {
  public AuditBypassAssociation {
    raw = Immutable.map(raw);
  }
}
