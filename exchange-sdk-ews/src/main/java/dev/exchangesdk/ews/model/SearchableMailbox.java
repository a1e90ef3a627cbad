package dev.exchangesdk.ews.model;

import java.util.Objects;

/**
 * A mailbox an eDiscovery manager may search (pack {@code ews-get-searchable-mailboxes}: {@code
 * mailbox}, {@code mailboxId}, {@code displayName}, {@code isExternal}, {@code
 * externalEmailAddress}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param address the primary SMTP address (pack {@code mailbox})
 * @param referenceId the id to name it by in {@link DiscoveryQuery} (pack {@code mailboxId})
 * @param displayName the display name
 * @param external whether it is an external mailbox (pack {@code isExternal}, a string there)
 * @param externalEmailAddress the external address, or {@code null}
 * @param guid the mailbox GUID, or {@code null}
 * @param group whether the entry is a group whose members are searched
 */
public record SearchableMailbox(
    String address,
    String referenceId,
    String displayName,
    boolean external,
    String externalEmailAddress,
    String guid,
    boolean group) {

  public SearchableMailbox {
    Objects.requireNonNull(referenceId, "referenceId");
  }
}
