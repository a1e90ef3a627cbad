package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.store.Folder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Element;

/**
 * FindFolder (shallow or deep, paged, with counts), GetFolder (ids and distinguished ids, also in
 * other mailboxes and the public folders root) and CreateFolder ({@code ErrorFolderExists} for a
 * duplicate name).
 *
 * <p>Stateless and thread-safe; runs under the tenant lock.
 */
final class FolderOps {
  private FolderOps() {}

  static void register(EwsService s) {
    s.add("FindFolder", w -> {}, FolderOps::findFolder);
    s.add("GetFolder", w -> w.empty("m:Folders"), FolderOps::getFolder);
    s.add("CreateFolder", w -> w.empty("m:Folders"), FolderOps::createFolder);
  }

  /** Which folder properties a FolderShape selects. */
  record FolderShape(String base, Set<String> uris, List<Element> extended) {
    static FolderShape parse(Element shape) {
      String base = Dom.tText(shape, "BaseShape");
      Set<String> uris = new LinkedHashSet<>();
      List<Element> extended = new ArrayList<>();
      for (Element p : Dom.children(Dom.t(shape, "AdditionalProperties"))) {
        if (p.getLocalName().equals("FieldURI")) {
          uris.add(p.getAttribute("FieldURI"));
        } else if (p.getLocalName().equals("ExtendedFieldURI")) {
          extended.add(p);
        }
      }
      return new FolderShape(base == null ? "Default" : base, uris, extended);
    }

    boolean has(String uri, boolean inDefault, boolean inAll) {
      return uris.contains(uri)
          || (base.equals("Default") && inDefault)
          || (base.equals("AllProperties") && inAll);
    }
  }

  /** Writes a folder as {@code t:Folder}, {@code t:ContactsFolder}, ... for its class. */
  static void write(XmlWriter w, Folder f, FolderShape shape) {
    String element = element(f);
    w.start(element);
    w.start("t:FolderId").attr("Id", f.id).attr("ChangeKey", f.changeKey()).end();
    if (shape.has("folder:ParentFolderId", false, true) && f.parent != null) {
      w.start("t:ParentFolderId")
          .attr("Id", f.parent.id)
          .attr("ChangeKey", f.parent.changeKey())
          .end();
    }
    if (shape.has("folder:FolderClass", false, true)) {
      w.element("t:FolderClass", f.folderClass);
    }
    if (shape.has("folder:DisplayName", true, true)) {
      w.element("t:DisplayName", f.displayName);
    }
    if (shape.has("folder:TotalCount", true, true)) {
      w.element("t:TotalCount", f.totalCount());
    }
    if (shape.has("folder:ChildFolderCount", true, true)) {
      w.element("t:ChildFolderCount", f.children.size());
    }
    for (Element uri : shape.extended()) {
      String value = extendedValue(f, uri);
      if (value != null) {
        w.start("t:ExtendedProperty");
        ExtendedProps.writeUri(w, uri);
        w.element("t:Value", value);
        w.end();
      }
    }
    if (shape.has("folder:EffectiveRights", false, true)) {
      ItemWriter.effectiveRights(w, true);
    }
    if (shape.uris().contains("folder:DistinguishedFolderId") && f.distinguishedId != null) {
      w.element("t:DistinguishedFolderId", f.distinguishedId);
    }
    boolean hasUnread =
        element.equals("t:Folder")
            || element.equals("t:SearchFolder")
            || element.equals("t:TasksFolder");
    if (hasUnread && shape.has("folder:UnreadCount", true, true)) {
      w.element("t:UnreadCount", f.unreadCount());
    }
    w.end();
  }

  private static String extendedValue(Folder f, Element uri) {
    Integer tag = ExtendedProps.tag(uri);
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case 0x3001 -> f.displayName;
      case 0x3613 -> f.folderClass;
      case 0x3602 -> Integer.toString(f.totalCount());
      case 0x3603 -> Integer.toString(f.unreadCount());
      case 0x6874 -> Boolean.toString(f.mailbox != null && !f.mailbox.msgFolderRoot().contains(f));
      default -> null;
    };
  }

  static String element(Folder f) {
    if (f.searchFolder) {
      return "t:SearchFolder";
    }
    String c = f.folderClass == null ? "" : f.folderClass;
    if (c.startsWith("IPF.Contact")) {
      return "t:ContactsFolder";
    }
    if (c.startsWith("IPF.Appointment")) {
      return "t:CalendarFolder";
    }
    if (c.startsWith("IPF.Task")) {
      return "t:TasksFolder";
    }
    return "t:Folder";
  }

  private static void findFolder(EwsContext ctx, EwsResponse out) throws EwsError {
    FolderShape shape = FolderShape.parse(ctx.m("FolderShape"));
    String traversal = Dom.attr(ctx.op, "Traversal");
    Predicate<Folder> filter = f -> true;
    Element restriction = ctx.m("Restriction");
    if (restriction != null) {
      filter = Restrictions.forFolders(restriction);
    }
    Paging paging = Paging.of(ctx.op);
    for (Element id : Dom.children(ctx.m("ParentFolderIds"))) {
      Folder parent;
      try {
        parent = ctx.folder(id);
      } catch (EwsError e) {
        out.error(e);
        continue;
      }
      List<Folder> found = new ArrayList<>();
      if (!"SoftDeleted".equals(traversal)) {
        collect(parent, "Deep".equals(traversal), found);
      }
      found.removeIf(filter.negate());
      Paging.Page<Folder> page = paging.apply(found);
      XmlWriter w = out.success();
      w.start("m:RootFolder");
      Paging.attributes(w, page);
      w.start("t:Folders");
      for (Folder f : page.entries()) {
        write(w, f, shape);
      }
      w.end().end();
      out.endMessage();
    }
  }

  private static void collect(Folder parent, boolean deep, List<Folder> out) {
    for (Folder c : parent.children) {
      out.add(c);
      if (deep) {
        collect(c, true, out);
      }
    }
  }

  private static void getFolder(EwsContext ctx, EwsResponse out) throws EwsError {
    FolderShape shape = FolderShape.parse(ctx.m("FolderShape"));
    for (Element id : Dom.children(ctx.m("FolderIds"))) {
      try {
        Folder f = ctx.folder(id);
        XmlWriter w = out.success();
        w.start("m:Folders");
        write(w, f, shape);
        w.end();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  private static void createFolder(EwsContext ctx, EwsResponse out) throws EwsError {
    Folder parent = ctx.folderIn(ctx.m("ParentFolderId"));
    for (Element spec : Dom.children(ctx.m("Folders"))) {
      String name = Dom.tText(spec, "DisplayName");
      if (name == null || name.isBlank()) {
        out.error(new EwsError("ErrorInvalidValueForProperty", "The folder name is invalid."));
        continue;
      }
      if (parent.child(name) != null) {
        out.error(
            new EwsError("ErrorFolderExists", "A folder with the specified name already exists."));
        continue;
      }
      String cls = Dom.tText(spec, "FolderClass");
      if (cls == null) {
        cls =
            switch (spec.getLocalName()) {
              case "ContactsFolder" -> "IPF.Contact";
              case "CalendarFolder" -> "IPF.Appointment";
              case "TasksFolder" -> "IPF.Task";
              default -> "IPF.Note";
            };
      }
      Folder f = ctx.tenant.newFolder(parent.mailbox, parent, name, cls);
      XmlWriter w = out.success();
      w.start("m:Folders");
      w.start(element(f));
      w.start("t:FolderId").attr("Id", f.id).attr("ChangeKey", f.changeKey()).end();
      w.end();
      w.end();
      out.endMessage();
    }
  }
}
