package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/**
 * {@code t:ExtendedFieldURI} ({@code PathToExtendedFieldType}): a MAPI property by tag, or a named
 * property of a property set.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public final class ExtendedFieldUri {
  @XmlAttribute(name = "DistinguishedPropertySetId")
  private String distinguishedPropertySetId;

  @XmlAttribute(name = "PropertyTag")
  private String propertyTag;

  @XmlAttribute(name = "PropertyName")
  private String propertyName;

  @XmlAttribute(name = "PropertyType", required = true)
  private String propertyType;

  private ExtendedFieldUri() {}

  /** An internet header as a named string property ({@code InternetHeaders} set). */
  public static ExtendedFieldUri internetHeader(String headerName) {
    ExtendedFieldUri u = new ExtendedFieldUri();
    u.distinguishedPropertySetId = "InternetHeaders";
    u.propertyName = headerName;
    u.propertyType = "String";
    return u;
  }

  /** A MAPI property by tag, e.g. {@code 0x0E07} (PR_MESSAGE_FLAGS), type {@code Integer}. */
  public static ExtendedFieldUri tag(String propertyTag, String propertyType) {
    ExtendedFieldUri u = new ExtendedFieldUri();
    u.propertyTag = propertyTag;
    u.propertyType = propertyType;
    return u;
  }
}
