package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * {@code BaseMoveCopyItemType}: items by id into one folder, asking for the new ids (Exchange 2010
 * SP1 and later).
 */
@XmlTransient
@XmlAccessorType(XmlAccessType.FIELD)
public abstract class MoveCopyItem {
  @XmlElement(name = "ToFolderId", required = true)
  private FolderIds toFolderId;

  @XmlElement(name = "ItemIds", required = true)
  private ItemIds itemIds;

  @XmlElement(name = "ReturnNewItemIds")
  private Boolean returnNewItemIds;

  MoveCopyItem() {}

  MoveCopyItem(FolderIds toFolderId, ItemIds itemIds) {
    this.toFolderId = toFolderId;
    this.itemIds = itemIds;
    this.returnNewItemIds = Boolean.TRUE;
  }
}
