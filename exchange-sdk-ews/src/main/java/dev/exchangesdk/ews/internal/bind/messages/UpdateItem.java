package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.Namespaces;
import dev.exchangesdk.ews.internal.bind.types.ItemChange;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;

/** {@code m:UpdateItem}: property changes to items, saved in place. */
@XmlRootElement(name = "UpdateItem")
@XmlAccessorType(XmlAccessType.FIELD)
public final class UpdateItem {
  @XmlElementWrapper(name = "ItemChanges", required = true)
  @XmlElement(name = "ItemChange", namespace = Namespaces.TYPES)
  private List<ItemChange> itemChanges = new ArrayList<>();

  @XmlAttribute(name = "ConflictResolution", required = true)
  private String conflictResolution;

  @XmlAttribute(name = "MessageDisposition")
  private String messageDisposition = "SaveOnly";

  @XmlAttribute(name = "SuppressReadReceipts")
  private Boolean suppressReadReceipts;

  private UpdateItem() {}

  /**
   * @param conflictResolution {@code AlwaysOverwrite}, {@code AutoResolve} or {@code
   *     NeverOverwrite}
   * @param suppressReadReceipts {@code true} to never send a read receipt for items marked read
   *     (Exchange 2013+), {@code null} to leave the attribute out
   */
  public UpdateItem(
      List<ItemChange> itemChanges, String conflictResolution, Boolean suppressReadReceipts) {
    this.itemChanges.addAll(itemChanges);
    this.conflictResolution = conflictResolution;
    this.suppressReadReceipts = suppressReadReceipts;
  }
}
