package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * {@code t:EffectiveRights} ({@code EffectiveRightsType}) of a folder: what the caller may do with
 * it. Only {@code Read} is bound, the one right the connectivity check needs; the others are
 * ignored like any unknown element.
 */
@XmlAccessorType(XmlAccessType.FIELD)
public final class EffectiveRightsXml {
  @XmlElement(name = "Read")
  private Boolean read;

  private EffectiveRightsXml() {}

  /** Whether the caller may read the folder's items, or {@code null} when not given. */
  public Boolean read() {
    return read;
  }
}
