package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.ews.internal.bind.messages.FindItem;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.bind.types.EmailAddressXml;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.IndexedPageView;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.bind.types.SortOrder;
import dev.exchangesdk.ews.internal.read.RootFolderInfo;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.internal.write.XmlChars;
import dev.exchangesdk.ews.model.Contact;
import dev.exchangesdk.ews.model.DistributionGroup;
import dev.exchangesdk.ews.model.DistributionGroup.GroupFailure;
import dev.exchangesdk.ews.model.ItemQuery;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailItem;
import dev.exchangesdk.ews.model.NameResolution;
import dev.exchangesdk.ews.model.Recipient;
import dev.exchangesdk.ews.model.RecipientType;
import dev.exchangesdk.ews.model.WellKnownFolder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Distribution groups, name resolution and contacts, as seen from one mailbox. Thread-safe. */
final class DirectoryOperations {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews");

  /** At most this many nested groups are expanded in one recursive expansion. */
  static final int MAX_NESTED_GROUPS = 1000;

  private final EwsTransport transport;
  private final MailboxContext mailbox;

  DirectoryOperations(EwsTransport transport, MailboxContext mailbox) {
    this.transport = transport;
    this.mailbox = mailbox;
  }

  /**
   * The members of a group; with {@code recursive}, nested groups (directory groups and contact
   * groups) are expanded breadth first, each once, so a group that contains itself (directly or
   * through others) ends the walk instead of looping, and a person in several groups is listed
   * once.
   */
  DistributionGroup expand(String address, boolean recursive) {
    String top = XmlChars.require(address.strip(), "group address");
    ExpandDlCall.Expansion first = expandOne(EmailAddressXml.of(null, top), "group " + top);
    if (!recursive) {
      return new DistributionGroup(top, first.members(), List.of(), List.of(), first.complete());
    }
    Set<String> seenGroups = new HashSet<>();
    seenGroups.add(addressKey(top));
    Map<String, Recipient> members = new LinkedHashMap<>();
    List<Recipient> nested = new ArrayList<>();
    List<GroupFailure> failures = new ArrayList<>();
    Deque<Recipient> pending = new ArrayDeque<>();
    boolean complete = first.complete();
    collect(first.members(), seenGroups, members, pending);
    while (!pending.isEmpty()) {
      if (nested.size() >= MAX_NESTED_GROUPS) {
        LOG.warn("Stopped expanding group {} after {} nested groups", top, MAX_NESTED_GROUPS);
        complete = false;
        break;
      }
      Recipient group = pending.poll();
      nested.add(group);
      ExpandDlCall.Expansion expansion;
      try {
        expansion = expandOne(target(group), "nested group " + group);
      } catch (ExchangeException e) {
        failures.add(new GroupFailure(group, e));
        complete = false;
        continue;
      }
      complete &= expansion.complete();
      collect(expansion.members(), seenGroups, members, pending);
    }
    return new DistributionGroup(
        top, new ArrayList<>(members.values()), nested, failures, complete);
  }

  private ExpandDlCall.Expansion expandOne(EmailAddressXml group, String subject) {
    return transport.execute(mailbox, new ExpandDlCall(group, subject));
  }

  /** Groups not seen before go to {@code pending}; everyone else into {@code members}, once. */
  private static void collect(
      List<Recipient> found,
      Set<String> seenGroups,
      Map<String, Recipient> members,
      Deque<Recipient> pending) {
    for (Recipient r : found) {
      if (r.type().isGroup()) {
        if (seenGroups.add(groupKey(r))) {
          pending.add(r);
        }
      } else {
        members.putIfAbsent(memberKey(r), r);
      }
    }
  }

  /** A contact group is expanded by its item id, a directory group by its address. */
  private static EmailAddressXml target(Recipient group) {
    if (group.type() == RecipientType.PRIVATE_DL && group.itemId() != null) {
      return EmailAddressXml.item(group.itemId());
    }
    return EmailAddressXml.of(null, group.address());
  }

  private static String groupKey(Recipient g) {
    if (g.type() == RecipientType.PRIVATE_DL && g.itemId() != null) {
      return "item:" + g.itemId();
    }
    return addressKey(g.address());
  }

  private static String memberKey(Recipient r) {
    if (r.address() != null) {
      return addressKey(r.address());
    }
    return r.itemId() != null ? "item:" + r.itemId() : "name:" + r.name();
  }

  private static String addressKey(String address) {
    return "address:" + (address == null ? "" : address.strip().toLowerCase(Locale.ROOT));
  }

  NameResolution resolve(String entry, boolean withContactData) {
    String e = XmlChars.require(entry.strip(), "name");
    return transport.execute(mailbox, new ResolveNamesCall(e, withContactData));
  }

  /**
   * The contacts of the mailbox's Contacts folder by display name, at most {@code limit}: FindItem
   * for the ids, then GetItem in batches for the details. A contact deleted in between is left out.
   */
  List<Contact> contacts(int limit) {
    List<String> ids = new ArrayList<>();
    FolderIds contacts =
        FolderIds.of(new DistinguishedFolderId(WellKnownFolder.CONTACTS.wireName()));
    Integer offset = 0;
    while (offset != null && ids.size() < limit) {
      int size = Math.min(ItemQuery.MAX_PAGE_SIZE, limit - ids.size());
      ItemListReader.Items page =
          transport.execute(
              mailbox,
              new FindItemCall(
                  new FindItem(
                      ResponseShape.items(List.of(), false),
                      new IndexedPageView(size, offset),
                      null,
                      SortOrder.by("contacts:DisplayName", true),
                      contacts,
                      null),
                  "Contacts"));
      for (MailItem item : page.items()) {
        if (item.id() != null && ids.size() < limit) {
          ids.add(item.id());
        }
      }
      RootFolderInfo info =
          page.page() != null ? page.page() : new RootFolderInfo(null, null, true);
      offset = info.nextOffset(offset, page.items().size());
    }
    List<Contact> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i += GetItemCall.MAX_IDS) {
      List<String> batch = ids.subList(i, Math.min(ids.size(), i + GetItemCall.MAX_IDS));
      for (ItemResult<Contact> r : transport.execute(mailbox, new ContactsCall(batch))) {
        if (r.isSuccess()) {
          out.add(r.value());
        } else if (r.error() instanceof NotFoundException) {
          LOG.debug("Contact {} disappeared between listing and reading it", r.id());
        } else {
          throw r.error();
        }
      }
    }
    return out;
  }
}
