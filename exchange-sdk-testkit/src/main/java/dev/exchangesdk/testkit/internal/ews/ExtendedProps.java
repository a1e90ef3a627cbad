package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.store.ExtendedProperty;
import dev.exchangesdk.testkit.internal.store.Header;
import dev.exchangesdk.testkit.internal.store.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;

/**
 * Extended (MAPI) properties as EWS addresses them: well-known tags computed from the item ({@code
 * PR_TRANSPORT_MESSAGE_HEADERS} 0x007D, {@code PR_INTERNET_MESSAGE_ID} 0x1035, ...), the {@code
 * InternetHeaders} property set mapped to the message's headers (how clients add custom headers to
 * mail they send), and any other property stored as the client set it.
 *
 * <p>Stateless and thread-safe.
 */
final class ExtendedProps {
  private ExtendedProps() {}

  /** Parses {@code PropertyTag} in decimal or {@code 0x} hex; {@code null} when absent or bad. */
  static Integer tag(Element uri) {
    String v = Dom.attr(uri, "PropertyTag");
    if (v == null) {
      return null;
    }
    try {
      String t = v.trim().toLowerCase(Locale.ROOT);
      return t.startsWith("0x") ? Integer.parseInt(t.substring(2), 16) : Integer.parseInt(t);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean isArray(Element uri) {
    String type = Dom.attr(uri, "PropertyType");
    return type != null && type.endsWith("Array");
  }

  static String key(Element uri) {
    String id = Dom.attr(uri, "PropertyId");
    return ExtendedProperty.key(
        Dom.attr(uri, "DistinguishedPropertySetId"),
        Dom.attr(uri, "PropertySetId"),
        tag(uri),
        Dom.attr(uri, "PropertyName"),
        id == null ? null : Integer.valueOf(id.trim()));
  }

  private static boolean isInternetHeader(Element uri) {
    return "InternetHeaders".equals(Dom.attr(uri, "DistinguishedPropertySetId"))
        && Dom.attr(uri, "PropertyName") != null;
  }

  /** The value(s) of a property on an item, or {@code null} when it has none. */
  static List<String> read(Item item, Element uri) {
    Integer tag = tag(uri);
    if (tag != null) {
      String v = tagValue(item, tag);
      if (v != null) {
        return List.of(v);
      }
    }
    if (isInternetHeader(uri)) {
      String v = item.header(Dom.attr(uri, "PropertyName"));
      return v == null ? null : List.of(v);
    }
    ExtendedProperty p = item.extendedProperties.get(key(uri));
    return p == null ? null : p.values();
  }

  private static String tagValue(Item item, int tag) {
    switch (tag) {
      case 0x007D:
        if (item.headers.isEmpty()) {
          return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Header h : item.headers) {
          sb.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        return sb.toString();
      case 0x1035:
        return item.internetMessageId;
      case 0x0037:
        return item.subject;
      case 0x001A:
        return item.itemClass;
      case 0x0070:
        return item.conversationTopic;
      case 0x1042:
        return item.inReplyTo;
      case 0x1039:
        return item.references;
      case 0x0E06:
        return item.received == null ? null : ItemWriter.formatDate(item.received);
      case 0x0039:
        return item.sent == null ? null : ItemWriter.formatDate(item.sent);
      case 0x3007:
        return item.created == null ? null : ItemWriter.formatDate(item.created);
      case 0x3008:
        return item.lastModified == null ? null : ItemWriter.formatDate(item.lastModified);
      case 0x0E08:
        return Integer.toString(item.size());
      case 0x0E07:
        return Integer.toString(
            (item.isRead ? 1 : 0) | (item.isDraft ? 8 : 0) | (item.hasAttachments() ? 16 : 0));
      case 0x0E1B:
        return Boolean.toString(item.hasAttachments());
      case 0x0C1F:
        return item.sender == null ? null : item.sender.address();
      case 0x0C1A:
        return item.sender == null ? null : item.sender.name();
      case 0x1000:
        return item.textBody;
      default:
        return null;
    }
  }

  /** Echoes the property path the client used, with the tag in Exchange's hex form. */
  static void writeUri(XmlWriter w, Element uri) {
    w.start("t:ExtendedFieldURI");
    w.attr("DistinguishedPropertySetId", Dom.attr(uri, "DistinguishedPropertySetId"));
    w.attr("PropertySetId", Dom.attr(uri, "PropertySetId"));
    Integer tag = tag(uri);
    if (tag != null) {
      w.attr("PropertyTag", "0x" + Integer.toHexString(tag));
    }
    w.attr("PropertyName", Dom.attr(uri, "PropertyName"));
    w.attr("PropertyId", Dom.attr(uri, "PropertyId"));
    w.attr("PropertyType", Dom.attr(uri, "PropertyType"));
    w.end();
  }

  /** Applies a {@code t:ExtendedProperty} element from a request to an item. */
  static void set(Item item, Element property) throws EwsError {
    Element uri = Dom.t(property, "ExtendedFieldURI");
    List<String> values = new ArrayList<>();
    Element single = Dom.t(property, "Value");
    if (single != null) {
      values.add(single.getTextContent());
    } else {
      for (Element v : Dom.children(Dom.t(property, "Values"), Dom.T, "Value")) {
        values.add(v.getTextContent());
      }
    }
    if (isInternetHeader(uri)) {
      String name = Dom.attr(uri, "PropertyName");
      if (name.isBlank() || name.contains(":") || values.isEmpty()) {
        throw new EwsError(
            "ErrorInvalidExtendedPropertyValue", "The extended property value is invalid.");
      }
      item.setHeader(name, values.get(0));
      return;
    }
    Integer tag = tag(uri);
    if (tag != null && tag == 0x007D) {
      throw new EwsError("ErrorInvalidPropertySet", "Set action is invalid for property.");
    }
    String id = Dom.attr(uri, "PropertyId");
    ExtendedProperty p =
        new ExtendedProperty(
            Dom.attr(uri, "DistinguishedPropertySetId"),
            Dom.attr(uri, "PropertySetId"),
            tag,
            Dom.attr(uri, "PropertyName"),
            id == null ? null : Integer.valueOf(id.trim()),
            Dom.attr(uri, "PropertyType"),
            List.copyOf(values));
    item.extendedProperties.put(p.key(), p);
  }

  /** Deletes a property an UpdateItem {@code DeleteItemField} names. */
  static void delete(Item item, Element uri) {
    if (isInternetHeader(uri)) {
      item.setHeader(Dom.attr(uri, "PropertyName"), null);
    } else {
      item.extendedProperties.remove(key(uri));
    }
  }
}
