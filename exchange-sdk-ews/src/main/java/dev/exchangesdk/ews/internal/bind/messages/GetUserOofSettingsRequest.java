package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.OofMailbox;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code m:GetUserOofSettingsRequest}: a mailbox's automatic replies (out of office). */
@XmlRootElement(name = "GetUserOofSettingsRequest")
@XmlAccessorType(XmlAccessType.FIELD)
public final class GetUserOofSettingsRequest {
  @XmlElementRef private OofMailbox mailbox;

  private GetUserOofSettingsRequest() {}

  public GetUserOofSettingsRequest(String address) {
    this.mailbox = new OofMailbox(address);
  }
}
