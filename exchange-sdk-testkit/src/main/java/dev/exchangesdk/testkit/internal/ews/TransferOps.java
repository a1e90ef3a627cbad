package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.mime.MimeImport;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.Item;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.w3c.dom.Element;

/**
 * ExportItems and UploadItems, the pair that moves an item between mailboxes with its properties.
 * The exported data is opaque to clients (Exchange sends a FastTransfer stream); here it is the
 * item's MIME plus the properties MIME does not carry (read flag, categories, class, importance),
 * and UploadItems accepts only what ExportItems produced.
 *
 * <p>Stateless and thread-safe; runs under the tenant lock.
 */
final class TransferOps {
  private static final int MAGIC = 0x46584931; // "FXI1"

  private TransferOps() {}

  static void register(EwsService s) {
    s.add("ExportItems", w -> {}, TransferOps::exportItems);
    s.add("UploadItems", w -> {}, TransferOps::uploadItems);
  }

  private static void exportItems(EwsContext ctx, EwsResponse out) throws EwsError {
    for (Element id : Dom.children(ctx.m("ItemIds"))) {
      try {
        Item item = ctx.item(id);
        XmlWriter w = out.success();
        ItemWriter.itemId(w, "m:ItemId", item);
        w.start("m:Data").raw(Base64.getEncoder().encodeToString(export(item))).end();
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  static byte[] export(Item item) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeBoolean(item.isRead);
      out.writeBoolean(item.isDraft);
      out.writeUTF(item.itemClass);
      out.writeUTF(item.importance);
      out.writeUTF(item.sensitivity);
      out.writeLong(item.received == null ? 0 : item.received.getEpochSecond());
      out.writeInt(item.categories.size());
      for (String c : item.categories) {
        out.writeUTF(c);
      }
      byte[] mime = item.mime();
      out.writeInt(mime.length);
      out.write(mime);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void uploadItems(EwsContext ctx, EwsResponse out) throws EwsError {
    for (Element spec : Dom.children(ctx.m("Items"), Dom.T, "Item")) {
      try {
        String action = spec.getAttribute("CreateAction");
        Folder folder = ctx.folder(Dom.t(spec, "ParentFolderId"));
        Element existingId = Dom.t(spec, "ItemId");
        byte[] data;
        try {
          data = Base64.getMimeDecoder().decode(Dom.tText(spec, "Data"));
        } catch (IllegalArgumentException e) {
          throw new EwsError("ErrorCorruptData", "The data is corrupt.");
        }
        Exported exported = parse(data);
        Item target;
        if (!action.equals("CreateNew") && existingId != null) {
          Item existing = null;
          try {
            existing = ctx.item(existingId);
          } catch (EwsError e) {
            if (action.equals("Update")) {
              throw e;
            }
          }
          if (existing != null) {
            ctx.tenant.removeItem(existing);
          }
        } else if (action.equals("Update")) {
          throw EwsError.invalidRequest("UploadItems with CreateAction Update needs an ItemId.");
        }
        target = ctx.tenant.newItem(folder);
        exported.applyTo(target, ctx);
        XmlWriter w = out.success();
        ItemWriter.itemId(w, "m:ItemId", target);
        out.endMessage();
      } catch (EwsError e) {
        out.error(e);
      }
    }
  }

  /** The content of an export, checked before anything in the mailbox changes. */
  private record Exported(
      boolean read,
      boolean draft,
      String itemClass,
      String importance,
      String sensitivity,
      long received,
      List<String> categories,
      byte[] mime) {

    void applyTo(Item target, EwsContext ctx) {
      MimeImport.apply(mime, target, ctx.now());
      target.isRead = read;
      target.isDraft = draft;
      target.itemClass = itemClass;
      target.importance = importance;
      target.sensitivity = sensitivity;
      target.categories.addAll(categories);
      target.received = received > 0 ? java.time.Instant.ofEpochSecond(received) : ctx.now();
    }
  }

  private static Exported parse(byte[] data) throws EwsError {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(data));
      if (in.readInt() != MAGIC) {
        throw new IOException("not an export");
      }
      boolean read = in.readBoolean();
      boolean draft = in.readBoolean();
      String itemClass = in.readUTF();
      String importance = in.readUTF();
      String sensitivity = in.readUTF();
      long received = in.readLong();
      int count = in.readInt();
      if (count < 0 || count > 10_000) {
        throw new IOException("bad category count");
      }
      List<String> categories = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        categories.add(in.readUTF());
      }
      int length = in.readInt();
      if (length < 0 || length != in.available()) {
        throw new IOException("truncated");
      }
      return new Exported(
          read,
          draft,
          itemClass,
          importance,
          sensitivity,
          received,
          categories,
          in.readNBytes(length));
    } catch (IOException e) {
      throw new EwsError("ErrorCorruptData", "The data is corrupt.");
    }
  }
}
