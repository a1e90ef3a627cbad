package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code ArrayOfRecipientsType} (e.g. {@code t:ReplyTo}): {@code t:Mailbox} elements. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class Recipients {
  @XmlElement(name = "Mailbox")
  private final List<EmailAddressXml> mailboxes = new ArrayList<>();

  private Recipients() {}

  public static Recipients of(List<EmailAddressXml> mailboxes) {
    Recipients r = new Recipients();
    r.mailboxes.addAll(mailboxes);
    return r;
  }
}
