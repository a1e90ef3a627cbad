package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code NonEmptyArrayOfRequestAttachmentIdsType}: {@code t:AttachmentId Id=".."} elements. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class AttachmentIds {
  @XmlElement(name = "AttachmentId")
  private final List<AttachmentId> ids = new ArrayList<>();

  private AttachmentIds() {}

  public static AttachmentIds of(List<String> ids) {
    AttachmentIds a = new AttachmentIds();
    for (String id : ids) {
      AttachmentId aid = new AttachmentId();
      aid.id = id;
      a.ids.add(aid);
    }
    return a;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class AttachmentId {
    @XmlAttribute(name = "Id", required = true)
    private String id;
  }
}
