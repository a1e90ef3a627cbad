package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code t:Mailbox} of the availability service ({@code t:EmailAddress} type: {@code Address}, not
 * {@code EmailAddress}), as GetUserOofSettings takes it.
 */
@XmlRootElement(name = "Mailbox")
@XmlAccessorType(XmlAccessType.FIELD)
public final class OofMailbox {
  @XmlElement(name = "Address", required = true)
  private String address;

  private OofMailbox() {}

  public OofMailbox(String address) {
    this.address = address;
  }
}
