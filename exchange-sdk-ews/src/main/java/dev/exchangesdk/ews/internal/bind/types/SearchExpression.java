package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementRef;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlSeeAlso;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code SearchExpressionType}: the comparisons and boolean operators of a {@code t:Restriction}.
 * Build with the static factories: {@code and(isGreaterThanOrEqualTo("item:DateTimeReceived",
 * "2026-01-01T00:00:00Z"), ...)}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlSeeAlso({
  SearchExpression.IsEqualTo.class,
  SearchExpression.IsGreaterThanOrEqualTo.class,
  SearchExpression.IsLessThan.class,
  SearchExpression.And.class,
  SearchExpression.Or.class
})
public abstract class SearchExpression {
  SearchExpression() {}

  public static SearchExpression isEqualTo(String fieldUri, String value) {
    return new IsEqualTo().with(fieldUri, value);
  }

  public static SearchExpression isGreaterThanOrEqualTo(String fieldUri, String value) {
    return new IsGreaterThanOrEqualTo().with(fieldUri, value);
  }

  public static SearchExpression isLessThan(String fieldUri, String value) {
    return new IsLessThan().with(fieldUri, value);
  }

  /** All of the expressions; a single expression is returned as is (the schema wants two+). */
  public static SearchExpression and(List<SearchExpression> operands) {
    return operands.size() == 1 ? operands.get(0) : new And().with(operands);
  }

  /** Any of the expressions; a single expression is returned as is. */
  public static SearchExpression or(List<SearchExpression> operands) {
    return operands.size() == 1 ? operands.get(0) : new Or().with(operands);
  }

  /** {@code TwoOperandExpressionType}: a field compared with a constant. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(propOrder = {"field", "constant"})
  abstract static class TwoOperand extends SearchExpression {
    @XmlElement(name = "FieldURI")
    private FieldUri field;

    @XmlElement(name = "FieldURIOrConstant")
    private FieldUriOrConstant constant;

    TwoOperand with(String fieldUri, String value) {
      this.field = new FieldUri(fieldUri);
      this.constant = new FieldUriOrConstant();
      this.constant.constant = new Constant();
      this.constant.constant.value = value;
      return this;
    }
  }

  /** {@code MultipleOperandBooleanExpressionType}. */
  @XmlAccessorType(XmlAccessType.FIELD)
  abstract static class MultipleOperand extends SearchExpression {
    @XmlElementRef private final List<SearchExpression> operands = new ArrayList<>();

    MultipleOperand with(List<SearchExpression> ops) {
      operands.addAll(ops);
      return this;
    }
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class FieldUriOrConstant {
    @XmlElement(name = "Constant")
    private Constant constant;
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  static final class Constant {
    @XmlAttribute(name = "Value", required = true)
    private String value;
  }

  @XmlRootElement(name = "IsEqualTo")
  static final class IsEqualTo extends TwoOperand {}

  @XmlRootElement(name = "IsGreaterThanOrEqualTo")
  static final class IsGreaterThanOrEqualTo extends TwoOperand {}

  @XmlRootElement(name = "IsLessThan")
  static final class IsLessThan extends TwoOperand {}

  @XmlRootElement(name = "And")
  static final class And extends MultipleOperand {}

  @XmlRootElement(name = "Or")
  static final class Or extends MultipleOperand {}
}
