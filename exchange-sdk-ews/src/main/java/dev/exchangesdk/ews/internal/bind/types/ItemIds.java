package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code NonEmptyArrayOfBaseItemIdsType} (e.g. {@code m:ItemIds}) holding plain item ids. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class ItemIds {
  @XmlElement(name = "ItemId")
  private final List<ItemId> ids = new ArrayList<>();

  private ItemIds() {}

  /** Item ids without change keys (the server then uses the current version). */
  public static ItemIds of(List<String> ids) {
    ItemIds i = new ItemIds();
    for (String id : ids) {
      i.ids.add(new ItemId(id, null));
    }
    return i;
  }
}
