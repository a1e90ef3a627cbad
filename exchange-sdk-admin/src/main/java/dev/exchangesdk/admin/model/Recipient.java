package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * Any mail-enabled object ({@code Get-Recipient}): mailboxes, groups, contacts, mail users.
 * Immutable and thread-safe.
 *
 * @param identity the service's identity
 * @param guid the GUID
 * @param name the object name
 * @param alias the Exchange alias
 * @param displayName the display name
 * @param primarySmtpAddress the primary SMTP address
 * @param emailAddresses every proxy address
 * @param externalDirectoryObjectId the Entra object id
 * @param recipientType e.g. {@code UserMailbox}, {@code MailUniversalDistributionGroup}
 * @param recipientTypeDetails the finer type
 * @param raw every property the service returned
 */
public record Recipient(
    String identity,
    String guid,
    String name,
    String alias,
    String displayName,
    String primarySmtpAddress,
    List<String> emailAddresses,
    String externalDirectoryObjectId,
    String recipientType,
    String recipientTypeDetails,
    Map<String, Object> raw) {
  public Recipient {
    emailAddresses = Immutable.list(emailAddresses);
    raw = Immutable.map(raw);
  }
}
