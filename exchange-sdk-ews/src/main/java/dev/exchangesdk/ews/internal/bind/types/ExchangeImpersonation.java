package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * SOAP header {@code t:ExchangeImpersonation/t:ConnectingSID/t:SmtpAddress}: selects the mailbox an
 * app-only token acts on.
 */
@XmlRootElement(name = "ExchangeImpersonation")
@XmlAccessorType(XmlAccessType.FIELD)
public final class ExchangeImpersonation {
  @XmlElement(name = "ConnectingSID", required = true)
  private ConnectingSid connectingSid;

  private ExchangeImpersonation() {}

  public static ExchangeImpersonation smtpAddress(String address) {
    ExchangeImpersonation e = new ExchangeImpersonation();
    e.connectingSid = new ConnectingSid();
    e.connectingSid.smtpAddress = address;
    return e;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class ConnectingSid {
    @XmlElement(name = "SmtpAddress")
    private String smtpAddress;
  }
}
