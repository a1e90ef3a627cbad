package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:SendItem}: sends saved drafts, keeping a copy in Sent Items when asked. */
@XmlRootElement(name = "SendItem")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"itemIds", "savedItemFolderId"})
public final class SendItem {
  @XmlElement(name = "ItemIds", required = true)
  private ItemIds itemIds;

  @XmlElement(name = "SavedItemFolderId")
  private FolderIds savedItemFolderId;

  @XmlAttribute(name = "SaveItemToFolder", required = true)
  private boolean saveItemToFolder;

  private SendItem() {}

  /**
   * @param savedItemFolderId where the sent copy goes; {@code null} for no copy
   */
  public SendItem(ItemIds itemIds, FolderIds savedItemFolderId) {
    this.itemIds = itemIds;
    this.savedItemFolderId = savedItemFolderId;
    this.saveItemToFolder = savedItemFolderId != null;
  }
}
