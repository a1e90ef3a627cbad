package dev.exchangesdk.testkit.internal.store;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A distribution group: an address whose members are mailboxes, external addresses or other groups
 * (nesting is allowed, cycles are tolerated by expansion).
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class DistributionGroup {
  public final UUID guid;
  public String primarySmtpAddress;
  public String displayName;
  public String alias;

  /** Member SMTP addresses, in order. */
  public final List<String> members = new ArrayList<>();

  public DistributionGroup(UUID guid) {
    this.guid = guid;
  }

  /** The group's X.500 address, which eDiscovery uses as its reference id. */
  public String legacyExchangeDn() {
    return "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn="
        + guid.toString().replace("-", "")
        + "-"
        + alias;
  }

  public EmailAddress address() {
    return new EmailAddress(displayName, primarySmtpAddress, "PublicDL");
  }
}
