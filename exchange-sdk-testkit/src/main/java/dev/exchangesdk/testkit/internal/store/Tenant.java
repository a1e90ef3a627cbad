package dev.exchangesdk.testkit.internal.store;

import dev.exchangesdk.testkit.model.MessageTraceRecord;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The whole state of the fake tenant: mailboxes with their folders and items, distribution groups,
 * public folders, message trace, and the admin and compliance objects.
 *
 * <p>Thread-safe through one lock: every reader and writer runs inside {@link #locked}. Objects
 * reached through the tenant (mailboxes, folders, items) must only be touched while holding it. One
 * lock is plenty for a test server and makes every request see a consistent tenant.
 */
public final class Tenant {
  /** The GUID public folder ids carry in place of a mailbox GUID. */
  public static final UUID PUBLIC_FOLDER_GUID =
      UUID.fromString("00000000-0000-0000-0000-00000000f01d");

  public final String domain;
  public final List<String> acceptedDomains = new ArrayList<>();
  public final UUID tenantId;
  public final Clock clock;

  private final Random random;
  private long nextSerial = 1;
  private final List<Mailbox> mailboxes = new ArrayList<>();
  private final Map<Long, Item> items = new HashMap<>();
  private final Map<Long, Folder> folders = new HashMap<>();
  public final List<DistributionGroup> groups = new ArrayList<>();
  public final Folder publicFoldersRoot;
  public final List<MessageTraceRecord> messageTrace = new ArrayList<>();
  public final AdminData admin = new AdminData();
  public final ComplianceData compliance = new ComplianceData();
  public final MailTransport transport;

  /**
   * Creates an empty tenant.
   *
   * @param domain the initial domain, e.g. {@code contoso.onmicrosoft.com}
   * @param vanityDomain an extra accepted domain, e.g. {@code contoso.com}, or {@code null}
   * @param seed makes GUIDs and ids deterministic
   */
  public Tenant(String domain, String vanityDomain, long seed, Clock clock) {
    this.domain = domain.toLowerCase(Locale.ROOT);
    this.clock = clock;
    this.random = new Random(seed);
    this.tenantId = newGuid();
    if (vanityDomain != null) {
      acceptedDomains.add(vanityDomain.toLowerCase(Locale.ROOT));
    }
    acceptedDomains.add(this.domain);
    this.publicFoldersRoot = newFolder(null, null, "IPM_SUBTREE", "IPF.Note");
    publicFoldersRoot.distinguishedId = "publicfoldersroot";
    this.transport = new MailTransport(this);
  }

  /** Runs {@code work} holding the tenant lock. */
  public <T> T locked(Supplier<T> work) {
    synchronized (this) {
      return work.get();
    }
  }

  /** Runs {@code work} holding the tenant lock. */
  public void locked(Runnable work) {
    synchronized (this) {
      work.run();
    }
  }

  private Instant timeOverride;

  /** The clock's current instant, truncated to seconds as EWS reports times. */
  public Instant now() {
    Instant t = timeOverride != null ? timeOverride : clock.instant();
    return t.truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Makes {@link #now()} return {@code instant} until reset with {@code null}: seeding uses it to
   * lay mail out over the past days.
   */
  public void setTimeOverride(Instant instant) {
    this.timeOverride = instant;
  }

  /** A deterministic random GUID (version 4 bits set). */
  public UUID newGuid() {
    long hi = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
    long lo = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(hi, lo);
  }

  /** A deterministic random unsigned 64-bit number, as inbox rule identities are. */
  public BigInteger newUnsigned64() {
    // Real rule identities are UInt64 and usually above Long.MAX_VALUE: keep that edge case common.
    return BigInteger.valueOf(random.nextLong() & Long.MAX_VALUE).setBit(63);
  }

  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Whether an address's domain is one of the tenant's accepted domains. */
  public boolean isInternal(String address) {
    int at = address.lastIndexOf('@');
    return at > 0 && acceptedDomains.contains(address.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  // ---- mailboxes ---------------------------------------------------------------------------

  /** Creates a mailbox with the folder tree a new Exchange Online mailbox has. */
  public Mailbox createMailbox(String address, String displayName, String recipientTypeDetails) {
    if (mailbox(address) != null || group(address) != null) {
      throw new IllegalArgumentException("An object with address " + address + " already exists");
    }
    Mailbox m = new Mailbox(newGuid(), newGuid(), newGuid());
    m.recipientTypeDetails = recipientTypeDetails;
    m.primarySmtpAddress = address;
    m.displayName = displayName;
    String local = address.substring(0, address.indexOf('@'));
    m.alias = local;
    m.emailAddresses.add("SMTP:" + address);
    for (String d : acceptedDomains) {
      String proxy = local + "@" + d;
      if (!proxy.equalsIgnoreCase(address)) {
        m.emailAddresses.add("smtp:" + proxy);
      }
    }
    m.whenCreated = now();
    m.whenChanged = m.whenCreated;
    m.nextRuleIdentity = newUnsigned64();
    buildFolderTree(m);
    mailboxes.add(m);
    return m;
  }

  private void buildFolderTree(Mailbox m) {
    Folder root = newFolder(m, null, "Root", null);
    root.distinguishedId = "root";
    m.root = root;
    m.registerDistinguished(root);
    Folder top = wellKnown(m, root, "Top of Information Store", "msgfolderroot", "IPF.Note");
    wellKnown(m, top, "Inbox", "inbox", "IPF.Note");
    wellKnown(m, top, "Drafts", "drafts", "IPF.Note");
    wellKnown(m, top, "Sent Items", "sentitems", "IPF.Note");
    wellKnown(m, top, "Deleted Items", "deleteditems", "IPF.Note");
    wellKnown(m, top, "Junk Email", "junkemail", "IPF.Note");
    wellKnown(m, top, "Outbox", "outbox", "IPF.Note");
    wellKnown(m, top, "Archive", "archive", "IPF.Note");
    wellKnown(m, top, "Calendar", "calendar", "IPF.Appointment");
    wellKnown(m, top, "Contacts", "contacts", "IPF.Contact");
    wellKnown(m, top, "Notes", "notes", "IPF.StickyNote");
    wellKnown(m, top, "Tasks", "tasks", "IPF.Task");
    wellKnown(m, top, "Conversation History", "conversationhistory", "IPF.Note");
    wellKnown(m, top, "Journal", "journal", "IPF.Journal");
    Folder syncIssues = wellKnown(m, top, "Sync Issues", "syncissues", "IPF.Note");
    wellKnown(m, syncIssues, "Conflicts", "conflicts", "IPF.Note");
    wellKnown(m, syncIssues, "Local Failures", "localfailures", "IPF.Note");
    wellKnown(m, syncIssues, "Server Failures", "serverfailures", "IPF.Note");
    wellKnown(m, root, "Finder", "searchfolders", null);
    Folder recoverable = wellKnown(m, root, "Recoverable Items", "recoverableitemsroot", null);
    wellKnown(m, recoverable, "Deletions", "recoverableitemsdeletions", null);
    wellKnown(m, recoverable, "Purges", "recoverableitemspurges", null);
    wellKnown(m, recoverable, "Versions", "recoverableitemsversions", null);
    Folder allItems = newFolder(m, root, "AllItems", "IPF");
    allItems.searchFolder = true;
  }

  private Folder wellKnown(Mailbox m, Folder parent, String name, String id, String cls) {
    Folder f = newFolder(m, parent, name, cls);
    f.distinguishedId = id;
    m.registerDistinguished(f);
    return f;
  }

  /** Creates a folder under {@code parent} (or a root when {@code parent} is null). */
  public Folder newFolder(Mailbox m, Folder parent, String name, String folderClass) {
    long serial = nextSerial++;
    UUID owner = m == null ? PUBLIC_FOLDER_GUID : m.guid;
    Folder f = new Folder(serial, Ids.encode(Ids.Kind.FOLDER, owner, serial, 0), m);
    f.displayName = name;
    f.folderClass = folderClass;
    f.parent = parent;
    if (parent != null) {
      parent.children.add(f);
      parent.version++;
    }
    folders.put(serial, f);
    return f;
  }

  public List<Mailbox> mailboxes() {
    return mailboxes;
  }

  /** The mailbox answering to an SMTP address (primary or proxy), or {@code null}. */
  public Mailbox mailbox(String address) {
    if (address == null) {
      return null;
    }
    String a = address.trim();
    if (a.regionMatches(true, 0, "smtp:", 0, 5)) {
      a = a.substring(5);
    }
    for (Mailbox m : mailboxes) {
      if (m.hasAddress(a)) {
        return m;
      }
    }
    return null;
  }

  /** The mailbox an identity names (address, alias, display name, GUID, DN), or {@code null}. */
  public Mailbox findMailbox(String identity) {
    Mailbox byAddress = mailbox(identity);
    if (byAddress != null) {
      return byAddress;
    }
    for (Mailbox m : mailboxes) {
      if (m.matchesIdentity(identity)) {
        return m;
      }
    }
    return null;
  }

  public DistributionGroup group(String address) {
    for (DistributionGroup g : groups) {
      if (g.primarySmtpAddress.equalsIgnoreCase(address)
          || g.alias.equalsIgnoreCase(address)
          || g.displayName.equalsIgnoreCase(address)) {
        return g;
      }
    }
    return null;
  }

  /** The tenant mailboxes a group reaches through nested groups, each once, in member order. */
  public List<Mailbox> memberMailboxes(DistributionGroup group) {
    Set<Mailbox> out = new LinkedHashSet<>();
    collectMembers(group, new HashSet<>(), out);
    return new ArrayList<>(out);
  }

  private void collectMembers(DistributionGroup g, Set<DistributionGroup> seen, Set<Mailbox> out) {
    if (!seen.add(g)) {
      return; // a cycle: every member was collected on the first visit
    }
    for (String member : g.members) {
      Mailbox m = mailbox(member);
      if (m != null) {
        out.add(m);
      } else {
        DistributionGroup nested = group(member);
        if (nested != null) {
          collectMembers(nested, seen, out);
        }
      }
    }
  }

  public DistributionGroup createGroup(String address, String displayName, List<String> members) {
    if (mailbox(address) != null || group(address) != null) {
      throw new IllegalArgumentException("An object with address " + address + " already exists");
    }
    DistributionGroup g = new DistributionGroup(newGuid());
    g.primarySmtpAddress = address;
    g.displayName = displayName;
    g.alias = address.substring(0, address.indexOf('@'));
    g.members.addAll(members);
    groups.add(g);
    return g;
  }

  // ---- sync states --------------------------------------------------------------------------

  /** Bumped by every revocation; each sync state records the value it was issued under. */
  private long syncStateEpoch;

  private long allSyncStatesRevokedAt;
  private final Map<UUID, Long> syncStatesRevokedAt = new HashMap<>();

  /** The epoch a sync state issued now records. */
  public long syncStateEpoch() {
    return syncStateEpoch;
  }

  /**
   * Revokes every sync state issued so far for one owner's folders (a mailbox GUID or {@link
   * #PUBLIC_FOLDER_GUID}), or for all of them when {@code owner} is null.
   */
  public void revokeSyncStates(UUID owner) {
    syncStateEpoch++;
    if (owner == null) {
      allSyncStatesRevokedAt = syncStateEpoch;
    } else {
      syncStatesRevokedAt.put(owner, syncStateEpoch);
    }
  }

  /** Whether a sync state of {@code owner}'s folders issued under {@code epoch} was revoked. */
  public boolean syncStateRevoked(UUID owner, long epoch) {
    return epoch < Math.max(allSyncStatesRevokedAt, syncStatesRevokedAt.getOrDefault(owner, 0L));
  }

  // ---- folders and items --------------------------------------------------------------------

  public Folder folder(long serial) {
    return folders.get(serial);
  }

  /** The folder an EWS folder id names, or {@code null} (malformed or unknown: see Ids). */
  public Folder folderById(String id) {
    Ids.Decoded d = Ids.decode(id, Ids.Kind.FOLDER);
    if (d == null) {
      return null;
    }
    Folder f = folders.get(d.serial());
    return f != null && f.id.equals(id.trim()) ? f : null;
  }

  /** The item an EWS item id names, or {@code null}. */
  public Item itemById(String id) {
    Ids.Decoded d = Ids.decode(id, Ids.Kind.ITEM);
    if (d == null) {
      return null;
    }
    Item i = items.get(d.serial());
    return i != null && i.id.equals(id.trim()) ? i : null;
  }

  public Item item(long serial) {
    return items.get(serial);
  }

  /** Creates an empty item in {@code folder}, with fresh id, timestamps set to now. */
  public Item newItem(Folder folder) {
    long serial = nextSerial++;
    Mailbox owner = folder.mailbox;
    UUID guid = owner == null ? PUBLIC_FOLDER_GUID : owner.guid;
    Item item = new Item(serial, Ids.encode(Ids.Kind.ITEM, guid, serial, 0), owner);
    Instant now = now();
    item.created = now;
    item.lastModified = now;
    item.received = now;
    item.folder = folder;
    folder.items.put(serial, item);
    items.put(serial, item);
    return item;
  }

  /** An attachment id of an item's attachment. */
  public static String attachmentId(Item item, Attachment a) {
    UUID guid = item.mailbox == null ? PUBLIC_FOLDER_GUID : item.mailbox.guid;
    return Ids.encode(Ids.Kind.ATTACHMENT, guid, item.serial, a.serial);
  }

  /** The id of an attachment of the item embedded in an item attachment (one level deep). */
  public static String nestedAttachmentId(Item item, Attachment outer, Attachment inner) {
    UUID guid = item.mailbox == null ? PUBLIC_FOLDER_GUID : item.mailbox.guid;
    return Ids.encode(Ids.Kind.ATTACHMENT, guid, item.serial, outer.serial | (inner.serial << 32));
  }

  /** Removes an item from its folder and from the tenant: its id stops working. */
  public void removeItem(Item item) {
    if (item.folder != null) {
      item.folder.items.remove(item.serial);
    }
    items.remove(item.serial);
    item.folder = null;
  }

  /**
   * Moves an item the way Exchange Online does: the moved item gets a new id, the old id stops
   * working.
   */
  public Item moveItem(Item item, Folder target) {
    Item moved = copyItem(item, target);
    moved.created = item.created;
    moved.received = item.received;
    removeItem(item);
    return moved;
  }

  /** Copies an item into a folder under a new id. */
  public Item copyItem(Item item, Folder target) {
    Item copy = newItem(target);
    item.copyContentTo(copy);
    copy.lastModified = now();
    return copy;
  }

  /**
   * Deletes the way Exchange Online does: {@code MoveToDeletedItems} to Deleted Items (from there,
   * to Recoverable Items\Deletions), {@code SoftDelete} to Recoverable Items\Deletions, {@code
   * HardDelete} to Recoverable Items\Purges (kept for single item recovery); deleting from Purges
   * removes the item for good, as does deleting a public folder item. Returns the item in its new
   * place, or null when it is gone.
   */
  public Item delete(Item item, String deleteType) {
    Mailbox m = item.mailbox;
    Folder from = item.folder;
    if (m == null) {
      removeItem(item);
      return null;
    }
    Folder deleted = m.distinguished("deleteditems");
    Folder deletions = m.distinguished("recoverableitemsdeletions");
    Folder purges = m.distinguished("recoverableitemspurges");
    Folder target;
    switch (deleteType) {
      case "MoveToDeletedItems" -> target = from == deleted ? deletions : deleted;
      case "SoftDelete" -> target = from == deletions || from == purges ? purges : deletions;
      default -> target = from == purges ? null : purges;
    }
    if (target == null) {
      removeItem(item);
      return null;
    }
    if (target == from) {
      return item;
    }
    Long origin = item.deletedFromFolder;
    Item moved = moveItem(item, target);
    moved.deletedFromFolder = target == deleted ? null : origin != null ? origin : from.serial;
    return moved;
  }

  /** Whether an item sits in its mailbox's Recoverable Items subtree. */
  public boolean isRecoverable(Item item) {
    if (item.mailbox == null || item.folder == null) {
      return false;
    }
    return item.mailbox.distinguished("recoverableitemsroot").contains(item.folder);
  }

  /** Removes a folder, its subfolders and all their items. */
  public void removeFolder(Folder f) {
    for (Folder c : new ArrayList<>(f.children)) {
      removeFolder(c);
    }
    for (Item i : new ArrayList<>(f.items.values())) {
      removeItem(i);
    }
    if (f.parent != null) {
      f.parent.children.remove(f);
      f.parent.version++;
    }
    folders.remove(f.serial);
  }

  /** Every item of every mailbox (not public folders), for tenant-wide searches. */
  public List<Item> allMailboxItems(Mailbox m) {
    List<Item> out = new ArrayList<>();
    collect(m.root, out);
    return out;
  }

  private static void collect(Folder f, List<Item> out) {
    if (!f.searchFolder) {
      out.addAll(f.items.values());
    }
    for (Folder c : f.children) {
      collect(c, out);
    }
  }

  /**
   * Resolves a folder path below a mailbox's Top of Information Store ({@code Inbox/Phishing},
   * {@code Inbox\Phishing}) or a distinguished id; {@code null} when any segment is missing.
   */
  public Folder folderByPath(Mailbox m, String path) {
    if (path == null || path.isBlank()) {
      return m.inbox();
    }
    Folder d = m.distinguished(path.trim());
    if (d != null) {
      return d;
    }
    Folder f = m.msgFolderRoot();
    String p = path.trim();
    if (p.startsWith("/")) {
      f = m.root;
      p = p.substring(1);
    }
    for (String segment : p.split("[/\\\\]")) {
      if (segment.isEmpty()) {
        continue;
      }
      Folder next = f.child(segment);
      if (next == null && f == m.msgFolderRoot()) {
        next = m.distinguished(segment);
      }
      if (next == null) {
        return null;
      }
      f = next;
    }
    return f;
  }
}
