package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.ews.internal.bind.types.BaseFolderId;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderId;
import dev.exchangesdk.ews.internal.read.RootFolderInfo;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.transport.MailboxContext;
import dev.exchangesdk.ews.model.FolderNode;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.MailFolder;
import dev.exchangesdk.ews.model.WellKnownFolder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folder reads for one mailbox and the folder resolver every operation that takes a {@link
 * FolderRef} uses: ids and well-known names map directly, paths are walked with FindFolder one
 * level at a time, ignoring case. Thread-safe (stateless apart from the transport).
 */
public final class FolderOperations {
  private final EwsTransport transport;
  private final MailboxContext mailbox;

  public FolderOperations(EwsTransport transport, MailboxContext mailbox) {
    this.transport = transport;
    this.mailbox = mailbox;
  }

  /** The EWS folder id for a reference; paths cost one FindFolder per segment. */
  public BaseFolderId resolve(FolderRef ref) {
    switch (ref.kind()) {
      case ID:
        return new FolderId(ref.folderId(), null);
      case WELL_KNOWN:
        return new DistinguishedFolderId(ref.wellKnownFolder().wireName());
      default:
        return walk(ref);
    }
  }

  public MailFolder get(FolderRef ref) {
    return get(ref, false).folder();
  }

  /** The folder and whether its effective rights let the caller read it ({@code null}: unknown). */
  FolderListReader.Listed getWithReadRight(FolderRef ref) {
    return get(ref, true);
  }

  private FolderListReader.Listed get(FolderRef ref, boolean withRights) {
    FolderListReader.Listed f =
        transport.execute(mailbox, new GetFolderCall(resolve(ref), withRights, "folder " + ref));
    return ref.kind() == FolderRef.Kind.PATH
        ? new FolderListReader.Listed(
            f.folder().withPath(String.join("/", ref.segments())), f.canRead())
        : f;
  }

  /** Every folder below {@code root} (not {@code root} itself), each with its path from root. */
  public List<MailFolder> list(FolderRef root) {
    List<MailFolder> all = tree(root).flatten();
    return List.copyOf(all.subList(1, all.size()));
  }

  /** {@code root} and the tree below it. */
  public FolderNode tree(FolderRef root) {
    MailFolder top = get(root).withPath("");
    BaseFolderId rootId = new FolderId(top.id(), null);
    List<MailFolder> below =
        root.isPublicFolder() ? listBreadthFirst(top) : pages(rootId, true, "folder " + root);
    return buildTree(top, below);
  }

  /** Public folders cannot be listed with a deep traversal: one FindFolder per parent. */
  private List<MailFolder> listBreadthFirst(MailFolder top) {
    List<MailFolder> out = new ArrayList<>();
    Deque<MailFolder> queue = new ArrayDeque<>();
    Set<String> visited = new HashSet<>();
    queue.add(top);
    while (!queue.isEmpty()) {
      MailFolder parent = queue.poll();
      // A server answer that lists a folder twice must not make the walk loop.
      if (!visited.add(parent.id())
          || (parent.childFolderCount() != null && parent.childFolderCount() == 0)) {
        continue;
      }
      for (MailFolder child :
          pages(new FolderId(parent.id(), null), false, "folder " + parent.displayName())) {
        MailFolder withParent =
            child.parentFolderId() != null
                ? child
                : new MailFolder(
                    child.id(),
                    child.changeKey(),
                    parent.id(),
                    child.displayName(),
                    child.folderClass(),
                    child.totalCount(),
                    child.unreadCount(),
                    child.childFolderCount(),
                    null);
        out.add(withParent);
        queue.add(withParent);
      }
    }
    return out;
  }

  private static FolderNode buildTree(MailFolder top, List<MailFolder> below) {
    Set<String> known = new HashSet<>();
    known.add(top.id());
    for (MailFolder f : below) {
      known.add(f.id());
    }
    Map<String, List<MailFolder>> byParent = new HashMap<>();
    for (MailFolder f : below) {
      // A folder whose parent the server did not name (or did not list) hangs off the root.
      String parent = known.contains(f.parentFolderId()) ? f.parentFolderId() : top.id();
      byParent.computeIfAbsent(parent, k -> new ArrayList<>()).add(f);
    }
    return node(top, "", byParent, 0);
  }

  private static FolderNode node(
      MailFolder folder, String path, Map<String, List<MailFolder>> byParent, int depth) {
    List<FolderNode> children = new ArrayList<>();
    // Depth guard: a server answer with a parent cycle must not recurse forever.
    if (depth < 64) {
      for (MailFolder c : byParent.getOrDefault(folder.id(), List.of())) {
        String childPath = path.isEmpty() ? c.displayName() : path + "/" + c.displayName();
        children.add(node(c.withPath(childPath), childPath, byParent, depth + 1));
      }
    }
    return new FolderNode(folder.withPath(path), children);
  }

  /** All pages of FindFolder below {@code parent}. */
  private List<MailFolder> pages(BaseFolderId parent, boolean deep, String subject) {
    List<MailFolder> out = new ArrayList<>();
    Integer offset = 0;
    while (offset != null) {
      FolderListReader.Folders page =
          transport.execute(mailbox, new FindFolderCall(parent, deep, offset, subject));
      out.addAll(page.folders());
      RootFolderInfo info =
          page.page() != null ? page.page() : new RootFolderInfo(null, null, true);
      offset = info.nextOffset(offset, page.folders().size());
    }
    return out;
  }

  private BaseFolderId walk(FolderRef ref) {
    List<String> segments = ref.segments();
    BaseFolderId current;
    int first = 0;
    String walked;
    if (ref.isPublicFolder()) {
      current = new DistinguishedFolderId(WellKnownFolder.PUBLIC_FOLDERS_ROOT.wireName());
      walked = "the public folders root";
    } else if (!segments.isEmpty() && segments.get(0).equalsIgnoreCase("AllItems")) {
      current = new DistinguishedFolderId(WellKnownFolder.ROOT.wireName());
      walked = "the mailbox root";
    } else if (!segments.isEmpty() && WellKnownFolder.fromName(segments.get(0)).isPresent()) {
      current =
          new DistinguishedFolderId(WellKnownFolder.fromName(segments.get(0)).get().wireName());
      walked = segments.get(0);
      first = 1;
    } else {
      current = new DistinguishedFolderId(WellKnownFolder.MSG_FOLDER_ROOT.wireName());
      walked = "Top of Information Store";
    }
    for (int i = first; i < segments.size(); i++) {
      String name = segments.get(i);
      MailFolder match = findChild(current, name, walked);
      if (match == null) {
        throw new NotFoundException(
            "Folder '"
                + String.join("/", segments)
                + "' not found in mailbox "
                + mailbox.address()
                + ": no folder named '"
                + name
                + "' under "
                + (i == 0 ? walked : "'" + walked + "'"),
            0,
            "ErrorFolderNotFound",
            null,
            null);
      }
      current = new FolderId(match.id(), null);
      walked = String.join("/", segments.subList(0, i + 1));
    }
    return current;
  }

  /** The child of {@code parent} named {@code name} (exact case first), or {@code null}. */
  MailFolder findChild(BaseFolderId parent, String name, String parentName) {
    MailFolder caseInsensitive = null;
    for (MailFolder child : pages(parent, false, "folder " + parentName)) {
      String display = child.displayName();
      if (name.equals(display)) {
        return child;
      }
      if (caseInsensitive == null
          && display != null
          && display.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        caseInsensitive = child;
      }
    }
    return caseInsensitive;
  }
}
