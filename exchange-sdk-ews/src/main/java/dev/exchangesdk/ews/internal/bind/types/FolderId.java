package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code t:FolderId Id=".." ChangeKey=".."}, in requests and responses. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class FolderId extends BaseFolderId {
  @XmlAttribute(name = "Id", required = true)
  private String id;

  @XmlAttribute(name = "ChangeKey")
  private String changeKey;

  private FolderId() {}

  public FolderId(String id, String changeKey) {
    this.id = id;
    this.changeKey = changeKey;
  }

  public String id() {
    return id;
  }

  public String changeKey() {
    return changeKey;
  }
}
