package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Folder;
import dev.exchangesdk.testkit.internal.store.Item;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.w3c.dom.Element;

/**
 * EWS search restrictions ({@code m:Restriction}) compiled to predicates: {@code IsEqualTo}, {@code
 * IsNotEqualTo}, {@code IsGreaterThan(OrEqualTo)}, {@code IsLessThan(OrEqualTo)}, {@code And},
 * {@code Or}, {@code Not}, {@code Contains} (all containment modes; case-sensitive only for {@code
 * Exact}) and {@code Exists}, over the properties listed in {@link #itemValue}. Another property
 * answers {@code ErrorUnsupportedPathForQuery}, as an unsearchable one would.
 *
 * <p>Stateless and thread-safe.
 */
final class Restrictions {
  private Restrictions() {}

  /** Reads a property of an item or folder for comparison; {@code UNSUPPORTED} if unknown. */
  interface Accessor<T> {
    Object value(T target, Element path) throws EwsError;
  }

  static final Object UNSUPPORTED = new Object();

  static Predicate<Item> forItems(Element restriction) throws EwsError {
    return compile(firstChild(restriction), Restrictions::itemValue);
  }

  static Predicate<Folder> forFolders(Element restriction) throws EwsError {
    return compile(firstChild(restriction), Restrictions::folderValue);
  }

  private static Element firstChild(Element restriction) throws EwsError {
    List<Element> c = Dom.children(restriction);
    if (c.isEmpty()) {
      throw EwsError.invalidRequest("The restriction is empty.");
    }
    return c.get(0);
  }

  private static <T> Predicate<T> compile(Element e, Accessor<T> access) throws EwsError {
    switch (e.getLocalName()) {
      case "And":
      case "Or":
        {
          List<Predicate<T>> parts = new ArrayList<>();
          for (Element c : Dom.children(e)) {
            parts.add(compile(c, access));
          }
          boolean and = e.getLocalName().equals("And");
          return t -> {
            for (Predicate<T> p : parts) {
              if (p.test(t) != and) {
                return !and;
              }
            }
            return and;
          };
        }
      case "Not":
        return compile(Dom.children(e).get(0), access).negate();
      case "Exists":
        {
          Element path = Dom.children(e).get(0);
          check(access, path);
          return t -> {
            Object v = safe(access, t, path);
            return v != null && !(v instanceof Collection<?> c && c.isEmpty());
          };
        }
      case "Contains":
        return contains(e, access);
      case "IsEqualTo":
      case "IsNotEqualTo":
      case "IsGreaterThan":
      case "IsGreaterThanOrEqualTo":
      case "IsLessThan":
      case "IsLessThanOrEqualTo":
        return comparison(e, access);
      default:
        throw new EwsError(
            "ErrorUnsupportedQueryFilter",
            "The restriction " + e.getLocalName() + " is not supported.");
    }
  }

  private static <T> void check(Accessor<T> access, Element path) throws EwsError {
    Object probe = access.value(null, path);
    if (probe == UNSUPPORTED) {
      throw EwsError.unsupportedPath(uriOf(path));
    }
  }

  private static <T> Object safe(Accessor<T> access, T target, Element path) {
    try {
      return access.value(target, path);
    } catch (EwsError e) {
      return null;
    }
  }

  private static <T> Predicate<T> comparison(Element e, Accessor<T> access) throws EwsError {
    List<Element> c = Dom.children(e);
    Element path = c.get(0);
    check(access, path);
    Element constantHolder = Dom.t(e, "FieldURIOrConstant");
    Element constant = Dom.t(constantHolder, "Constant");
    if (constant == null) {
      throw new EwsError(
          "ErrorUnsupportedQueryFilter", "Comparisons between two properties are not supported.");
    }
    String raw = constant.getAttribute("Value");
    String op = e.getLocalName();
    return t -> {
      Object v = safe(access, t, path);
      if (v instanceof Collection<?> values) {
        for (Object one : values) {
          if (compareOk(one, raw, op)) {
            return true;
          }
        }
        return op.equals("IsNotEqualTo") && values.isEmpty();
      }
      if (v == null) {
        return op.equals("IsNotEqualTo");
      }
      return compareOk(v, raw, op);
    };
  }

  private static boolean compareOk(Object v, String raw, String op) {
    int c;
    if (v instanceof Instant i) {
      Instant other = parseDate(raw);
      if (other == null) {
        return false;
      }
      c = i.compareTo(other);
    } else if (v instanceof Boolean b) {
      c = Boolean.compare(b, raw.trim().equals("true") || raw.trim().equals("1"));
    } else if (v instanceof Long l) {
      try {
        c = Long.compare(l, Long.parseLong(raw.trim()));
      } catch (NumberFormatException e) {
        return false;
      }
    } else {
      c = String.valueOf(v).compareToIgnoreCase(raw);
    }
    return switch (op) {
      case "IsEqualTo" -> c == 0;
      case "IsNotEqualTo" -> c != 0;
      case "IsGreaterThan" -> c > 0;
      case "IsGreaterThanOrEqualTo" -> c >= 0;
      case "IsLessThan" -> c < 0;
      default -> c <= 0;
    };
  }

  private static <T> Predicate<T> contains(Element e, Accessor<T> access) throws EwsError {
    Element path = Dom.children(e).get(0);
    check(access, path);
    String needle = Dom.t(e, "Constant").getAttribute("Value");
    String mode =
        Dom.attr(e, "ContainmentMode") == null ? "Substring" : e.getAttribute("ContainmentMode");
    String comparison = Dom.attr(e, "ContainmentComparison");
    boolean ignoreCase = comparison == null || !comparison.equals("Exact");
    return t -> {
      Object v = safe(access, t, path);
      List<String> values = new ArrayList<>();
      if (v instanceof Collection<?> col) {
        col.forEach(o -> values.add(String.valueOf(o)));
      } else if (v != null) {
        values.add(String.valueOf(v));
      }
      for (String s : values) {
        String hay = ignoreCase ? s.toLowerCase(Locale.ROOT) : s;
        String n = ignoreCase ? needle.toLowerCase(Locale.ROOT) : needle;
        boolean hit =
            switch (mode) {
              case "FullString" -> hay.equals(n);
              case "Prefixed" -> hay.startsWith(n);
              case "PrefixOnWords" -> (" " + hay.replaceAll("\\W+", " ")).contains(" " + n);
              default -> hay.contains(n);
            };
        if (hit) {
          return true;
        }
      }
      return false;
    };
  }

  static Instant parseDate(String raw) {
    String s = raw.trim();
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static String uriOf(Element path) {
    if ("ExtendedFieldURI".equals(path.getLocalName())) {
      return "ExtendedFieldURI";
    }
    return path.getAttribute("FieldURI");
  }

  /**
   * The value of a searchable item property; {@code UNSUPPORTED} for a path the fake cannot search.
   * With a null item, only reports whether the path is supported.
   */
  static Object itemValue(Item i, Element path) {
    if ("ExtendedFieldURI".equals(path.getLocalName())) {
      Integer tag = ExtendedProps.tag(path);
      if (tag == null) {
        return UNSUPPORTED;
      }
      return switch (tag) {
        case 0x1035 -> i == null ? null : i.internetMessageId;
        case 0x0037 -> i == null ? null : i.subject;
        case 0x0E06 -> i == null ? null : i.received;
        case 0x0039 -> i == null ? null : i.sent;
        case 0x3008 -> i == null ? null : i.lastModified;
        default -> UNSUPPORTED;
      };
    }
    if ("IndexedFieldURI".equals(path.getLocalName())) {
      return UNSUPPORTED;
    }
    String uri = path.getAttribute("FieldURI");
    if (i == null) {
      return SUPPORTED_ITEM_PATHS.contains(uri) ? null : UNSUPPORTED;
    }
    return switch (uri) {
      case "item:Subject" -> i.subject;
      case "item:Body" -> i.htmlBody != null ? i.htmlBody : i.textBody;
      case "item:DateTimeReceived" -> i.received;
      case "item:DateTimeSent" -> i.sent;
      case "item:DateTimeCreated" -> i.created;
      case "item:LastModifiedTime" -> i.lastModified;
      case "item:HasAttachments" -> i.hasAttachments();
      case "item:ItemClass" -> i.itemClass;
      case "item:Importance" -> i.importance;
      case "item:Sensitivity" -> i.sensitivity;
      case "item:Size" -> (long) i.size();
      case "item:Categories" -> i.categories;
      case "item:ItemId" -> i.id;
      case "item:InReplyTo" -> i.inReplyTo;
      case "message:InternetMessageId" -> i.internetMessageId;
      case "message:IsRead" -> i.isRead;
      case "message:IsReadReceiptRequested" -> i.isReadReceiptRequested;
      case "message:From" -> i.from == null ? null : i.from.address();
      case "message:Sender" -> i.sender == null ? null : i.sender.address();
      case "message:ToRecipients" -> addresses(i.to);
      case "message:CcRecipients" -> addresses(i.cc);
      case "message:ConversationTopic" -> i.conversationTopic;
      case "message:References" -> i.references;
      case "contacts:DisplayName" -> i.contact == null ? null : i.contact.displayName;
      default -> null;
    };
  }

  private static final java.util.Set<String> SUPPORTED_ITEM_PATHS =
      java.util.Set.of(
          "item:Subject",
          "item:Body",
          "item:DateTimeReceived",
          "item:DateTimeSent",
          "item:DateTimeCreated",
          "item:LastModifiedTime",
          "item:HasAttachments",
          "item:ItemClass",
          "item:Importance",
          "item:Sensitivity",
          "item:Size",
          "item:Categories",
          "item:ItemId",
          "item:InReplyTo",
          "message:InternetMessageId",
          "message:IsRead",
          "message:IsReadReceiptRequested",
          "message:From",
          "message:Sender",
          "message:ToRecipients",
          "message:CcRecipients",
          "message:ConversationTopic",
          "message:References",
          "contacts:DisplayName");

  private static List<String> addresses(List<EmailAddress> list) {
    List<String> out = new ArrayList<>();
    for (EmailAddress a : list) {
      out.add(a.address());
    }
    return out;
  }

  static Object folderValue(Folder f, Element path) {
    String uri = path.getAttribute("FieldURI");
    if (f == null) {
      return switch (uri) {
        case "folder:DisplayName",
            "folder:FolderClass",
            "folder:TotalCount",
            "folder:UnreadCount",
            "folder:ChildFolderCount" ->
            null;
        default -> UNSUPPORTED;
      };
    }
    return switch (uri) {
      case "folder:DisplayName" -> f.displayName;
      case "folder:FolderClass" -> f.folderClass;
      case "folder:TotalCount" -> (long) f.totalCount();
      case "folder:UnreadCount" -> (long) f.unreadCount();
      case "folder:ChildFolderCount" -> (long) f.children.size();
      default -> null;
    };
  }
}
