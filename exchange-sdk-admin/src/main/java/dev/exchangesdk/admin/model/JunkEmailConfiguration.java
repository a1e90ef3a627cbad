package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.util.List;
import java.util.Map;

/**
 * A mailbox's junk email rule ({@code Get-MailboxJunkEmailConfiguration}): safe and blocked
 * senders. Immutable and thread-safe.
 *
 * @param identity the mailbox's identity
 * @param mailboxOwnerId the owner
 * @param enabled whether the junk email rule is on
 * @param trustedListsOnly whether only trusted senders reach the inbox
 * @param contactsTrusted whether the owner's contacts are trusted
 * @param trustedSendersAndDomains safe senders and domains
 * @param trustedRecipientsAndDomains safe recipients and domains
 * @param blockedSendersAndDomains blocked senders and domains
 * @param raw every property the service returned
 */
public record JunkEmailConfiguration(
    String identity,
    String mailboxOwnerId,
    Boolean enabled,
    Boolean trustedListsOnly,
    Boolean contactsTrusted,
    List<String> trustedSendersAndDomains,
    List<String> trustedRecipientsAndDomains,
    List<String> blockedSendersAndDomains,
    Map<String, Object> raw) {
  public JunkEmailConfiguration {
    trustedSendersAndDomains = Immutable.list(trustedSendersAndDomains);
    trustedRecipientsAndDomains = Immutable.list(trustedRecipientsAndDomains);
    blockedSendersAndDomains = Immutable.list(blockedSendersAndDomains);
    raw = Immutable.map(raw);
  }
}
