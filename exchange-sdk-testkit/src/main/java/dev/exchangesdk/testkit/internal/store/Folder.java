package dev.exchangesdk.testkit.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mailbox folder (or public folder): a display name, a class, child folders and items in arrival
 * order. {@code AllItems} is a search folder: its items are computed from the IPM subtree.
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class Folder {
  /** Unique within the tenant; part of the folder id and of sync states. */
  public final long serial;

  public final String id;

  /** The owning mailbox, or {@code null} for public folders. */
  public final Mailbox mailbox;

  public Folder parent;
  public String displayName;

  /** {@code IPF.Note}, {@code IPF.Contact}, ...; {@code null} for system folders without one. */
  public String folderClass;

  /** The EWS distinguished id ({@code inbox}, ...), or {@code null}. */
  public String distinguishedId;

  /** Whether this is a search folder whose contents are the mail of the IPM subtree. */
  public boolean searchFolder;

  /** Bumped when the folder itself changes (name, children); its ChangeKey depends on it. */
  public int version = 1;

  public final List<Folder> children = new ArrayList<>();

  /** Items in arrival order, keyed by serial. */
  public final Map<Long, Item> items = new LinkedHashMap<>();

  public Folder(long serial, String id, Mailbox mailbox) {
    this.serial = serial;
    this.id = id;
    this.mailbox = mailbox;
  }

  public String changeKey() {
    return Ids.changeKey(
        "folder", mailbox == null ? Tenant.PUBLIC_FOLDER_GUID : mailbox.guid, serial, version);
  }

  /** The items the folder shows: its own, or for a search folder those of the IPM subtree. */
  public Collection<Item> contents() {
    if (!searchFolder) {
      return items.values();
    }
    List<Item> all = new ArrayList<>();
    Folder top = mailbox.msgFolderRoot();
    collectItems(top, all);
    return all;
  }

  private static void collectItems(Folder f, List<Item> out) {
    out.addAll(f.items.values());
    for (Folder c : f.children) {
      collectItems(c, out);
    }
  }

  public int totalCount() {
    return contents().size();
  }

  public int unreadCount() {
    int n = 0;
    for (Item i : contents()) {
      if (!i.isRead && i.kind == Item.Kind.MESSAGE) {
        n++;
      }
    }
    return n;
  }

  public Folder child(String name) {
    for (Folder c : children) {
      if (c.displayName.equalsIgnoreCase(name)) {
        return c;
      }
    }
    return null;
  }

  /** Whether {@code other} is this folder or one of its descendants. */
  public boolean contains(Folder other) {
    for (Folder f = other; f != null; f = f.parent) {
      if (f == this) {
        return true;
      }
    }
    return false;
  }

  /** The path below the mailbox's Top of Information Store, e.g. {@code Inbox/Phishing}. */
  public String path() {
    List<String> names = new ArrayList<>();
    Folder top = mailbox == null ? null : mailbox.msgFolderRoot();
    for (Folder f = this; f != null && f != top && f.parent != null; f = f.parent) {
      names.add(0, f.displayName);
    }
    if (mailbox != null && top != null && !top.contains(this)) {
      // Outside the IPM subtree (Recoverable Items, ...): anchor at the root.
      return "/" + String.join("/", names);
    }
    return String.join("/", names);
  }

  @Override
  public String toString() {
    return "Folder{" + displayName + '}';
  }
}
