package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.IndexedPageView;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.bind.types.Restriction;
import dev.exchangesdk.ews.internal.bind.types.SortOrder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:FindItem}: one page of the items of a folder, filtered and sorted. */
@XmlRootElement(name = "FindItem")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(
    propOrder = {"itemShape", "page", "restriction", "sortOrder", "parentFolderIds", "queryString"})
public final class FindItem {
  @XmlElement(name = "ItemShape", required = true)
  private ResponseShape itemShape;

  @XmlElement(name = "IndexedPageItemView")
  private IndexedPageView page;

  @XmlElement(name = "Restriction")
  private Restriction restriction;

  @XmlElement(name = "SortOrder")
  private SortOrder sortOrder;

  @XmlElement(name = "ParentFolderIds", required = true)
  private FolderIds parentFolderIds;

  /** An AQS query (Exchange 2010 and later). */
  @XmlElement(name = "QueryString")
  private String queryString;

  @XmlAttribute(name = "Traversal", required = true)
  private String traversal = "Shallow";

  private FindItem() {}

  public FindItem(
      ResponseShape itemShape,
      IndexedPageView page,
      Restriction restriction,
      SortOrder sortOrder,
      FolderIds parentFolderIds,
      String queryString) {
    // QueryString excludes restrictions (Microsoft's FindItem reference); ItemQuery refuses the
    // combination, and this keeps any other caller from putting both on the wire.
    if (restriction != null && queryString != null) {
      throw new IllegalArgumentException("FindItem takes a QueryString or a Restriction, not both");
    }
    this.itemShape = itemShape;
    this.page = page;
    this.restriction = restriction;
    this.sortOrder = sortOrder;
    this.parentFolderIds = parentFolderIds;
    this.queryString = queryString;
  }
}
