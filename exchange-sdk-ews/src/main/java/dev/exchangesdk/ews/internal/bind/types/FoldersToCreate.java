package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code NonEmptyArrayOfFoldersType} for CreateFolder: mail folders by display name. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class FoldersToCreate {
  @XmlElement(name = "Folder")
  private final List<NewFolder> folders = new ArrayList<>();

  private FoldersToCreate() {}

  public static FoldersToCreate mailFolders(List<String> displayNames) {
    FoldersToCreate f = new FoldersToCreate();
    for (String name : displayNames) {
      NewFolder n = new NewFolder();
      n.displayName = name;
      f.folders.add(n);
    }
    return f;
  }

  /** {@code t:Folder} with its class ({@code IPF.Note}: a mail folder) and name. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(propOrder = {"folderClass", "displayName"})
  static final class NewFolder {
    @XmlElement(name = "FolderClass")
    private String folderClass = "IPF.Note";

    @XmlElement(name = "DisplayName")
    private String displayName;
  }
}
