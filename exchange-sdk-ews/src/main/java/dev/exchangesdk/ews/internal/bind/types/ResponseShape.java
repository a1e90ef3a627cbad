package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ItemResponseShapeType}, {@code FolderResponseShapeType} and {@code
 * AttachmentResponseShapeType}: which properties the server returns. The three schema types share
 * these elements in this order; each factory fills only those its type allows.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"baseShape", "includeMimeContent", "bodyType", "additionalProperties"})
public final class ResponseShape {
  @XmlElement(name = "BaseShape")
  private String baseShape;

  @XmlElement(name = "IncludeMimeContent")
  private Boolean includeMimeContent;

  @XmlElement(name = "BodyType")
  private String bodyType;

  @XmlElementWrapper(name = "AdditionalProperties")
  @XmlElement(name = "FieldURI")
  private List<FieldUri> additionalProperties;

  private ResponseShape() {}

  /** An item shape: {@code IdOnly} plus the given field URIs, bodies as HTML. */
  public static ResponseShape items(List<String> fieldUris, boolean includeMime) {
    ResponseShape s = new ResponseShape();
    s.baseShape = "IdOnly";
    s.includeMimeContent = includeMime ? Boolean.TRUE : null;
    s.bodyType = fieldUris.contains("item:Body") ? "HTML" : null;
    s.additionalProperties = paths(fieldUris);
    return s;
  }

  /** A folder shape: {@code IdOnly} plus the given field URIs. */
  public static ResponseShape folders(List<String> fieldUris) {
    ResponseShape s = new ResponseShape();
    s.baseShape = "IdOnly";
    s.additionalProperties = paths(fieldUris);
    return s;
  }

  /** An attachment shape; with MIME, an item attachment comes back as MIME content too. */
  public static ResponseShape attachments(boolean includeMime, List<String> fieldUris) {
    ResponseShape s = new ResponseShape();
    s.includeMimeContent = includeMime ? Boolean.TRUE : null;
    s.bodyType = "HTML";
    s.additionalProperties = paths(fieldUris);
    return s;
  }

  private static List<FieldUri> paths(List<String> fieldUris) {
    if (fieldUris.isEmpty()) {
      return null;
    }
    List<FieldUri> l = new ArrayList<>(fieldUris.size());
    for (String uri : fieldUris) {
      l.add(new FieldUri(uri));
    }
    return l;
  }
}
