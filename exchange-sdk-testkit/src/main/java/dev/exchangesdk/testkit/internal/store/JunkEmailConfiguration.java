package dev.exchangesdk.testkit.internal.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A mailbox's junk email rule, as {@code Get/Set-MailboxJunkEmailConfiguration} see it.
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class JunkEmailConfiguration {
  public boolean enabled = true;
  public boolean trustedListsOnly;
  public boolean contactsTrusted = true;
  public final List<String> trustedSendersAndDomains = new ArrayList<>();
  public final List<String> blockedSendersAndDomains = new ArrayList<>();
  public final List<String> trustedRecipientsAndDomains = new ArrayList<>();

  /** Whether mail from {@code sender} should go to Junk Email under this configuration. */
  public boolean blocks(String sender) {
    if (!enabled || sender == null) {
      return false;
    }
    return matches(blockedSendersAndDomains, sender) && !matches(trustedSendersAndDomains, sender);
  }

  static boolean matches(List<String> entries, String address) {
    String a = address.toLowerCase(java.util.Locale.ROOT);
    for (String e : entries) {
      String x = e.toLowerCase(java.util.Locale.ROOT);
      if (a.equals(x) || a.endsWith("@" + x) || a.endsWith("." + x)) {
        return true;
      }
    }
    return false;
  }
}
