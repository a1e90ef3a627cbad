package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.JunkEmailChanges;
import dev.exchangesdk.admin.model.JunkEmailConfiguration;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;

/** The junk email cmdlets' requests and output mapping. */
public final class JunkEmailRequests {
  private JunkEmailRequests() {}

  public static CmdletRequest get(String mailbox) {
    return CmdletRequest.builder("Get-MailboxJunkEmailConfiguration")
        .param("Identity", mailbox)
        .anchorMailbox(mailbox)
        .build();
  }

  /** Only what the change set holds is sent; lists as {@code @{Add; Remove}} hashtables. */
  public static CmdletRequest set(String mailbox, JunkEmailChanges c) {
    return CmdletRequest.builder("Set-MailboxJunkEmailConfiguration")
        .param("Identity", mailbox)
        .addRemove(
            "BlockedSendersAndDomains",
            c.addBlockedSendersAndDomains(),
            c.removeBlockedSendersAndDomains())
        .addRemove(
            "TrustedSendersAndDomains",
            c.addTrustedSendersAndDomains(),
            c.removeTrustedSendersAndDomains())
        .paramIfSet("TrustedListsOnly", c.trustedListsOnly())
        .paramIfSet("ContactsTrusted", c.contactsTrusted())
        .paramIfSet("Enabled", c.enabled())
        .anchorMailbox(mailbox)
        .build();
  }

  public static JunkEmailConfiguration configuration(CmdletObject o) {
    return new JunkEmailConfiguration(
        o.string("Identity"),
        o.string("MailboxOwnerId"),
        o.bool("Enabled"),
        o.bool("TrustedListsOnly"),
        o.bool("ContactsTrusted"),
        o.strings("TrustedSendersAndDomains"),
        o.strings("TrustedRecipientsAndDomains"),
        o.strings("BlockedSendersAndDomains"),
        o.asMap());
  }
}
