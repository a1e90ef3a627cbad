package dev.exchangesdk.testkit.internal.mime;

import dev.exchangesdk.testkit.internal.store.EmailAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses and formats RFC 5322 address lists ({@code "Name" <a@b>, c@d, Group: e@f;}) leniently.
 *
 * <p>Stateless and thread-safe.
 */
public final class Addresses {
  private Addresses() {}

  /** Parses an address list header value; garbage yields what could be recognised. */
  public static List<EmailAddress> parse(String value) {
    List<EmailAddress> out = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return out;
    }
    String v = Rfc2047.decode(value).replaceAll("[\\r\\n]+", " ");
    for (String token : splitTopLevel(v)) {
      String t = token.trim();
      int colon = t.indexOf(':');
      if (colon >= 0 && t.indexOf('<') < 0 && t.indexOf('@') > colon) {
        t = t.substring(colon + 1).replace(";", "").trim(); // group syntax
      }
      if (t.isEmpty()) {
        continue;
      }
      int lt = t.lastIndexOf('<');
      int gt = t.lastIndexOf('>');
      if (lt >= 0 && gt > lt) {
        String name = unquote(t.substring(0, lt).trim());
        String addr = t.substring(lt + 1, gt).trim();
        out.add(EmailAddress.of(name.isEmpty() ? null : name, addr));
      } else if (t.contains("@")) {
        String addr = t.replaceAll("\\(.*?\\)", "").replace(";", "").trim();
        out.add(EmailAddress.of(null, addr));
      }
    }
    return out;
  }

  private static List<String> splitTopLevel(String v) {
    List<String> parts = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean quoted = false;
    int angle = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '"' && (i == 0 || v.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (!quoted && c == '<') {
        angle++;
      } else if (!quoted && c == '>') {
        angle = Math.max(0, angle - 1);
      } else if (!quoted && angle == 0 && c == ',') {
        parts.add(sb.toString());
        sb.setLength(0);
        continue;
      }
      sb.append(c);
    }
    parts.add(sb.toString());
    return parts;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      return s.substring(1, s.length() - 1).replace("\\\"", "\"");
    }
    return s;
  }

  /** Formats one address for a header: {@code "Name" <addr>} with the name encoded if needed. */
  public static String format(EmailAddress a) {
    if (a.name() == null || a.name().isBlank() || a.name().equalsIgnoreCase(a.address())) {
      return a.address();
    }
    String name = a.name();
    String shown =
        Rfc2047.isAscii(name) ? "\"" + name.replace("\"", "\\\"") + "\"" : Rfc2047.encode(name);
    return shown + " <" + a.address() + ">";
  }

  /** Formats an address list for a header. */
  public static String format(List<EmailAddress> list) {
    StringBuilder sb = new StringBuilder();
    for (EmailAddress a : list) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(format(a));
    }
    return sb.toString();
  }
}
