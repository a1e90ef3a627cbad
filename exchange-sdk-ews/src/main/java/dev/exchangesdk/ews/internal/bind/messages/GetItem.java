package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:GetItem}: items by id, with the properties of the shape. */
@XmlRootElement(name = "GetItem")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"itemShape", "itemIds"})
public final class GetItem {
  @XmlElement(name = "ItemShape", required = true)
  private ResponseShape itemShape;

  @XmlElement(name = "ItemIds", required = true)
  private ItemIds itemIds;

  private GetItem() {}

  public GetItem(ResponseShape itemShape, ItemIds itemIds) {
    this.itemShape = itemShape;
    this.itemIds = itemIds;
  }
}
