package dev.exchangesdk.testkit.internal.store;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A mailbox of the fake tenant: its directory data (addresses, names, GUIDs), its folder tree with
 * the well-known folders Exchange Online creates, and the per-mailbox settings the admin cmdlets
 * and EWS expose (junk rule, automatic replies, inbox rules, forwarding, permissions, protocols).
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class Mailbox {
  /** {@code UserMailbox}, {@code SharedMailbox}, ... (the {@code RecipientTypeDetails}). */
  public String recipientTypeDetails = "UserMailbox";

  public final UUID guid;
  public final UUID exchangeObjectId;
  public final UUID externalDirectoryObjectId;
  public String primarySmtpAddress;
  public String displayName;
  public String alias;
  public String firstName;
  public String lastName;
  public String title;
  public String department;
  public String office;
  public String phone;
  public String city;
  public String countryOrRegion = "United States";
  public final List<String> emailAddresses = new ArrayList<>();
  public Instant whenCreated;
  public Instant whenChanged;

  public Folder root;
  final Map<String, Folder> distinguished = new LinkedHashMap<>();

  public final JunkEmailConfiguration junk = new JunkEmailConfiguration();
  public final OofSettings oof = new OofSettings();
  public final List<InboxRule> inboxRules = new ArrayList<>();
  public BigInteger nextRuleIdentity;

  public String forwardingAddress;
  public String forwardingSmtpAddress;
  public boolean deliverToMailboxAndForward;
  public boolean auditBypassEnabled;
  public boolean hiddenFromAddressLists;
  public boolean litigationHoldEnabled;

  public final List<Permission> mailboxPermissions = new ArrayList<>();
  public final List<Permission> recipientPermissions = new ArrayList<>();

  public boolean ewsEnabled = true;
  public boolean owaEnabled = true;
  public boolean imapEnabled = true;
  public boolean popEnabled = true;
  public boolean mapiEnabled = true;
  public boolean activeSyncEnabled = true;

  public Mailbox(UUID guid, UUID exchangeObjectId, UUID externalDirectoryObjectId) {
    this.guid = guid;
    this.exchangeObjectId = exchangeObjectId;
    this.externalDirectoryObjectId = externalDirectoryObjectId;
  }

  /** The folder with an EWS distinguished id ({@code inbox}, {@code msgfolderroot}, ...). */
  public Folder distinguished(String id) {
    return distinguished.get(id.toLowerCase(Locale.ROOT));
  }

  void registerDistinguished(Folder f) {
    distinguished.put(f.distinguishedId, f);
  }

  public Folder msgFolderRoot() {
    return distinguished("msgfolderroot");
  }

  public Folder inbox() {
    return distinguished("inbox");
  }

  /** The legacy Exchange DN, which eDiscovery operations use as a mailbox reference. */
  public String legacyExchangeDn() {
    return "/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn="
        + exchangeObjectId.toString().replace("-", "")
        + "-"
        + alias;
  }

  /** A Windows-style security identifier derived from the mailbox GUID (for ConnectingSID/SID). */
  public String sid() {
    long a = guid.getMostSignificantBits();
    long b = guid.getLeastSignificantBits();
    return "S-1-5-21-"
        + ((a >>> 32) & 0x7fffffffL)
        + "-"
        + (a & 0x7fffffffL)
        + "-"
        + ((b >>> 32) & 0x7fffffffL)
        + "-"
        + (1000 + (b & 0xffffL));
  }

  /** Whether this mailbox answers to the address (primary or proxy, any case). */
  public boolean hasAddress(String address) {
    if (primarySmtpAddress.equalsIgnoreCase(address)) {
      return true;
    }
    for (String proxy : emailAddresses) {
      int colon = proxy.indexOf(':');
      if (proxy.substring(colon + 1).equalsIgnoreCase(address)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an identity string names this mailbox (address, alias, name, GUIDs, DN). */
  public boolean matchesIdentity(String identity) {
    if (identity == null) {
      return false;
    }
    String id = identity.trim();
    return hasAddress(id)
        || id.equalsIgnoreCase(alias)
        || id.equalsIgnoreCase(displayName)
        || id.equalsIgnoreCase(guid.toString())
        || id.equalsIgnoreCase(exchangeObjectId.toString())
        || id.equalsIgnoreCase(externalDirectoryObjectId.toString())
        || id.equalsIgnoreCase(legacyExchangeDn());
  }

  public EmailAddress address() {
    return new EmailAddress(displayName, primarySmtpAddress, "Mailbox");
  }

  @Override
  public String toString() {
    return "Mailbox{" + primarySmtpAddress + '}';
  }
}
