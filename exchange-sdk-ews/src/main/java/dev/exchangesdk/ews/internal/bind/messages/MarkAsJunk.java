package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.ItemIds;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/**
 * {@code m:MarkAsJunk}: adds the senders to (or removes them from) the blocked senders list and,
 * with {@code MoveItem}, moves the items to Junk Email (or back to the Inbox). Exchange 2013+.
 */
@XmlRootElement(name = "MarkAsJunk")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"itemIds"})
public final class MarkAsJunk {
  @XmlElement(name = "ItemIds", required = true)
  private ItemIds itemIds;

  @XmlAttribute(name = "IsJunk", required = true)
  private boolean isJunk;

  @XmlAttribute(name = "MoveItem", required = true)
  private boolean moveItem;

  private MarkAsJunk() {}

  public MarkAsJunk(ItemIds itemIds, boolean isJunk, boolean moveItem) {
    this.itemIds = itemIds;
    this.isJunk = isJunk;
    this.moveItem = moveItem;
  }
}
