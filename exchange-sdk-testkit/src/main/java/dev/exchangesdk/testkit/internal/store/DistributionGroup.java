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

  public EmailAddress address() {
    return new EmailAddress(displayName, primarySmtpAddress, "PublicDL");
  }
}
