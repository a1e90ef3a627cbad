package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.EmailAddressXml;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code m:ExpandDL}: the members of a distribution group (by address) or of a contact group (by
 * item id). The schema's element is {@code m:Mailbox}; one documented example wrongly uses {@code
 * t:Mailbox}.
 */
@XmlRootElement(name = "ExpandDL")
@XmlAccessorType(XmlAccessType.FIELD)
public final class ExpandDL {
  @XmlElement(name = "Mailbox", required = true)
  private EmailAddressXml mailbox;

  private ExpandDL() {}

  public ExpandDL(EmailAddressXml mailbox) {
    this.mailbox = mailbox;
  }
}
