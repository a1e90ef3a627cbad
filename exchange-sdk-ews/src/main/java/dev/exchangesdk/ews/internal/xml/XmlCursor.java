package dev.exchangesdk.ews.internal.xml;

import dev.exchangesdk.core.ResponseFormatException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Small helpers for walking a StAX reader element by element.
 *
 * <p>Convention used by every reader in the EWS module: a method handed a reader positioned on a
 * {@code START_ELEMENT} consumes that whole element and returns with the reader positioned on the
 * event <em>after</em> its {@code END_ELEMENT} (the same position JAXB leaves it in), so readers
 * and JAXB unmarshalling can be mixed freely.
 */
public final class XmlCursor {
  /** Longest text accepted for an ordinary property (names, ids, header values, subjects). */
  public static final int MAX_TEXT = 1 << 20;

  /** Longest text accepted for a message body. */
  public static final int MAX_BODY = 32 << 20;

  private XmlCursor() {}

  /** A child element handler; must consume the element (see the class comment). */
  @FunctionalInterface
  public interface ChildHandler {
    void child(XMLStreamReader r) throws XMLStreamException;
  }

  /** Calls {@code handler} for each child element of the current element, then moves past it. */
  public static void forEachChild(XMLStreamReader r, ChildHandler handler)
      throws XMLStreamException {
    requireStart(r);
    r.next();
    while (true) {
      int ev = r.getEventType();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        handler.child(r);
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        r.next();
        return;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("The document ended inside an element");
      } else {
        r.next();
      }
    }
  }

  /** Skips the current element and everything inside it. */
  public static void skip(XMLStreamReader r) throws XMLStreamException {
    requireStart(r);
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("The document ended inside an element");
      }
    }
    r.next();
  }

  /** The text of the current element (at most {@link #MAX_TEXT} characters), or "" if empty. */
  public static String text(XMLStreamReader r) throws XMLStreamException {
    return text(r, MAX_TEXT);
  }

  /**
   * The text of the current element, child elements skipped.
   *
   * @throws ResponseFormatException when the text is longer than {@code maxChars}
   */
  public static String text(XMLStreamReader r, int maxChars) throws XMLStreamException {
    requireStart(r);
    String name = r.getLocalName();
    String single = null;
    StringBuilder sb = null;
    while (true) {
      int ev = r.next();
      switch (ev) {
        case XMLStreamConstants.CHARACTERS:
        case XMLStreamConstants.CDATA:
        case XMLStreamConstants.SPACE:
          int len = r.getTextLength();
          int have = sb != null ? sb.length() : single != null ? single.length() : 0;
          if (have + len > maxChars) {
            throw new ResponseFormatException(
                "The text of element " + name + " is longer than " + maxChars + " characters",
                null);
          }
          if (single == null && sb == null) {
            single = r.getText();
          } else {
            if (sb == null) {
              sb = new StringBuilder(single.length() + len).append(single);
            }
            sb.append(r.getTextCharacters(), r.getTextStart(), len);
          }
          break;
        case XMLStreamConstants.START_ELEMENT:
          skipNested(r);
          break;
        case XMLStreamConstants.END_ELEMENT:
          r.next();
          return sb != null ? sb.toString() : single != null ? single : "";
        case XMLStreamConstants.END_DOCUMENT:
          throw new XMLStreamException("The document ended inside element " + name);
        default:
          break;
      }
    }
  }

  /** The trimmed text, or {@code null} when empty. */
  public static String trimmedText(XMLStreamReader r) throws XMLStreamException {
    String s = text(r).strip();
    return s.isEmpty() ? null : s;
  }

  public static Boolean booleanText(XMLStreamReader r) throws XMLStreamException {
    String s = trimmedText(r);
    return s == null ? null : Boolean.valueOf("true".equalsIgnoreCase(s) || "1".equals(s));
  }

  /** An integer, or {@code null} when empty or not a number (tolerant of newer servers). */
  public static Long longText(XMLStreamReader r) throws XMLStreamException {
    String s = trimmedText(r);
    if (s == null) {
      return null;
    }
    try {
      return Long.valueOf(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * An xs:dateTime; one without an offset is UTC (the SDK always sends a UTC time zone context).
   */
  public static Instant instantText(XMLStreamReader r) throws XMLStreamException {
    return parseInstant(trimmedText(r));
  }

  /** Parses an xs:dateTime, UTC when it has no offset; {@code null} for null or unreadable. */
  public static Instant parseInstant(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    Instant fast = parseUtcSeconds(s);
    if (fast != null) {
      return fast;
    }
    try {
      char last = s.charAt(s.length() - 1);
      boolean hasOffset =
          last == 'Z' || last == 'z' || s.lastIndexOf('+') > 10 || s.lastIndexOf('-') > 10;
      return hasOffset
          ? OffsetDateTime.parse(s).toInstant()
          : LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * The common form {@code yyyy-MM-ddTHH:mm:ssZ} (what Exchange sends with a UTC time zone context)
   * without the cost of a {@code DateTimeFormatter}; {@code null} for any other form.
   */
  private static Instant parseUtcSeconds(String s) {
    if (s.length() != 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour > 23
        || minute > 59
        || second > 59
        || hour < 0
        || minute < 0
        || second < 0) {
      return null;
    }
    try {
      long days = java.time.LocalDate.of(year, month, day).toEpochDay();
      return Instant.ofEpochSecond(days * 86400L + hour * 3600L + minute * 60L + second);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** An attribute of the current element by local name (any namespace), or {@code null}. */
  public static String attribute(XMLStreamReader r, String localName) {
    for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
      if (localName.equals(r.getAttributeLocalName(i))) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  private static void skipNested(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (ev == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("The document ended inside an element");
      }
    }
  }

  private static void requireStart(XMLStreamReader r) {
    if (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
      throw new IllegalStateException("Expected a start element, at event " + r.getEventType());
    }
  }
}
