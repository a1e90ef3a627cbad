package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:GetFolder}: folders by id. */
@XmlRootElement(name = "GetFolder")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"folderShape", "folderIds"})
public final class GetFolder {
  @XmlElement(name = "FolderShape", required = true)
  private ResponseShape folderShape;

  @XmlElement(name = "FolderIds", required = true)
  private FolderIds folderIds;

  private GetFolder() {}

  public GetFolder(ResponseShape folderShape, FolderIds folderIds) {
    this.folderShape = folderShape;
    this.folderIds = folderIds;
  }
}
