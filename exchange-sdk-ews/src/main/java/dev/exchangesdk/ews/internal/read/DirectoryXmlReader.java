package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.Contact;
import dev.exchangesdk.ews.model.ContactEntry;
import dev.exchangesdk.ews.model.PostalAddress;
import dev.exchangesdk.ews.model.Recipient;
import dev.exchangesdk.ews.model.RecipientType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maps directory and contact elements to the model: {@code EmailAddressType} (group members, name
 * resolutions) to {@link Recipient}, {@code t:Contact} to {@link Contact}. Unknown elements are
 * skipped (a contact's photo and certificates included). Stateless and thread-safe.
 */
public final class DirectoryXmlReader {
  private DirectoryXmlReader() {}

  /** Reads an {@code EmailAddressType} element ({@code t:Mailbox}); leaves the reader after it. */
  public static Recipient recipient(XMLStreamReader r) throws XMLStreamException {
    String[] v = new String[5];
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "Name":
              v[0] = XmlCursor.trimmedText(c);
              break;
            case "EmailAddress":
              v[1] = XmlCursor.trimmedText(c);
              break;
            case "RoutingType":
              v[2] = XmlCursor.trimmedText(c);
              break;
            case "MailboxType":
              v[3] = XmlCursor.trimmedText(c);
              break;
            case "ItemId":
              v[4] = XmlCursor.attribute(c, "Id");
              XmlCursor.skip(c);
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    return new Recipient(v[0], v[1], v[2], RecipientType.parse(v[3]), v[4]);
  }

  /** Reads a {@code t:Contact} (or another item element) as a contact. */
  public static Contact contact(XMLStreamReader r) throws XMLStreamException {
    ContactFields f = new ContactFields();
    XmlCursor.forEachChild(r, c -> contactField(c, f));
    return new Contact(
        f.id,
        f.displayName,
        f.givenName,
        f.surname,
        f.companyName,
        f.jobTitle,
        f.department,
        f.emails,
        f.phones,
        f.addresses,
        f.lastModified,
        f.source);
  }

  private static void contactField(XMLStreamReader r, ContactFields f) throws XMLStreamException {
    switch (r.getLocalName()) {
      case "ItemId":
        f.id = XmlCursor.attribute(r, "Id");
        XmlCursor.skip(r);
        break;
      case "DisplayName":
        f.displayName = XmlCursor.trimmedText(r);
        break;
      case "GivenName":
        f.givenName = XmlCursor.trimmedText(r);
        break;
      case "Surname":
        f.surname = XmlCursor.trimmedText(r);
        break;
      case "CompanyName":
        f.companyName = XmlCursor.trimmedText(r);
        break;
      case "JobTitle":
        f.jobTitle = XmlCursor.trimmedText(r);
        break;
      case "Department":
        f.department = XmlCursor.trimmedText(r);
        break;
      case "EmailAddresses":
        entries(r, f.emails);
        break;
      case "PhoneNumbers":
        entries(r, f.phones);
        break;
      case "PhysicalAddresses":
        XmlCursor.forEachChild(
            r,
            e -> {
              PostalAddress a = address(e);
              if (!a.isEmpty()) {
                f.addresses.add(a);
              }
            });
        break;
      case "LastModifiedTime":
        f.lastModified = XmlCursor.instantText(r);
        break;
      case "ContactSource":
        f.source = XmlCursor.trimmedText(r);
        break;
      default:
        XmlCursor.skip(r);
    }
  }

  /** {@code t:Entry Key="..."}value elements; empty values are left out. */
  private static void entries(XMLStreamReader r, List<ContactEntry> out) throws XMLStreamException {
    XmlCursor.forEachChild(
        r,
        e -> {
          String key = XmlCursor.attribute(e, "Key");
          String value = XmlCursor.trimmedText(e);
          if (value != null) {
            out.add(new ContactEntry(key, value));
          }
        });
  }

  private static PostalAddress address(XMLStreamReader r) throws XMLStreamException {
    String key = XmlCursor.attribute(r, "Key");
    String[] v = new String[5];
    XmlCursor.forEachChild(
        r,
        c -> {
          int i =
              List.of("Street", "City", "State", "CountryOrRegion", "PostalCode")
                  .indexOf(c.getLocalName());
          if (i >= 0) {
            v[i] = XmlCursor.trimmedText(c);
          } else {
            XmlCursor.skip(c);
          }
        });
    return new PostalAddress(key, v[0], v[1], v[2], v[3], v[4]);
  }

  private static final class ContactFields {
    String id;
    String displayName;
    String givenName;
    String surname;
    String companyName;
    String jobTitle;
    String department;
    final List<ContactEntry> emails = new ArrayList<>();
    final List<ContactEntry> phones = new ArrayList<>();
    final List<PostalAddress> addresses = new ArrayList<>();
    Instant lastModified;
    String source;
  }
}
