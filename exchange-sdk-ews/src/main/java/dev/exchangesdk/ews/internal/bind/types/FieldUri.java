package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code t:FieldURI FieldURI="item:Subject"} ({@code PathToUnindexedFieldType}). */
@XmlRootElement(name = "FieldURI")
@XmlAccessorType(XmlAccessType.FIELD)
public final class FieldUri {
  @XmlAttribute(name = "FieldURI", required = true)
  private String uri;

  private FieldUri() {}

  public FieldUri(String uri) {
    this.uri = uri;
  }

  public String uri() {
    return uri;
  }
}
