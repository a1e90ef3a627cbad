package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.bind.messages.GetItem;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.DirectoryXmlReader;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.EwsErrors;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.Contact;
import dev.exchangesdk.ews.model.ItemResult;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GetItem of contacts by id with the properties of {@link Contact}; one outcome per id.
 *
 * <p>Immutable; readers are made per response message.
 */
final class ContactsCall extends EwsCall<Contact, List<ItemResult<Contact>>> {
  /** The contact properties asked for (FindItem cannot return the address dictionaries). */
  static final List<String> FIELDS =
      List.of(
          "item:LastModifiedTime",
          "contacts:DisplayName",
          "contacts:GivenName",
          "contacts:Surname",
          "contacts:CompanyName",
          "contacts:JobTitle",
          "contacts:Department",
          "contacts:EmailAddresses",
          "contacts:PhoneNumbers",
          "contacts:PhysicalAddresses",
          "contacts:ContactSource");

  private final List<String> ids;

  ContactsCall(List<String> ids) {
    super("GetItem", new GetItem(ResponseShape.items(FIELDS, false), ItemIds.of(ids)));
    this.ids = List.copyOf(ids);
  }

  @Override
  public MessageReader<Contact> newMessageReader() {
    return new MessageReader<>() {
      private Contact contact;

      @Override
      public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
        if ("Items".equals(r.getLocalName())) {
          XmlCursor.forEachChild(
              r,
              item -> {
                if (contact == null) {
                  contact = DirectoryXmlReader.contact(item);
                } else {
                  XmlCursor.skip(item);
                }
              });
        } else {
          XmlCursor.skip(r);
        }
      }

      @Override
      public Contact result() {
        return contact;
      }
    };
  }

  @Override
  public List<ItemResult<Contact>> result(
      List<ResponseMessage<Contact>> messages, ReadContext context) {
    List<ItemResult<Contact>> out = new ArrayList<>(messages.size());
    for (ResponseMessage<Contact> m : messages) {
      String id = m.index() < ids.size() ? ids.get(m.index()) : "#" + m.index();
      if (m.isError() || m.payload() == null) {
        out.add(
            ItemResult.failure(
                id,
                m.isError()
                    ? EwsErrors.forStatus(m.status(), context, "contact " + id)
                    : new dev.exchangesdk.core.ResponseFormatException(
                        "EWS GetItem returned no contact for " + id, null)));
      } else {
        out.add(ItemResult.success(id, m.payload()));
      }
    }
    return out;
  }
}
