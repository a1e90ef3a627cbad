package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;

/** {@code IndexedPageViewType}: {@code MaxEntriesReturned="N" Offset="k" BasePoint="Beginning"}. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class IndexedPageView {
  @XmlAttribute(name = "MaxEntriesReturned")
  private int maxEntriesReturned;

  @XmlAttribute(name = "Offset", required = true)
  private int offset;

  @XmlAttribute(name = "BasePoint", required = true)
  private String basePoint = "Beginning";

  private IndexedPageView() {}

  public IndexedPageView(int maxEntriesReturned, int offset) {
    this.maxEntriesReturned = maxEntriesReturned;
    this.offset = offset;
  }
}
