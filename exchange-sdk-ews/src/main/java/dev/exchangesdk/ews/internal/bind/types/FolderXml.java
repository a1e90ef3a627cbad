package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * A folder in a response ({@code t:Folder}, {@code t:CalendarFolder}, {@code t:ContactsFolder},
 * {@code t:SearchFolder}, {@code t:TasksFolder}): the {@code BaseFolderType} properties the SDK
 * reads. Unknown elements are ignored, so newer servers do not break it.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public final class FolderXml {
  @XmlElement(name = "FolderId")
  private FolderId folderId;

  @XmlElement(name = "ParentFolderId")
  private FolderId parentFolderId;

  @XmlElement(name = "FolderClass")
  private String folderClass;

  @XmlElement(name = "DisplayName")
  private String displayName;

  @XmlElement(name = "TotalCount")
  private Integer totalCount;

  @XmlElement(name = "ChildFolderCount")
  private Integer childFolderCount;

  @XmlElement(name = "UnreadCount")
  private Integer unreadCount;

  @XmlElement(name = "EffectiveRights")
  private EffectiveRightsXml effectiveRights;

  private FolderXml() {}

  public FolderId folderId() {
    return folderId;
  }

  public FolderId parentFolderId() {
    return parentFolderId;
  }

  public String folderClass() {
    return folderClass;
  }

  public String displayName() {
    return displayName;
  }

  public Integer totalCount() {
    return totalCount;
  }

  public Integer childFolderCount() {
    return childFolderCount;
  }

  public Integer unreadCount() {
    return unreadCount;
  }

  /** {@code EffectiveRights/Read}, or {@code null} when the rights were not returned. */
  public Boolean canRead() {
    return effectiveRights == null ? null : effectiveRights.read();
  }
}
