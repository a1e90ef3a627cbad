package dev.exchangesdk.testkit.internal.ews;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * A parsed {@code ItemShape}, {@code AttachmentShape} or {@code FolderShape}: the base shape, the
 * additional properties ({@code FieldURI} and {@code ExtendedFieldURI}), MIME inclusion and the
 * body type.
 *
 * <p>Immutable after parsing; thread-safe.
 */
final class ItemShape {
  enum Base {
    ID_ONLY,
    DEFAULT,
    ALL_PROPERTIES
  }

  final Base base;
  final boolean includeMime;
  final String bodyType;
  final Set<String> fieldUris;
  final List<Element> extendedUris;
  final List<Element> indexedUris;

  private ItemShape(
      Base base,
      boolean includeMime,
      String bodyType,
      Set<String> fieldUris,
      List<Element> extendedUris,
      List<Element> indexedUris) {
    this.base = base;
    this.includeMime = includeMime;
    this.bodyType = bodyType;
    this.fieldUris = fieldUris;
    this.extendedUris = extendedUris;
    this.indexedUris = indexedUris;
  }

  static final ItemShape ID_ONLY =
      new ItemShape(Base.ID_ONLY, false, "Best", Set.of(), List.of(), List.of());

  /** The shape EWS uses for the item inside an item attachment when none is given. */
  static final ItemShape ATTACHMENT_DEFAULT =
      new ItemShape(Base.ALL_PROPERTIES, false, "Best", Set.of(), List.of(), List.of());

  static ItemShape parse(Element shape) {
    if (shape == null) {
      return ATTACHMENT_DEFAULT;
    }
    String baseText = Dom.tText(shape, "BaseShape");
    Base base =
        baseText == null
            ? Base.ALL_PROPERTIES // AttachmentShape has no BaseShape: the item comes with all
            // properties
            : switch (baseText) {
              case "IdOnly" -> Base.ID_ONLY;
              case "AllProperties", "PcxPeopleSearch" -> Base.ALL_PROPERTIES;
              default -> Base.DEFAULT;
            };
    boolean mime = Boolean.TRUE.equals(Dom.bool(shape, "IncludeMimeContent"));
    String bodyType = Dom.tText(shape, "BodyType");
    Set<String> uris = new LinkedHashSet<>();
    List<Element> extended = new ArrayList<>();
    List<Element> indexed = new ArrayList<>();
    Element extra = Dom.t(shape, "AdditionalProperties");
    for (Element p : Dom.children(extra)) {
      switch (p.getLocalName()) {
        case "FieldURI" -> uris.add(p.getAttribute("FieldURI"));
        case "ExtendedFieldURI" -> extended.add(p);
        case "IndexedFieldURI" -> indexed.add(p);
        default -> {
          // ExceptionFieldURI: calendar only, nothing to add
        }
      }
    }
    if (uris.contains("item:MimeContent")) {
      mime = true;
    }
    return new ItemShape(base, mime, bodyType == null ? "Best" : bodyType, uris, extended, indexed);
  }
}
