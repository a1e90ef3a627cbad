package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.ews.internal.write.XmlChars;

/** Checks of the text that goes into an outgoing mail, before anything is sent. */
final class MailText {
  private MailText() {}

  /** A value XML 1.0 can carry (no NUL, no other control characters but tab and line breaks). */
  static String text(String s, String field) {
    if (s == null) {
      return null;
    }
    int bad = XmlChars.firstInvalid(s);
    if (bad >= 0) {
      throw new InvalidRequestException(
          String.format(
              "The %s contains the character U+%04X at position %d, which a mail cannot carry",
              field, (int) s.charAt(bad), bad));
    }
    return s;
  }

  /** One line: no line breaks (they would start a new header). */
  static String line(String s, String field) {
    text(s, field);
    if (s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0) {
      throw new InvalidRequestException("The " + field + " must not contain line breaks");
    }
    return s;
  }

  static EmailAddress address(EmailAddress a, String field) {
    if (a == null || a.address() == null || a.address().isBlank()) {
      throw new InvalidRequestException("A " + field + " address must not be blank");
    }
    line(a.address(), field + " address");
    if (a.name() != null) {
      line(a.name(), field + " name");
    }
    return new EmailAddress(a.name(), a.address().strip(), a.routingType());
  }

  /** RFC 5322: a field name is printable US-ASCII without ':'; the value is one line. */
  static MailHeader header(String name, String value) {
    if (name == null || name.isBlank()) {
      throw new InvalidRequestException("A header needs a name");
    }
    String n = name.strip();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c < 33 || c > 126 || c == ':') {
        throw new InvalidRequestException(
            "Header name '" + n + "' may only hold printable ASCII characters other than ':'");
      }
    }
    line(value == null ? "" : value, "value of header " + n);
    return new MailHeader(n, value == null ? "" : value);
  }
}
