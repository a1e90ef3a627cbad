package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** SOAP header {@code t:TimeZoneContext/t:TimeZoneDefinition Id="UTC"}. */
@XmlRootElement(name = "TimeZoneContext")
@XmlAccessorType(XmlAccessType.FIELD)
public final class TimeZoneContext {
  public static final TimeZoneContext UTC = new TimeZoneContext("UTC");

  @XmlElement(name = "TimeZoneDefinition", required = true)
  private Definition definition;

  private TimeZoneContext() {}

  private TimeZoneContext(String id) {
    this.definition = new Definition();
    this.definition.id = id;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Definition {
    @XmlAttribute(name = "Id")
    private String id;
  }
}
