package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.Ids;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.util.Base64;
import org.w3c.dom.Element;

/**
 * GetAttachment (file content as Base64, attached items with their properties and MIME),
 * CreateAttachment and DeleteAttachment. Attachment ids carry the parent item; attachments of an
 * attached item get nested ids one level deep.
 *
 * <p>Stateless and thread-safe; runs under the tenant lock.
 */
final class AttachmentOps {
  private AttachmentOps() {}

  static void register(EwsService s) {
    s.add("GetAttachment", w -> w.empty("m:Attachments"), AttachmentOps::getAttachment);
    s.add("CreateAttachment", w -> w.empty("m:Attachments"), AttachmentOps::createAttachment);
    s.add("DeleteAttachment", w -> {}, AttachmentOps::deleteAttachment);
  }

  /** An attachment and the item that holds it (the root item for nested ones). */
  private record Located(Item root, Attachment outer, Attachment attachment) {}

  private static Located locate(EwsContext ctx, String id) throws EwsError {
    Ids.Decoded d = Ids.decode(id, Ids.Kind.ATTACHMENT);
    if (d == null) {
      throw EwsError.malformedId();
    }
    Item item = ctx.tenant.item(d.serial());
    if (item == null || item.id == null) {
      throw EwsError.itemNotFound();
    }
    long outerSerial = d.secondary() & 0xffffffffL;
    long innerSerial = d.secondary() >>> 32;
    Attachment outer = item.attachment(outerSerial);
    if (outer == null) {
      throw EwsError.itemNotFound();
    }
    if (innerSerial == 0) {
      return new Located(item, null, outer);
    }
    Attachment inner = outer.isFile() ? null : outer.item.attachment(innerSerial);
    if (inner == null) {
      throw EwsError.itemNotFound();
    }
    return new Located(item, outer, inner);
  }

  private static void getAttachment(EwsContext ctx, EwsResponse out) throws EwsError {
    ItemShape shape = ItemShape.parse(ctx.m("AttachmentShape"));
    for (Element idEl : Dom.children(ctx.m("AttachmentIds"))) {
      String id = idEl.getAttribute("Id");
      Located loc;
      try {
        loc = locate(ctx, id);
      } catch (EwsError e) {
        out.error(e);
        continue;
      }
      XmlWriter w = out.success();
      w.start("m:Attachments");
      Attachment a = loc.attachment();
      ItemWriter.attachmentHead(w, id, a);
      if (a.isFile()) {
        w.start("t:Content").raw(Base64.getEncoder().encodeToString(a.content)).end();
      } else {
        Item root = loc.root();
        Attachment outer = a;
        ItemWriter.write(
            w,
            a.item,
            shape,
            ItemWriter.Context.EMBEDDED,
            inner -> loc.outer() == null ? Tenant.nestedAttachmentId(root, outer, inner) : null);
      }
      w.end();
      w.end();
      out.endMessage();
    }
  }

  private static void createAttachment(EwsContext ctx, EwsResponse out) throws EwsError {
    Element parentId = ctx.m("ParentItemId");
    Item item = ctx.item(parentId);
    String ck = Dom.attr(parentId, "RootItemChangeKey");
    if (ck != null && !ck.isEmpty() && !ck.equals(item.changeKey())) {
      throw new EwsError(
          "ErrorStaleObject",
          "The change key passed in the request does not match the current change key for the item.");
    }
    for (Element a : Dom.children(ctx.m("Attachments"))) {
      try {
        Attachment created = ItemReader.attachment(ctx.tenant, item, a, ctx.now());
        item.rawMime = null;
        item.touchContent(ctx.now());
        XmlWriter w = out.success();
        w.start("m:Attachments");
        w.start(created.isFile() ? "t:FileAttachment" : "t:ItemAttachment");
        w.start("t:AttachmentId")
            .attr("Id", Tenant.attachmentId(item, created))
            .attr("RootItemId", item.id)
            .attr("RootItemChangeKey", item.changeKey())
            .end();
        w.end();
        w.end();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  private static void deleteAttachment(EwsContext ctx, EwsResponse out) throws EwsError {
    for (Element idEl : Dom.children(ctx.m("AttachmentIds"))) {
      try {
        Located loc = locate(ctx, idEl.getAttribute("Id"));
        Item root = loc.root();
        if (loc.outer() == null) {
          root.attachments.remove(loc.attachment());
        } else {
          loc.outer().item.attachments.remove(loc.attachment());
          loc.outer().item.rawMime = null;
        }
        root.rawMime = null;
        root.touchContent(ctx.now());
        XmlWriter w = out.success();
        w.start("m:RootItemId")
            .attr("RootItemId", root.id)
            .attr("RootItemChangeKey", root.changeKey())
            .end();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }
}
