package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code m:ExportItems}: items as opaque full-fidelity streams for {@code UploadItems} (Exchange
 * 2010 SP1+).
 */
@XmlRootElement(name = "ExportItems")
@XmlAccessorType(XmlAccessType.FIELD)
public final class ExportItems {
  @XmlElement(name = "ItemIds", required = true)
  private ItemIds itemIds;

  private ExportItems() {}

  public ExportItems(ItemIds itemIds) {
    this.itemIds = itemIds;
  }
}
