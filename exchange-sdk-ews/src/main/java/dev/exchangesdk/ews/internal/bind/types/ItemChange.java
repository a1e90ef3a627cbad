package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlElements;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code t:ItemChange}: one item and the property changes to make to it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"itemId", "updates"})
public final class ItemChange {
  @XmlElement(name = "ItemId", required = true)
  private ItemId itemId;

  @XmlElementWrapper(name = "Updates", required = true)
  @XmlElements({
    @XmlElement(name = "SetItemField", type = SetItemField.class),
    @XmlElement(name = "DeleteItemField", type = DeleteItemField.class)
  })
  private List<Object> updates = new ArrayList<>();

  private ItemChange() {}

  /**
   * @param changeKey the version the change applies to, or {@code null} for the current one
   * @param updates {@link SetItemField} and {@link DeleteItemField} instances
   */
  public ItemChange(String itemId, String changeKey, List<?> updates) {
    this.itemId = new ItemId(itemId, changeKey);
    this.updates.addAll(updates);
  }

  /** {@code t:SetItemField}: a property by path and the message carrying its new value. */
  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(propOrder = {"fieldUri", "extendedFieldUri", "message"})
  public static final class SetItemField {
    @XmlElement(name = "FieldURI")
    private FieldUri fieldUri;

    @XmlElement(name = "ExtendedFieldURI")
    private ExtendedFieldUri extendedFieldUri;

    @XmlElement(name = "Message", required = true)
    private MessageUpdate message;

    private SetItemField() {}

    public SetItemField(String fieldUri, MessageUpdate message) {
      this.fieldUri = new FieldUri(fieldUri);
      this.message = message;
    }

    public SetItemField(ExtendedFieldUri extendedFieldUri, MessageUpdate message) {
      this.extendedFieldUri = extendedFieldUri;
      this.message = message;
    }
  }

  /** {@code t:DeleteItemField}: clears a property. */
  @XmlAccessorType(XmlAccessType.FIELD)
  public static final class DeleteItemField {
    @XmlElement(name = "FieldURI", required = true)
    private FieldUri fieldUri;

    private DeleteItemField() {}

    public DeleteItemField(String fieldUri) {
      this.fieldUri = new FieldUri(fieldUri);
    }
  }
}
