package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code t:ItemId Id=".." ChangeKey=".."}. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class ItemId {
  @XmlAttribute(name = "Id", required = true)
  private String id;

  @XmlAttribute(name = "ChangeKey")
  private String changeKey;

  private ItemId() {}

  public ItemId(String id, String changeKey) {
    this.id = id;
    this.changeKey = changeKey;
  }
}
