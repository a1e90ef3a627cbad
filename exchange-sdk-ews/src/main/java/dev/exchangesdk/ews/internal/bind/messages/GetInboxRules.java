package dev.exchangesdk.ews.internal.bind.messages;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code m:GetInboxRules}: the Inbox rules of a mailbox (Exchange 2010 SP1+). */
@XmlRootElement(name = "GetInboxRules")
@XmlAccessorType(XmlAccessType.FIELD)
public final class GetInboxRules {
  @XmlElement(name = "MailboxSmtpAddress")
  private String mailboxSmtpAddress;

  private GetInboxRules() {}

  public GetInboxRules(String mailboxSmtpAddress) {
    this.mailboxSmtpAddress = mailboxSmtpAddress;
  }
}
