package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.IndexedPageView;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.bind.types.Restriction;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:FindFolder}: the subfolders of a folder, one level or the whole tree. */
@XmlRootElement(name = "FindFolder")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"folderShape", "page", "restriction", "parentFolderIds"})
public final class FindFolder {
  @XmlElement(name = "FolderShape", required = true)
  private ResponseShape folderShape;

  @XmlElement(name = "IndexedPageFolderView")
  private IndexedPageView page;

  @XmlElement(name = "Restriction")
  private Restriction restriction;

  @XmlElement(name = "ParentFolderIds", required = true)
  private FolderIds parentFolderIds;

  /** {@code Shallow} (children) or {@code Deep} (the whole subtree; not for public folders). */
  @XmlAttribute(name = "Traversal", required = true)
  private String traversal;

  private FindFolder() {}

  public FindFolder(
      String traversal,
      ResponseShape folderShape,
      IndexedPageView page,
      Restriction restriction,
      FolderIds parentFolderIds) {
    this.traversal = traversal;
    this.folderShape = folderShape;
    this.page = page;
    this.restriction = restriction;
    this.parentFolderIds = parentFolderIds;
  }
}
