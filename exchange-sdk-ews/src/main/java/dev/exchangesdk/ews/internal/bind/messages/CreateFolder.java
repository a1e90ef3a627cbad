package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.FoldersToCreate;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:CreateFolder}: new folders under one parent. */
@XmlRootElement(name = "CreateFolder")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"parentFolderId", "folders"})
public final class CreateFolder {
  @XmlElement(name = "ParentFolderId", required = true)
  private FolderIds parentFolderId;

  @XmlElement(name = "Folders", required = true)
  private FoldersToCreate folders;

  private CreateFolder() {}

  public CreateFolder(FolderIds parentFolderId, FoldersToCreate folders) {
    this.parentFolderId = parentFolderId;
    this.folders = folders;
  }
}
