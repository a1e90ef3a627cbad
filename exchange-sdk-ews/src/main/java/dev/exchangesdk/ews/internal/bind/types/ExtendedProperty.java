package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code t:ExtendedProperty}: an extended property and its value. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"uri", "value"})
public final class ExtendedProperty {
  @XmlElement(name = "ExtendedFieldURI", required = true)
  private ExtendedFieldUri uri;

  @XmlElement(name = "Value", required = true)
  private String value;

  private ExtendedProperty() {}

  public ExtendedProperty(ExtendedFieldUri uri, String value) {
    this.uri = uri;
    this.value = value;
  }
}
