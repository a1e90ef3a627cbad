package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.List;

/**
 * Edits of a junk email rule ({@code Set-MailboxJunkEmailConfiguration}). Lists are edited, not
 * replaced: additions and removals go as {@code @{Add=...; Remove=...}}. Only what is set is sent
 * (the pack failed on empty values); a change set with nothing in it is refused. Immutable and
 * thread-safe; the builder is not.
 *
 * @param addBlockedSendersAndDomains senders/domains to block
 * @param removeBlockedSendersAndDomains senders/domains to unblock
 * @param addTrustedSendersAndDomains senders/domains to trust
 * @param removeTrustedSendersAndDomains senders/domains to stop trusting
 * @param trustedListsOnly new value, or null to leave it
 * @param contactsTrusted new value, or null to leave it
 * @param enabled new value, or null to leave it
 */
public record JunkEmailChanges(
    List<String> addBlockedSendersAndDomains,
    List<String> removeBlockedSendersAndDomains,
    List<String> addTrustedSendersAndDomains,
    List<String> removeTrustedSendersAndDomains,
    Boolean trustedListsOnly,
    Boolean contactsTrusted,
    Boolean enabled) {
  public JunkEmailChanges {
    addBlockedSendersAndDomains = Immutable.list(addBlockedSendersAndDomains);
    removeBlockedSendersAndDomains = Immutable.list(removeBlockedSendersAndDomains);
    addTrustedSendersAndDomains = Immutable.list(addTrustedSendersAndDomains);
    removeTrustedSendersAndDomains = Immutable.list(removeTrustedSendersAndDomains);
    if (addBlockedSendersAndDomains.isEmpty()
        && removeBlockedSendersAndDomains.isEmpty()
        && addTrustedSendersAndDomains.isEmpty()
        && removeTrustedSendersAndDomains.isEmpty()
        && trustedListsOnly == null
        && contactsTrusted == null
        && enabled == null) {
      throw new InvalidRequestException("The junk email change set is empty: nothing to update");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link JunkEmailChanges}. Not thread-safe. */
  public static final class Builder {
    private List<String> addBlocked = List.of();
    private List<String> removeBlocked = List.of();
    private List<String> addTrusted = List.of();
    private List<String> removeTrusted = List.of();
    private Boolean trustedListsOnly;
    private Boolean contactsTrusted;
    private Boolean enabled;

    private Builder() {}

    public Builder blockSenders(String... sendersOrDomains) {
      this.addBlocked = List.of(sendersOrDomains);
      return this;
    }

    public Builder unblockSenders(String... sendersOrDomains) {
      this.removeBlocked = List.of(sendersOrDomains);
      return this;
    }

    public Builder trustSenders(String... sendersOrDomains) {
      this.addTrusted = List.of(sendersOrDomains);
      return this;
    }

    public Builder untrustSenders(String... sendersOrDomains) {
      this.removeTrusted = List.of(sendersOrDomains);
      return this;
    }

    public Builder trustedListsOnly(boolean trustedListsOnly) {
      this.trustedListsOnly = trustedListsOnly;
      return this;
    }

    public Builder contactsTrusted(boolean contactsTrusted) {
      this.contactsTrusted = contactsTrusted;
      return this;
    }

    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    public JunkEmailChanges build() {
      return new JunkEmailChanges(
          addBlocked,
          removeBlocked,
          addTrusted,
          removeTrusted,
          trustedListsOnly,
          contactsTrusted,
          enabled);
    }
  }
}
