package dev.exchangesdk.testkit.internal.store;

import java.util.List;

/**
 * One access control entry on a mailbox: {@code FullAccess} and friends for {@code
 * Get-MailboxPermission}, or {@code SendAs} for {@code Get-RecipientPermission}.
 *
 * <p>Immutable and thread-safe.
 */
public record Permission(
    String user, List<String> accessRights, boolean deny, boolean inherited, String inheritance) {}
