package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.auth.IdentityPlatform;
import dev.exchangesdk.testkit.internal.http.FaultPlan;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.Ids;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.time.Instant;
import org.w3c.dom.Element;

/**
 * One EWS request being served: the tenant, the mailbox acted on (from {@code
 * ExchangeImpersonation}), the operation element and the caller; resolves folder and item ids the
 * way EWS does, with its error codes.
 *
 * <p>Not thread-safe: one per request, used under the tenant lock.
 */
final class EwsContext {
  final Tenant tenant;
  final Mailbox mailbox;
  final Element op;
  final IdentityPlatform.Principal principal;
  final String serverVersion;

  /** The faults tests injected; GetItem asks it which items it cannot give. */
  final FaultPlan faults;

  EwsContext(
      Tenant tenant,
      Mailbox mailbox,
      Element op,
      IdentityPlatform.Principal principal,
      String serverVersion,
      FaultPlan faults) {
    this.tenant = tenant;
    this.mailbox = mailbox;
    this.op = op;
    this.principal = principal;
    this.serverVersion = serverVersion;
    this.faults = faults;
  }

  Instant now() {
    return tenant.now();
  }

  /** A child of the operation element in the messages namespace. */
  Element m(String local) {
    return Dom.m(op, local);
  }

  /**
   * Resolves a container element that holds one {@code t:FolderId} or {@code
   * t:DistinguishedFolderId} (ParentFolderIds, ToFolderId, SavedItemFolderId, ...).
   */
  Folder folderIn(Element container) throws EwsError {
    for (Element e : Dom.children(container)) {
      return folder(e);
    }
    throw EwsError.invalidRequest("A folder id is required.");
  }

  /**
   * Resolves a {@code t:DistinguishedFolderId}, or any element of the schema's FolderIdType ({@code
   * t:FolderId}, UploadItems' {@code t:ParentFolderId}).
   */
  Folder folder(Element id) throws EwsError {
    switch (id.getLocalName()) {
      case "FolderId", "ParentFolderId":
        {
          String value = id.getAttribute("Id");
          if (Ids.decode(value, Ids.Kind.FOLDER) == null) {
            throw EwsError.malformedId();
          }
          Folder f = tenant.folderById(value);
          if (f == null) {
            throw EwsError.folderNotFound();
          }
          return f;
        }
      case "DistinguishedFolderId":
        {
          String name = id.getAttribute("Id");
          Mailbox target = mailbox;
          Element mb = Dom.t(id, "Mailbox");
          if (mb != null) {
            String address = Dom.tText(mb, "EmailAddress");
            target = tenant.mailbox(address);
            if (target == null) {
              throw EwsError.nonExistentMailbox(address);
            }
          }
          if ("publicfoldersroot".equals(name)) {
            return tenant.publicFoldersRoot;
          }
          Folder f = target.distinguished(name);
          if (f == null) {
            throw EwsError.folderNotFound();
          }
          return f;
        }
      default:
        throw EwsError.invalidRequest("Unexpected folder id element " + id.getLocalName());
    }
  }

  /** Resolves a {@code t:ItemId} (or any element with an {@code Id} attribute) to an item. */
  Item item(Element idElement) throws EwsError {
    String id = idElement.getAttribute("Id");
    if (Ids.decode(id, Ids.Kind.ITEM) == null) {
      throw EwsError.malformedId();
    }
    Item item = tenant.itemById(id);
    if (item == null) {
      throw EwsError.itemNotFound();
    }
    return item;
  }

  /** Whether a request's ChangeKey (if any) is stale for the item. */
  static boolean stale(Element idElement, Item item) {
    String ck = Dom.attr(idElement, "ChangeKey");
    return ck != null && !ck.isEmpty() && !ck.equals(item.changeKey());
  }
}
