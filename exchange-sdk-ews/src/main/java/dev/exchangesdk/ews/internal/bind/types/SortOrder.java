package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** {@code NonEmptyArrayOfFieldOrdersType} (e.g. {@code m:SortOrder}). */
@XmlAccessorType(XmlAccessType.FIELD)
public final class SortOrder {
  @XmlElement(name = "FieldOrder")
  private final List<FieldOrder> orders = new ArrayList<>();

  private SortOrder() {}

  public static SortOrder by(String fieldUri, boolean ascending) {
    SortOrder s = new SortOrder();
    FieldOrder o = new FieldOrder();
    o.field = new FieldUri(fieldUri);
    o.order = ascending ? "Ascending" : "Descending";
    s.orders.add(o);
    return s;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class FieldOrder {
    @XmlElement(name = "FieldURI")
    private FieldUri field;

    @XmlAttribute(name = "Order", required = true)
    private String order;
  }
}
