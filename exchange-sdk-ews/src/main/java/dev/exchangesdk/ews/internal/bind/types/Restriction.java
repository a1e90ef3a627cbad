package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElementRef;

/** {@code RestrictionType} (e.g. {@code m:Restriction}): one search expression. */
@XmlAccessorType(XmlAccessType.FIELD)
public final class Restriction {
  @XmlElementRef private SearchExpression expression;

  private Restriction() {}

  public static Restriction of(SearchExpression expression) {
    Restriction r = new Restriction();
    r.expression = expression;
    return r;
  }
}
