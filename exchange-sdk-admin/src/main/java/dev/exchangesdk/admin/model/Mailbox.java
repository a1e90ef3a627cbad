package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A mailbox as {@code Get-Mailbox} returns it: the commonly used properties typed, every property
 * (typed ones included, in the service's text form) in {@link #raw()}.
 *
 * <p>Typed properties are {@code null} when the service did not return them (a narrower property
 * set was selected) or sent them empty. Immutable and thread-safe.
 *
 * @param guid the mailbox's GUID
 * @param identity the service's identity (often the alias or name)
 * @param name the object name
 * @param displayName the display name
 * @param alias the Exchange alias
 * @param primarySmtpAddress the primary SMTP address
 * @param userPrincipalName the owner's UPN
 * @param externalDirectoryObjectId the Entra object id
 * @param exchangeObjectId the Exchange object id
 * @param distinguishedName the directory DN
 * @param recipientType e.g. {@code UserMailbox}
 * @param recipientTypeDetails e.g. {@code UserMailbox}, {@code SharedMailbox}
 * @param emailAddresses every proxy address ({@code SMTP:} is the primary)
 * @param forwardingAddress the recipient mail is forwarded to, or null
 * @param forwardingSmtpAddress the external address mail is forwarded to ({@code smtp:...}), or
 *     null
 * @param deliverToMailboxAndForward whether forwarded mail is also kept in the mailbox
 * @param whenCreated when the object was created
 * @param whenChanged when it last changed
 * @param raw every property the service returned
 */
public record Mailbox(
    String guid,
    String identity,
    String name,
    String displayName,
    String alias,
    String primarySmtpAddress,
    String userPrincipalName,
    String externalDirectoryObjectId,
    String exchangeObjectId,
    String distinguishedName,
    String recipientType,
    String recipientTypeDetails,
    List<String> emailAddresses,
    String forwardingAddress,
    String forwardingSmtpAddress,
    Boolean deliverToMailboxAndForward,
    Instant whenCreated,
    Instant whenChanged,
    Map<String, Object> raw) {
  public Mailbox {
    emailAddresses = Immutable.list(emailAddresses);
    raw = Immutable.map(raw);
  }

  /** Whether mail to this mailbox is forwarded anywhere (a frequent sign of compromise). */
  public boolean forwards() {
    return forwardingAddress != null || forwardingSmtpAddress != null;
  }
}
