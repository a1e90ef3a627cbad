package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code m:DeleteItem}: items by id, in one of the three disposal modes. Meeting cancellations are
 * never sent and a task is deleted with all its occurrences, so an id that names a calendar item or
 * a task does not fail the batch.
 */
@XmlRootElement(name = "DeleteItem")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"itemIds"})
public final class DeleteItem {
  @XmlElement(name = "ItemIds", required = true)
  private ItemIds itemIds;

  @XmlAttribute(name = "DeleteType", required = true)
  private String deleteType;

  @XmlAttribute(name = "SendMeetingCancellations")
  private String sendMeetingCancellations = "SendToNone";

  @XmlAttribute(name = "AffectedTaskOccurrences")
  private String affectedTaskOccurrences = "AllOccurrences";

  private DeleteItem() {}

  /**
   * @param deleteType {@code HardDelete}, {@code SoftDelete} or {@code MoveToDeletedItems}
   */
  public DeleteItem(ItemIds itemIds, String deleteType) {
    this.itemIds = itemIds;
    this.deleteType = deleteType;
  }
}
