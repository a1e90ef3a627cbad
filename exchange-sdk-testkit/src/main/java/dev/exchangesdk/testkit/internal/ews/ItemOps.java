package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.UnreadableItem;
import dev.exchangesdk.testkit.internal.query.MailQuery;
import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Permission;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.w3c.dom.Element;

/**
 * The item operations: FindItem, GetItem, CreateItem (save, send, reply, forward), SendItem,
 * UpdateItem, MoveItem, CopyItem, DeleteItem and MarkAsJunk. Batches answer one response message
 * per input, each succeeding or failing on its own.
 *
 * <p>Stateless and thread-safe; runs under the tenant lock.
 */
final class ItemOps {
  private ItemOps() {}

  static void register(EwsService s) {
    s.add("FindItem", w -> {}, ItemOps::findItem);
    s.add("GetItem", ItemOps::emptyItems, ItemOps::getItem);
    s.add("CreateItem", ItemOps::emptyItems, ItemOps::createItem);
    s.add("SendItem", w -> {}, ItemOps::sendItem);
    s.add("UpdateItem", ItemOps::emptyItems, ItemOps::updateItem);
    s.add("MoveItem", ItemOps::emptyItems, (ctx, out) -> moveOrCopy(ctx, out, true));
    s.add("CopyItem", ItemOps::emptyItems, (ctx, out) -> moveOrCopy(ctx, out, false));
    s.add("DeleteItem", w -> {}, ItemOps::deleteItem);
    s.add("MarkAsJunk", w -> {}, ItemOps::markAsJunk);
  }

  static void emptyItems(XmlWriter w) {
    w.empty("m:Items");
  }

  // ---- FindItem --------------------------------------------------------------------------------

  private static void findItem(EwsContext ctx, EwsResponse out) throws EwsError {
    ItemShape shape = ItemShape.parse(ctx.m("ItemShape"));
    ItemWriter.validate(shape, ItemWriter.Context.FIND);
    if (ctx.m("GroupBy") != null || ctx.m("DistinguishedGroupBy") != null) {
      throw EwsError.invalidRequest("FakeExchange does not support grouped FindItem results.");
    }
    Predicate<Item> filter = i -> true;
    Element restriction = ctx.m("Restriction");
    if (restriction != null) {
      filter = Restrictions.forItems(restriction);
    }
    String aqs = Dom.text(ctx.op, Dom.M, "QueryString");
    if (aqs != null) {
      try {
        filter = filter.and(MailQuery.parse(aqs)::matches);
      } catch (MailQuery.InvalidQuery e) {
        throw new EwsError(
            "ErrorInvalidRequest", "The query string is not valid AQS: " + e.getMessage());
      }
    }
    Comparator<Item> order = sortOrder(ctx.m("SortOrder"));
    Paging paging = Paging.of(ctx.op);
    Element contactsView = ctx.m("ContactsView");
    if (contactsView != null) {
      paging = new Paging(viewMax(contactsView), 0, false, -1, -1);
      String initial = Dom.attr(contactsView, "InitialName");
      String fin = Dom.attr(contactsView, "FinalName");
      filter = filter.and(i -> nameBetween(i, initial, fin));
    }
    boolean calendarView = ctx.m("CalendarView") != null;
    String traversal = Dom.attr(ctx.op, "Traversal");
    for (Element folderId : Dom.children(ctx.m("ParentFolderIds"))) {
      Folder folder;
      try {
        folder = ctx.folder(folderId);
      } catch (EwsError e) {
        out.error(e);
        continue;
      }
      List<Item> candidates = new ArrayList<>();
      if ("SoftDeleted".equals(traversal)) {
        Folder dumpster =
            folder.mailbox == null
                ? null
                : folder.mailbox.distinguished("recoverableitemsdeletions");
        if (dumpster != null) {
          for (Item i : dumpster.items.values()) {
            if (i.deletedFromFolder != null && i.deletedFromFolder == folder.serial) {
              candidates.add(i);
            }
          }
        }
      } else if (!"Associated".equals(traversal) && !calendarView) {
        candidates.addAll(folder.contents());
      }
      List<Item> matched = new ArrayList<>();
      for (Item i : candidates) {
        if (filter.test(i)) {
          matched.add(i);
        }
      }
      matched.sort(order);
      Paging.Page<Item> page = paging.apply(matched);
      XmlWriter w = out.success();
      w.start("m:RootFolder");
      Paging.attributes(w, page);
      w.start("t:Items");
      for (Item i : page.entries()) {
        ItemWriter.write(w, i, shape, ItemWriter.Context.FIND);
      }
      w.end().end();
      out.endMessage();
    }
  }

  private static int viewMax(Element view) {
    String v = Dom.attr(view, "MaxEntriesReturned");
    return v == null ? Paging.MAX_PAGE : Math.min(Paging.MAX_PAGE, Integer.parseInt(v.trim()));
  }

  private static boolean nameBetween(Item i, String initial, String fin) {
    String name =
        i.contact != null && i.contact.displayName != null ? i.contact.displayName : i.subject;
    if (name == null) {
      return initial == null;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return (initial == null || n.compareTo(initial.toLowerCase(Locale.ROOT)) >= 0)
        && (fin == null || n.compareTo(fin.toLowerCase(Locale.ROOT)) <= 0);
  }

  /** The SortOrder comparator; newest received first when none is given. Ties: arrival order. */
  private static Comparator<Item> sortOrder(Element sortOrder) throws EwsError {
    Comparator<Item> c = null;
    for (Element fieldOrder : Dom.children(sortOrder, Dom.T, "FieldOrder")) {
      Element path = Dom.children(fieldOrder).get(0);
      if (Restrictions.itemValue(null, path) == Restrictions.UNSUPPORTED) {
        throw EwsError.unsupportedPath(Restrictions.uriOf(path));
      }
      Comparator<Item> one =
          (a, b) -> compareValues(Restrictions.itemValue(a, path), Restrictions.itemValue(b, path));
      if ("Descending".equals(fieldOrder.getAttribute("Order"))) {
        one = one.reversed();
      }
      c = c == null ? one : c.thenComparing(one);
    }
    if (c == null) {
      c =
          Comparator.comparing(
              (Item i) -> i.received, Comparator.nullsLast(Comparator.reverseOrder()));
      return c.thenComparing(Comparator.comparingLong((Item i) -> i.serial).reversed());
    }
    return c.thenComparingLong(i -> i.serial);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : -1) : 1;
    }
    if (a instanceof String sa && b instanceof String sb) {
      return sa.compareToIgnoreCase(sb);
    }
    if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
      return ca.compareTo(b);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  // ---- GetItem ---------------------------------------------------------------------------------

  private static void getItem(EwsContext ctx, EwsResponse out) throws EwsError {
    ItemShape shape = ItemShape.parse(ctx.m("ItemShape"));
    ItemWriter.validate(shape, ItemWriter.Context.GET);
    for (Element id : Dom.children(ctx.m("ItemIds"))) {
      Item item;
      try {
        item = ctx.item(id);
      } catch (EwsError e) {
        out.error(e);
        continue;
      }
      UnreadableItem unreadable = ctx.faults.unreadable(item.serial);
      if (unreadable == UnreadableItem.CORRUPT_DATA) {
        out.error(new EwsError("ErrorCorruptData", "The data is corrupt."));
        continue;
      }
      XmlWriter w = out.success();
      w.start("m:Items");
      if (unreadable == UnreadableItem.INVALID_XML_CHARACTER) {
        ItemWriter.writeWithInvalidCharacterInBody(w, item, shape);
      } else {
        ItemWriter.write(w, item, shape, ItemWriter.Context.GET);
      }
      w.end();
      out.endMessage();
    }
  }

  // ---- CreateItem ------------------------------------------------------------------------------

  private static void createItem(EwsContext ctx, EwsResponse out) throws EwsError {
    String disposition = Dom.attr(ctx.op, "MessageDisposition");
    Element saved = ctx.m("SavedItemFolderId");
    Folder savedFolder = null;
    if (saved != null) {
      savedFolder = ctx.folderIn(saved);
    }
    for (Element element : Dom.children(ctx.m("Items"))) {
      try {
        Item created = create(ctx, element, disposition, savedFolder);
        XmlWriter w = out.success();
        w.start("m:Items");
        if (created != null) {
          w.start(created.kind == Item.Kind.CONTACT ? "t:Contact" : "t:Message");
          ItemWriter.itemId(w, "t:ItemId", created);
          if (!created.attachments.isEmpty()) {
            w.start("t:Attachments");
            for (Attachment a : created.attachments) {
              w.start(a.isFile() ? "t:FileAttachment" : "t:ItemAttachment");
              w.start("t:AttachmentId").attr("Id", Tenant.attachmentId(created, a)).end();
              w.end();
            }
            w.end();
          }
          w.end();
        }
        w.end();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  /** Creates one item; returns the saved item, or null when it was only sent. */
  private static Item create(
      EwsContext ctx, Element element, String disposition, Folder savedFolder) throws EwsError {
    Tenant tenant = ctx.tenant;
    Instant now = ctx.now();
    String kind = element.getLocalName();
    if (kind.equals("Contact")) {
      Folder f = savedFolder != null ? savedFolder : ctx.mailbox.distinguished("contacts");
      Item contact = tenant.newItem(f);
      ItemReader.apply(tenant, contact, element, now);
      return contact;
    }
    if (!kind.equals("Message")
        && !kind.equals("Item")
        && !kind.endsWith("ToItem")
        && !kind.equals("ForwardItem")) {
      throw new EwsError(
          "ErrorUnsupportedTypeForConversion", "FakeExchange cannot create a " + kind + ".");
    }
    if (disposition == null) {
      throw new EwsError(
          "ErrorMessageDispositionRequired", "MessageDisposition is required for this operation.");
    }
    Item draft = new Item(0, null, ctx.mailbox);
    draft.created = now;
    draft.lastModified = now;
    if (kind.endsWith("ToItem") || kind.equals("ForwardItem")) {
      compose(ctx, draft, element, kind);
    } else {
      ItemReader.apply(tenant, draft, element, now);
    }
    if (disposition.equals("SaveOnly")) {
      Folder f = savedFolder != null ? savedFolder : ctx.mailbox.distinguished("drafts");
      Item item = tenant.newItem(f);
      draft.copyContentTo(item);
      item.isDraft = true;
      item.isFromMe = true;
      item.isRead = true;
      item.created = now;
      item.received = now;
      if (item.rawMime != null) {
        item.isDraft = false; // a MIME upload is a finished message, as Exchange treats it
      }
      return item;
    }
    send(
        ctx,
        draft,
        disposition.equals("SendAndSaveCopy") ? savedFolder : null,
        disposition.equals("SendAndSaveCopy"));
    return null;
  }

  /** Sends a detached or draft item; saves a copy in Sent Items (or {@code saveTo}) when asked. */
  static void send(EwsContext ctx, Item msg, Folder saveTo, boolean saveCopy) throws EwsError {
    if (msg.allRecipients().isEmpty()) {
      throw new EwsError(
          "ErrorInvalidRecipients",
          "At least one recipient isn't valid., A message can't be sent because it contains no recipients.");
    }
    for (EmailAddress a : msg.allRecipients()) {
      if (a.address() == null || !a.address().contains("@")) {
        throw new EwsError(
            "ErrorInvalidRecipients",
            "At least one recipient isn't valid., Recipient '"
                + (a.name() == null ? "" : a.name())
                + "' is not resolved. All recipients must be resolved before a message can be submitted.");
      }
    }
    checkSendAs(ctx, msg.from);
    Mailbox mailbox = ctx.mailbox;
    ctx.tenant.transport.prepareOutgoing(mailbox, msg);
    ctx.tenant.transport.send(mailbox, msg);
    boolean stored = msg.folder != null;
    if (saveCopy) {
      Folder sent = saveTo != null ? saveTo : mailbox.distinguished("sentitems");
      Item copy = stored ? ctx.tenant.moveItem(msg, sent) : ctx.tenant.newItem(sent);
      if (!stored) {
        msg.copyContentTo(copy);
      }
      copy.isRead = true;
      copy.isDraft = false;
      copy.isFromMe = true;
      copy.received = msg.sent;
      copy.created = msg.created;
    } else if (stored) {
      ctx.tenant.removeItem(msg);
    }
  }

  private static void checkSendAs(EwsContext ctx, EmailAddress from) throws EwsError {
    if (from == null || ctx.mailbox.hasAddress(from.address())) {
      return;
    }
    Mailbox other = ctx.tenant.mailbox(from.address());
    if (other != null) {
      for (Permission p : other.recipientPermissions) {
        if (p.accessRights().contains("SendAs")
            && !p.deny()
            && ctx.mailbox.matchesIdentity(p.user())) {
          return;
        }
      }
    }
    throw new EwsError(
        "ErrorSendAsDenied",
        "The user account which was used to submit this request does not have the right to send mail on behalf of the specified sending account.");
  }

  /** Builds a reply, reply-all or forward from its reference item. */
  private static void compose(EwsContext ctx, Item draft, Element element, String kind)
      throws EwsError {
    Element ref = Dom.t(element, "ReferenceItemId");
    if (ref == null) {
      throw EwsError.invalidRequest("ReferenceItemId is required.");
    }
    Item original = ctx.item(ref);
    Instant now = ctx.now();
    String prefix = kind.equals("ForwardItem") ? "FW: " : "RE: ";
    String origSubject = original.subject == null ? "" : original.subject;
    String stripped = origSubject.replaceFirst("(?i)^((re|fw|fwd)\\s*:\\s*)+", "");
    draft.subject = prefix + stripped;
    if (kind.equals("ForwardItem")) {
      for (Attachment a : original.attachments) {
        draft.attachments.add(a.copy());
      }
      draft.nextAttachmentSerial = original.nextAttachmentSerial;
    } else {
      draft.to.addAll(
          original.replyTo.isEmpty()
              ? original.from == null ? List.of() : List.of(original.from)
              : original.replyTo);
      if (kind.equals("ReplyAllToItem")) {
        for (EmailAddress a : original.to) {
          if (!ctx.mailbox.hasAddress(a.address())
              && draft.to.stream().noneMatch(x -> x.key().equals(a.key()))) {
            draft.to.add(a);
          }
        }
        for (EmailAddress a : original.cc) {
          if (!ctx.mailbox.hasAddress(a.address())) {
            draft.cc.add(a);
          }
        }
      }
      draft.inReplyTo = original.internetMessageId;
      draft.references =
          original.internetMessageId == null
              ? original.references
              : (original.references == null ? "" : original.references + " ")
                  + original.internetMessageId;
    }
    draft.conversationTopic =
        original.conversationTopic != null ? original.conversationTopic : stripped;
    String quotedHtml =
        "<hr><div><b>From:</b> "
            + (original.from == null ? "" : escape(original.from.display()))
            + "<br><b>Sent:</b> "
            + (original.sent == null ? "" : original.sent)
            + "<br><b>Subject:</b> "
            + escape(origSubject)
            + "</div><br>"
            + (original.htmlBody != null
                ? original.htmlBody
                : "<pre>" + escape(original.textBody == null ? "" : original.textBody) + "</pre>");
    draft.htmlBody = quotedHtml;
    for (Element p : Dom.children(element)) {
      switch (p.getLocalName()) {
        case "ReferenceItemId" -> {}
        case "NewBodyContent" -> {
          String text = p.getTextContent();
          boolean html = "HTML".equals(p.getAttribute("BodyType"));
          draft.htmlBody =
              (html ? text : "<div>" + escape(text).replace("\n", "<br>") + "</div>") + quotedHtml;
        }
        case "ToRecipients", "CcRecipients", "BccRecipients" -> {
          // explicit recipients replace the computed ones
          List<EmailAddress> target =
              p.getLocalName().startsWith("To")
                  ? draft.to
                  : p.getLocalName().startsWith("Cc") ? draft.cc : draft.bcc;
          target.clear();
          for (Element mb : Dom.children(p, Dom.T, "Mailbox")) {
            target.add(ItemReader.mailbox(ctx.tenant, mb));
          }
        }
        default -> ItemReader.property(ctx.tenant, draft, p, now, false);
      }
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  // ---- SendItem --------------------------------------------------------------------------------

  private static void sendItem(EwsContext ctx, EwsResponse out) throws EwsError {
    boolean save = Dom.boolAttr(ctx.op, "SaveItemToFolder", true);
    Element saved = ctx.m("SavedItemFolderId");
    Folder savedFolder = saved == null ? null : ctx.folderIn(saved);
    for (Element id : Dom.children(ctx.m("ItemIds"))) {
      try {
        Item item = ctx.item(id);
        if (EwsContext.stale(id, item)) {
          throw new EwsError(
              "ErrorStaleObject",
              "The change key passed in the request does not match the current change key for the item.");
        }
        if (!item.isDraft) {
          throw new EwsError(
              "ErrorInvalidItemForOperationSendItem",
              "The item is not a draft: only drafts can be sent with SendItem.");
        }
        send(ctx, item, savedFolder, save);
        out.success();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  // ---- UpdateItem ------------------------------------------------------------------------------

  private static void updateItem(EwsContext ctx, EwsResponse out) throws EwsError {
    String conflict = Dom.attr(ctx.op, "ConflictResolution");
    String disposition = Dom.attr(ctx.op, "MessageDisposition");
    for (Element change : Dom.children(ctx.m("ItemChanges"), Dom.T, "ItemChange")) {
      try {
        Element id = Dom.children(change).get(0);
        Item item = ctx.item(id);
        if (EwsContext.stale(id, item) && !"AlwaysOverwrite".equals(conflict)) {
          throw new EwsError(
              "ErrorIrresolvableConflict",
              "The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.");
        }
        applyUpdates(ctx, item, Dom.t(change, "Updates"));
        if (disposition != null
            && !disposition.equals("SaveOnly")
            && item.kind == Item.Kind.MESSAGE) {
          send(ctx, item, null, disposition.equals("SendAndSaveCopy"));
          XmlWriter w = out.success();
          w.empty("m:Items");
          w.start("m:ConflictResults").element("t:Count", 0).end();
          out.endMessage();
          continue;
        }
        XmlWriter w = out.success();
        w.start("m:Items");
        w.start(item.kind == Item.Kind.CONTACT ? "t:Contact" : "t:Message");
        ItemWriter.itemId(w, "t:ItemId", item);
        w.end();
        w.end();
        w.start("m:ConflictResults").element("t:Count", 0).end();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  private static void applyUpdates(EwsContext ctx, Item item, Element updates) throws EwsError {
    Instant now = ctx.now();
    boolean content = false;
    boolean readFlag = false;
    for (Element u : Dom.children(updates)) {
      Element path = Dom.children(u).get(0);
      String uri = path.getLocalName().equals("FieldURI") ? path.getAttribute("FieldURI") : null;
      if (uri != null && READ_ONLY.contains(uri)) {
        throw new EwsError("ErrorInvalidPropertySet", "Set action is invalid for property.")
            .with("FieldURI", uri);
      }
      switch (u.getLocalName()) {
        case "SetItemField", "AppendToItemField" -> {
          boolean append = u.getLocalName().equals("AppendToItemField");
          Element holder = Dom.children(u).get(1);
          for (Element p : Dom.children(holder)) {
            if ("message:IsRead".equals(uri) && !append) {
              readFlag = true;
            } else {
              content = true;
            }
            ItemReader.property(ctx.tenant, item, p, now, append);
          }
        }
        case "DeleteItemField" -> {
          content = true;
          if (path.getLocalName().equals("ExtendedFieldURI")) {
            ExtendedProps.delete(item, path);
          } else {
            clear(item, uri);
          }
        }
        default -> throw EwsError.invalidRequest("Unknown update " + u.getLocalName());
      }
    }
    if (content) {
      item.touchContent(now);
    } else if (readFlag) {
      item.touchReadFlag(now);
    }
  }

  private static final java.util.Set<String> READ_ONLY =
      java.util.Set.of(
          "item:ItemId",
          "item:ParentFolderId",
          "item:DateTimeReceived",
          "item:Size",
          "item:DateTimeCreated",
          "item:HasAttachments",
          "item:LastModifiedTime",
          "item:DisplayTo",
          "item:DisplayCc",
          "item:MimeContent",
          "message:InternetMessageId",
          "item:DateTimeSent");

  private static void clear(Item item, String uri) throws EwsError {
    switch (uri == null ? "" : uri) {
      case "item:Categories" -> item.categories.clear();
      case "item:Subject" -> item.subject = null;
      case "item:Body" -> {
        item.textBody = "";
        item.htmlBody = null;
      }
      case "message:ToRecipients" -> item.to.clear();
      case "message:CcRecipients" -> item.cc.clear();
      case "message:BccRecipients" -> item.bcc.clear();
      case "message:ReplyTo" -> item.replyTo.clear();
      case "item:InReplyTo" -> item.inReplyTo = null;
      default ->
          throw new EwsError("ErrorInvalidPropertyDelete", "Delete action is invalid for property.")
              .with("FieldURI", uri);
    }
  }

  // ---- MoveItem / CopyItem ---------------------------------------------------------------------

  private static void moveOrCopy(EwsContext ctx, EwsResponse out, boolean move) throws EwsError {
    Folder target = ctx.folderIn(ctx.m("ToFolderId"));
    boolean returnIds = Dom.boolAttr(ctx.op, "ReturnNewItemIds", true);
    for (Element id : Dom.children(ctx.m("ItemIds"))) {
      try {
        Item item = ctx.item(id);
        Item result = move ? ctx.tenant.moveItem(item, target) : ctx.tenant.copyItem(item, target);
        result.deletedFromFolder = null;
        XmlWriter w = out.success();
        w.start("m:Items");
        if (returnIds) {
          w.start(result.kind == Item.Kind.CONTACT ? "t:Contact" : "t:Message");
          ItemWriter.itemId(w, "t:ItemId", result);
          w.end();
        }
        w.end();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  // ---- DeleteItem ------------------------------------------------------------------------------

  private static void deleteItem(EwsContext ctx, EwsResponse out) throws EwsError {
    String type = Dom.attr(ctx.op, "DeleteType");
    for (Element id : Dom.children(ctx.m("ItemIds"))) {
      try {
        Item item = ctx.item(id);
        ctx.tenant.delete(item, type);
        out.success();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  // ---- MarkAsJunk ------------------------------------------------------------------------------

  private static void markAsJunk(EwsContext ctx, EwsResponse out) throws EwsError {
    boolean junk = Dom.boolAttr(ctx.op, "IsJunk", true);
    boolean move = Dom.boolAttr(ctx.op, "MoveItem", true);
    for (Element id : Dom.children(ctx.m("ItemIds"))) {
      try {
        Item item = ctx.item(id);
        Mailbox m = item.mailbox;
        if (m == null) {
          throw new EwsError(
              "ErrorInvalidOperation", "Public folder items cannot be marked as junk.");
        }
        String sender = item.from == null ? null : item.from.address();
        if (sender != null) {
          if (junk) {
            addOnce(m.junk.blockedSendersAndDomains, sender);
            m.junk.trustedSendersAndDomains.removeIf(s -> s.equalsIgnoreCase(sender));
          } else {
            m.junk.blockedSendersAndDomains.removeIf(s -> s.equalsIgnoreCase(sender));
            addOnce(m.junk.trustedSendersAndDomains, sender);
          }
        }
        Item result = item;
        if (move) {
          Folder target = m.distinguished(junk ? "junkemail" : "inbox");
          if (item.folder != target) {
            result = ctx.tenant.moveItem(item, target);
          }
        }
        XmlWriter w = out.success();
        if (move) {
          ItemWriter.itemId(w, "m:MovedItemId", result);
        }
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  private static void addOnce(List<String> list, String value) {
    if (list.stream().noneMatch(v -> v.equalsIgnoreCase(value))) {
      list.add(value);
    }
  }
}
