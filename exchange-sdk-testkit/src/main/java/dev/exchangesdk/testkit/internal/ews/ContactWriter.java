package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.store.ContactData;
import dev.exchangesdk.testkit.internal.store.Item;
import java.util.Map;

/**
 * Writes contact items ({@code t:Contact}) in the element order of {@code ContactItemType}. Any
 * shape other than {@code IdOnly} returns the full set of contact fields the fake stores.
 *
 * <p>Stateless and thread-safe.
 */
final class ContactWriter {
  private ContactWriter() {}

  static void write(XmlWriter w, Item item, ItemShape shape, ItemWriter.Context ctx) {
    w.start("t:Contact");
    ItemWriter.itemId(w, "t:ItemId", item);
    if (shape.base == ItemShape.Base.ID_ONLY && shape.fieldUris.isEmpty()) {
      w.end();
      return;
    }
    ContactData c = item.contact == null ? new ContactData() : item.contact;
    if (item.folder != null) {
      w.start("t:ParentFolderId")
          .attr("Id", item.folder.id)
          .attr("ChangeKey", item.folder.changeKey())
          .end();
    }
    w.element("t:ItemClass", item.itemClass);
    w.element("t:Subject", c.displayName);
    w.element("t:Sensitivity", item.sensitivity);
    w.element("t:Size", item.size());
    ItemWriter.date(w, "t:DateTimeCreated", item.created);
    w.element("t:HasAttachments", false);
    w.element("t:Culture", "en-US");
    w.element("t:LastModifiedName", item.mailbox == null ? "" : item.mailbox.displayName);
    ItemWriter.date(w, "t:LastModifiedTime", item.lastModified);
    w.element(
        "t:FileAs",
        c.surname != null && c.givenName != null ? c.surname + ", " + c.givenName : c.displayName);
    w.element("t:DisplayName", c.displayName);
    w.element("t:GivenName", c.givenName);
    w.element("t:CompanyName", c.companyName);
    if (!c.emailAddresses.isEmpty()) {
      w.start("t:EmailAddresses");
      c.emailAddresses.forEach((k, v) -> w.start("t:Entry").attr("Key", k).text(v).end());
      w.end();
    }
    if (!c.physicalAddresses.isEmpty()) {
      w.start("t:PhysicalAddresses");
      for (Map.Entry<String, Map<String, String>> e : c.physicalAddresses.entrySet()) {
        w.start("t:Entry").attr("Key", e.getKey());
        for (String part :
            new String[] {"Street", "City", "State", "CountryOrRegion", "PostalCode"}) {
          w.element("t:" + part, e.getValue().get(part));
        }
        w.end();
      }
      w.end();
    }
    if (!c.phoneNumbers.isEmpty()) {
      w.start("t:PhoneNumbers");
      c.phoneNumbers.forEach((k, v) -> w.start("t:Entry").attr("Key", k).text(v).end());
      w.end();
    }
    w.element("t:ContactSource", "Store");
    w.element("t:JobTitle", c.jobTitle);
    w.element("t:Surname", c.surname);
    w.end();
  }
}
