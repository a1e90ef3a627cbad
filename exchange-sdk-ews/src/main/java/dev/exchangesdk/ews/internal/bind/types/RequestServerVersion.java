package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** SOAP header {@code t:RequestServerVersion Version="Exchange2016"}. */
@XmlRootElement(name = "RequestServerVersion")
@XmlAccessorType(XmlAccessType.FIELD)
public final class RequestServerVersion {
  @XmlAttribute(name = "Version", required = true)
  private String version;

  private RequestServerVersion() {}

  public RequestServerVersion(String version) {
    this.version = version;
  }
}
