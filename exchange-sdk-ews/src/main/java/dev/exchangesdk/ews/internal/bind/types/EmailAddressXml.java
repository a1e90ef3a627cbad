package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code EmailAddressType} in requests ({@code t:Mailbox} of recipient lists, {@code m:Mailbox} of
 * ExpandDL): an address, or the item id of a private distribution list.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"name", "emailAddress", "routingType", "itemId"})
public final class EmailAddressXml {
  @XmlElement(name = "Name")
  private String name;

  @XmlElement(name = "EmailAddress")
  private String emailAddress;

  @XmlElement(name = "RoutingType")
  private String routingType;

  @XmlElement(name = "ItemId")
  private ItemId itemId;

  private EmailAddressXml() {}

  public static EmailAddressXml of(String name, String address) {
    EmailAddressXml e = new EmailAddressXml();
    e.name = name;
    e.emailAddress = address;
    return e;
  }

  /** A private distribution list (a contact group) by its item id. */
  public static EmailAddressXml item(String itemId) {
    EmailAddressXml e = new EmailAddressXml();
    e.itemId = new ItemId(itemId, null);
    return e;
  }
}
