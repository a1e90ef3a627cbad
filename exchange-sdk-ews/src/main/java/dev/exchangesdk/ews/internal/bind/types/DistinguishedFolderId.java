package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code t:DistinguishedFolderId Id="inbox"}: a well-known folder of the impersonated mailbox. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class DistinguishedFolderId extends BaseFolderId {
  @XmlAttribute(name = "Id", required = true)
  private String id;

  private DistinguishedFolderId() {}

  public DistinguishedFolderId(String id) {
    this.id = id;
  }
}
