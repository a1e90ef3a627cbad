package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.List;

/**
 * The {@code t:Message} of a {@code SetItemField}: carries the new value of the one property being
 * set, in {@code MessageType} element order.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"categories", "importance", "extendedProperty", "isRead", "replyTo"})
public final class MessageUpdate {
  @XmlElementWrapper(name = "Categories")
  @XmlElement(name = "String")
  private List<String> categories;

  @XmlElement(name = "Importance")
  private String importance;

  @XmlElement(name = "ExtendedProperty")
  private ExtendedProperty extendedProperty;

  @XmlElement(name = "IsRead")
  private Boolean isRead;

  @XmlElement(name = "ReplyTo")
  private Recipients replyTo;

  private MessageUpdate() {}

  public static MessageUpdate read(boolean read) {
    MessageUpdate m = new MessageUpdate();
    m.isRead = read;
    return m;
  }

  public static MessageUpdate categories(List<String> categories) {
    MessageUpdate m = new MessageUpdate();
    m.categories = List.copyOf(categories);
    return m;
  }

  /**
   * @param importance {@code Low}, {@code Normal} or {@code High}
   */
  public static MessageUpdate importance(String importance) {
    MessageUpdate m = new MessageUpdate();
    m.importance = importance;
    return m;
  }

  public static MessageUpdate replyTo(Recipients replyTo) {
    MessageUpdate m = new MessageUpdate();
    m.replyTo = replyTo;
    return m;
  }

  public static MessageUpdate extendedProperty(ExtendedProperty property) {
    MessageUpdate m = new MessageUpdate();
    m.extendedProperty = property;
    return m;
  }
}
