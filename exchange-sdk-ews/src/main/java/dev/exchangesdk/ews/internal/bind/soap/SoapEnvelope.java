package dev.exchangesdk.ews.internal.bind.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code s:Envelope} with the EWS header elements and one request element in the body. */
@XmlRootElement(name = "Envelope")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"header", "body"})
public final class SoapEnvelope {
  @XmlElement(name = "Header")
  private Header header;

  @XmlElement(name = "Body", required = true)
  private Body body;

  private SoapEnvelope() {}

  /** An envelope with the given header elements (JAXB root elements) and request element. */
  public static SoapEnvelope of(List<Object> headerElements, Object request) {
    SoapEnvelope e = new SoapEnvelope();
    e.header = new Header();
    e.header.elements.addAll(headerElements);
    e.body = new Body();
    e.body.request = request;
    return e;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Header {
    @XmlAnyElement(lax = true)
    private final List<Object> elements = new ArrayList<>();
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Body {
    @XmlAnyElement(lax = true)
    private Object request;
  }
}
