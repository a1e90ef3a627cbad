package dev.exchangesdk.testkit;

import dev.exchangesdk.testkit.internal.MessageFactory;
import dev.exchangesdk.testkit.internal.Views;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.InboxRule;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Permission;
import dev.exchangesdk.testkit.internal.store.Tenant;
import dev.exchangesdk.testkit.model.FolderInfo;
import dev.exchangesdk.testkit.model.InboxRuleInfo;
import dev.exchangesdk.testkit.model.ItemInfo;
import dev.exchangesdk.testkit.model.NewInboxRule;
import dev.exchangesdk.testkit.model.NewMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A test's handle on one mailbox of a {@link FakeExchange}: deliver mail (by fields or raw MIME),
 * arrange folders and rules, act like the user (read, move, delete), and inspect what clients did.
 * Folder paths are relative to Top of Information Store ({@code Inbox/Phishing}) or well-known
 * names ({@code inbox}, {@code deleteditems}, {@code recoverableitemsdeletions}).
 *
 * <p>Thread-safe: every method works under the fake's tenant lock.
 */
public final class FakeMailbox {
  private final Tenant tenant;
  private final Mailbox mailbox;

  FakeMailbox(Tenant tenant, Mailbox mailbox) {
    this.tenant = tenant;
    this.mailbox = mailbox;
  }

  /** The mailbox's primary SMTP address. */
  public String address() {
    return mailbox.primarySmtpAddress;
  }

  /** The mailbox's display name. */
  public String displayName() {
    return tenant.locked(() -> mailbox.displayName);
  }

  /** The mailbox GUID. */
  public UUID exchangeGuid() {
    return mailbox.guid;
  }

  /**
   * Delivers a message into this mailbox as mail from outside arrives: junk filtering, mail flow
   * rules and inbox rules apply, and a message-trace record is written. Returns the delivered item
   * (in the Inbox, Junk Email, or wherever a rule moved it).
   */
  public ItemInfo deliver(NewMessage message) {
    Objects.requireNonNull(message, "message");
    return tenant.locked(() -> deliverItem(MessageFactory.detached(tenant, mailbox, message)));
  }

  /** Delivers raw MIME (RFC 5322 bytes) the same way; the bytes are kept as received. */
  public ItemInfo deliverMime(byte[] mime) {
    Objects.requireNonNull(mime, "mime");
    return tenant.locked(() -> deliverItem(MessageFactory.detached(tenant, mailbox, mime.clone())));
  }

  /** Puts a message straight into a folder, without rules or message trace. */
  public ItemInfo deliver(String folderPath, NewMessage message) {
    Objects.requireNonNull(message, "message");
    return tenant.locked(
        () -> place(folderPath, MessageFactory.detached(tenant, mailbox, message)));
  }

  /** Puts raw MIME straight into a folder, without rules or message trace. */
  public ItemInfo deliverMime(String folderPath, byte[] mime) {
    Objects.requireNonNull(mime, "mime");
    return tenant.locked(
        () -> place(folderPath, MessageFactory.detached(tenant, mailbox, mime.clone())));
  }

  private ItemInfo deliverItem(Item content) {
    Item delivered = tenant.transport.deliver(mailbox, content, null, null, 0);
    // What the test asked for wins over what a fresh delivery would have.
    delivered.categories.addAll(content.categories);
    delivered.isRead |= content.isRead;
    String sender = content.from == null ? "" : content.from.address();
    tenant.transport.trace(
        tenant.newGuid(),
        content,
        tenant.now(),
        sender,
        mailbox.primarySmtpAddress,
        delivered.folder == mailbox.distinguished("junkemail") ? "FilteredAsSpam" : "Delivered",
        null,
        tenant.isInternal(sender) ? null : "203.0.113.25",
        content.size());
    return Views.item(delivered);
  }

  private ItemInfo place(String folderPath, Item content) {
    Folder f = requireFolder(folderPath);
    Item item = tenant.newItem(f);
    content.copyContentTo(item);
    item.received = tenant.now();
    item.created = item.received;
    item.receivedBy = mailbox.address();
    item.isDraft = f == mailbox.distinguished("drafts");
    return Views.item(item);
  }

  private Folder requireFolder(String path) {
    Folder f = tenant.folderByPath(mailbox, path);
    if (f == null) {
      throw new IllegalArgumentException(
          "No folder '" + path + "' in " + mailbox.primarySmtpAddress);
    }
    return f;
  }

  /** Creates a folder path below Top of Information Store, with any missing parents. */
  public FolderInfo createFolder(String path) {
    return tenant.locked(
        () -> {
          Folder f = mailbox.msgFolderRoot();
          for (String segment : path.split("[/\\\\]")) {
            if (segment.isBlank()) {
              continue;
            }
            Folder next = f.child(segment);
            if (next == null && f == mailbox.msgFolderRoot()) {
              next = mailbox.distinguished(segment);
            }
            f = next != null ? next : tenant.newFolder(mailbox, f, segment, "IPF.Note");
          }
          return Views.folder(f);
        });
  }

  /** Deletes a folder and everything in it (a user or admin removing it outside the client). */
  public void deleteFolder(String path) {
    tenant.locked(
        () -> {
          Folder f = requireFolder(path);
          if (f.distinguishedId != null) {
            throw new IllegalArgumentException("Well-known folders can't be deleted: " + path);
          }
          tenant.removeFolder(f);
        });
  }

  /** Renames a folder; its id stays the same, as on Exchange. */
  public FolderInfo renameFolder(String path, String newName) {
    return tenant.locked(
        () -> {
          Folder f = requireFolder(path);
          if (f.parent != null && f.parent.child(newName) != null) {
            throw new IllegalArgumentException("A folder named '" + newName + "' already exists");
          }
          f.displayName = newName;
          f.version++;
          return Views.folder(f);
        });
  }

  /** Every folder of the mailbox, depth first from the root. */
  public List<FolderInfo> folders() {
    return tenant.locked(
        () -> {
          List<FolderInfo> out = new ArrayList<>();
          collect(mailbox.root, out);
          return out;
        });
  }

  private static void collect(Folder f, List<FolderInfo> out) {
    for (Folder c : f.children) {
      out.add(Views.folder(c));
      collect(c, out);
    }
  }

  /** The folder at {@code path}; {@link IllegalArgumentException} if there is none. */
  public FolderInfo folder(String path) {
    return tenant.locked(() -> Views.folder(requireFolder(path)));
  }

  /** The items of a folder, in arrival order. */
  public List<ItemInfo> items(String folderPath) {
    return tenant.locked(
        () -> {
          List<ItemInfo> out = new ArrayList<>();
          for (Item i : requireFolder(folderPath).contents()) {
            out.add(Views.item(i));
          }
          return out;
        });
  }

  /** Every item of the mailbox, Recoverable Items included. */
  public List<ItemInfo> allItems() {
    return tenant.locked(
        () -> {
          List<ItemInfo> out = new ArrayList<>();
          for (Item i : tenant.allMailboxItems(mailbox)) {
            out.add(Views.item(i));
          }
          return out;
        });
  }

  /** Items with this Internet Message-ID anywhere in the mailbox (brackets optional). */
  public List<ItemInfo> findByMessageId(String messageId) {
    String id = messageId.trim().startsWith("<") ? messageId.trim() : "<" + messageId.trim() + ">";
    List<ItemInfo> out = new ArrayList<>();
    for (ItemInfo i : allItems()) {
      if (id.equalsIgnoreCase(i.internetMessageId())) {
        out.add(i);
      }
    }
    return out;
  }

  /** The item with this EWS id, if it exists in this mailbox. */
  public Optional<ItemInfo> item(String itemId) {
    return tenant.locked(() -> Optional.ofNullable(own(itemId)).map(Views::item));
  }

  /** The item's MIME as EWS would export it. */
  public byte[] mime(String itemId) {
    return tenant.locked(() -> requireItem(itemId).mime().clone());
  }

  private Item own(String itemId) {
    Item i = tenant.itemById(itemId);
    return i != null && i.mailbox == mailbox ? i : null;
  }

  private Item requireItem(String itemId) {
    Item i = own(itemId);
    if (i == null) {
      throw new IllegalArgumentException("No item " + itemId + " in " + mailbox.primarySmtpAddress);
    }
    return i;
  }

  /** Marks read or unread as the user would; the ChangeKey changes, so stale updates conflict. */
  public ItemInfo setRead(String itemId, boolean read) {
    return tenant.locked(
        () -> {
          Item i = requireItem(itemId);
          if (i.isRead != read) {
            i.isRead = read;
            i.touchReadFlag(tenant.now());
          }
          return Views.item(i);
        });
  }

  /** Sets categories as the user would (a content change: new ChangeKey). */
  public ItemInfo setCategories(String itemId, String... categories) {
    return tenant.locked(
        () -> {
          Item i = requireItem(itemId);
          i.categories.clear();
          i.categories.addAll(List.of(categories));
          i.touchContent(tenant.now());
          return Views.item(i);
        });
  }

  /** Moves an item as the user would; it gets a new id. */
  public ItemInfo moveItem(String itemId, String folderPath) {
    return tenant.locked(
        () -> Views.item(tenant.moveItem(requireItem(itemId), requireFolder(folderPath))));
  }

  /** Removes an item for good, skipping Recoverable Items. */
  public void purgeItem(String itemId) {
    tenant.locked(() -> tenant.removeItem(requireItem(itemId)));
  }

  /** Adds an inbox rule, after the existing ones. */
  public InboxRuleInfo addInboxRule(NewInboxRule spec) {
    return tenant.locked(
        () -> {
          InboxRule r = new InboxRule(mailbox.nextRuleIdentity);
          mailbox.nextRuleIdentity =
              mailbox.nextRuleIdentity.add(
                  java.math.BigInteger.valueOf(1 + tenant.nextInt(1 << 20)));
          r.name = spec.name();
          r.enabled = spec.enabled();
          r.priority = mailbox.inboxRules.size() + 1;
          r.from.addAll(spec.from());
          r.sentTo.addAll(spec.sentTo());
          r.subjectContainsWords.addAll(spec.subjectContainsWords());
          r.bodyContainsWords.addAll(spec.bodyContainsWords());
          r.forwardTo.addAll(spec.forwardTo());
          r.forwardAsAttachmentTo.addAll(spec.forwardAsAttachmentTo());
          r.redirectTo.addAll(spec.redirectTo());
          r.moveToFolder = spec.moveToFolder();
          r.deleteMessage = spec.deleteMessage();
          r.markAsRead = spec.markAsRead();
          r.stopProcessingRules = spec.stopProcessingRules();
          mailbox.inboxRules.add(r);
          return Views.inboxRule(r);
        });
  }

  /** The mailbox's inbox rules in priority order. */
  public List<InboxRuleInfo> inboxRules() {
    return tenant.locked(
        () -> {
          List<InboxRuleInfo> out = new ArrayList<>();
          mailbox.inboxRules.forEach(r -> out.add(Views.inboxRule(r)));
          return out;
        });
  }

  /** The junk email rule's blocked senders and domains. */
  public List<String> blockedSenders() {
    return tenant.locked(() -> List.copyOf(mailbox.junk.blockedSendersAndDomains));
  }

  /** The junk email rule's trusted (safe) senders and domains. */
  public List<String> trustedSenders() {
    return tenant.locked(() -> List.copyOf(mailbox.junk.trustedSendersAndDomains));
  }

  /** Adds senders or domains to the junk email rule's blocked list. */
  public void blockSenders(String... sendersOrDomains) {
    tenant.locked(() -> mailbox.junk.blockedSendersAndDomains.addAll(List.of(sendersOrDomains)));
  }

  /** Forwards this mailbox's mail to an SMTP address (or stops forwarding with null). */
  public void setForwarding(String smtpAddress, boolean deliverToMailboxAndForward) {
    tenant.locked(
        () -> {
          mailbox.forwardingSmtpAddress = smtpAddress == null ? null : "smtp:" + smtpAddress;
          mailbox.deliverToMailboxAndForward = deliverToMailboxAndForward;
        });
  }

  /** The forwarding address as {@code Get-Mailbox} shows it ({@code smtp:x@y}), or null. */
  public String forwardingSmtpAddress() {
    return tenant.locked(() -> mailbox.forwardingSmtpAddress);
  }

  /** Whether mail is also kept in the mailbox when forwarded. */
  public boolean deliverToMailboxAndForward() {
    return tenant.locked(() -> mailbox.deliverToMailboxAndForward);
  }

  /** Turns automatic replies on with these messages, or off with nulls. */
  public void setAutomaticReplies(String internalReply, String externalReply) {
    tenant.locked(
        () -> {
          boolean on = internalReply != null || externalReply != null;
          mailbox.oof.state = on ? "Enabled" : "Disabled";
          mailbox.oof.internalReply = internalReply == null ? "" : internalReply;
          mailbox.oof.externalReply = externalReply == null ? "" : externalReply;
        });
  }

  /** Lets another mailbox send as this one (Send As), as EWS send-as checks require. */
  public void grantSendAs(String trustee) {
    tenant.locked(
        () ->
            mailbox.recipientPermissions.add(
                new Permission(trustee, List.of("SendAs"), false, false, "None")));
  }

  /** Gives a user Full Access to this mailbox (listed by Get-MailboxPermission). */
  public void grantFullAccess(String user) {
    tenant.locked(
        () ->
            mailbox.mailboxPermissions.add(
                new Permission(user, List.of("FullAccess"), false, false, "All")));
  }

  /** Adds a contact to the Contacts folder. */
  public ItemInfo addContact(String displayName, String emailAddress, String company) {
    return tenant.locked(
        () -> {
          Item c = tenant.newItem(mailbox.distinguished("contacts"));
          c.kind = Item.Kind.CONTACT;
          c.itemClass = "IPM.Contact";
          c.contact = new dev.exchangesdk.testkit.internal.store.ContactData();
          c.contact.displayName = displayName;
          c.subject = displayName;
          int space = displayName.indexOf(' ');
          c.contact.givenName = space < 0 ? displayName : displayName.substring(0, space);
          c.contact.surname = space < 0 ? null : displayName.substring(space + 1);
          c.contact.companyName = company;
          if (emailAddress != null) {
            c.contact.emailAddresses.put("EmailAddress1", emailAddress);
          }
          return Views.item(c);
        });
  }

  @Override
  public String toString() {
    return "FakeMailbox{" + mailbox.primarySmtpAddress + '}';
  }
}
