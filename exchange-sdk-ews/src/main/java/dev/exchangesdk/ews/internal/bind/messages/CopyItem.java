package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:CopyItem}: copies items; the copies get new ids. */
@XmlRootElement(name = "CopyItem")
@XmlType(propOrder = {"toFolderId", "itemIds", "returnNewItemIds"})
public final class CopyItem extends MoveCopyItem {
  private CopyItem() {}

  public CopyItem(FolderIds toFolderId, ItemIds itemIds) {
    super(toFolderId, itemIds);
  }
}
