package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:SyncFolderItems}: the item changes of a folder since a sync state. */
@XmlRootElement(name = "SyncFolderItems")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"itemShape", "syncFolderId", "syncState", "maxChangesReturned", "syncScope"})
public final class SyncFolderItems {
  @XmlElement(name = "ItemShape", required = true)
  private ResponseShape itemShape;

  /** Exactly one folder id ({@code TargetFolderIdType}). */
  @XmlElement(name = "SyncFolderId", required = true)
  private FolderIds syncFolderId;

  @XmlElement(name = "SyncState")
  private String syncState;

  @XmlElement(name = "MaxChangesReturned", required = true)
  private int maxChangesReturned;

  @XmlElement(name = "SyncScope")
  private String syncScope = "NormalItems";

  private SyncFolderItems() {}

  public SyncFolderItems(
      ResponseShape itemShape, FolderIds syncFolderId, String syncState, int maxChangesReturned) {
    this.itemShape = itemShape;
    this.syncFolderId = syncFolderId;
    this.syncState = syncState;
    this.maxChangesReturned = maxChangesReturned;
  }
}
