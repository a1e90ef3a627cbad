package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:MoveItem}: moves items; each gets a new id, the old one stops working. */
@XmlRootElement(name = "MoveItem")
@XmlType(propOrder = {"toFolderId", "itemIds", "returnNewItemIds"})
public final class MoveItem extends MoveCopyItem {
  private MoveItem() {}

  public MoveItem(FolderIds toFolderId, ItemIds itemIds) {
    super(toFolderId, itemIds);
  }
}
