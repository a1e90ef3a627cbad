package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElements;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code NonEmptyArrayOfBaseFolderIdsType} (e.g. {@code m:ParentFolderIds}), and, holding exactly
 * one id, {@code TargetFolderIdType} (e.g. {@code m:SyncFolderId}, {@code m:ToFolderId}).
 */
@XmlAccessorType(XmlAccessType.FIELD)
public final class FolderIds {
  @XmlElements({
    @XmlElement(name = "FolderId", type = FolderId.class),
    @XmlElement(name = "DistinguishedFolderId", type = DistinguishedFolderId.class)
  })
  private final List<BaseFolderId> ids = new ArrayList<>();

  private FolderIds() {}

  public static FolderIds of(BaseFolderId... ids) {
    FolderIds f = new FolderIds();
    f.ids.addAll(List.of(ids));
    return f;
  }

  public static FolderIds of(List<? extends BaseFolderId> ids) {
    FolderIds f = new FolderIds();
    f.ids.addAll(ids);
    return f;
  }
}
