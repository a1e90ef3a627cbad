package dev.exchangesdk.testkit.internal.query;

import dev.exchangesdk.testkit.internal.store.Attachment;
import dev.exchangesdk.testkit.internal.store.EmailAddress;
import dev.exchangesdk.testkit.internal.store.Item;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The search languages of the fake: the AQS subset of EWS {@code FindItem/QueryString} and {@code
 * SearchMailboxes}, and the KQL subset of compliance searches. Both share one grammar:
 *
 * <pre>
 * query   := or
 * or      := and ( "OR" and )*
 * and     := unary ( ["AND"] unary )*          juxtaposition means AND
 * unary   := ("NOT" | "-") unary | "(" or ")" | term
 * term    := [property (":" | "=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" | "&lt;&gt;")] value
 * value   := word | "quoted phrase" | date ".." date
 * </pre>
 *
 * <p>Properties: {@code subject}, {@code body}, {@code from}, {@code to}, {@code cc}, {@code bcc},
 * {@code participants}, {@code attachment(s)}/{@code attachmentnames}, {@code hasattachment(s)},
 * {@code isread}/{@code read}, {@code received}, {@code sent}, {@code messageid}/{@code
 * internetmessageid}, {@code category}/{@code categories}, {@code importance}, {@code size}, {@code
 * kind}. Text matches are case-insensitive substrings (a trailing {@code *} is accepted and
 * ignored); free text searches subject, body, addresses and attachment names. Dates are {@code
 * yyyy-MM-dd} or {@code M/d/yyyy}, compared by UTC day.
 *
 * <p>Immutable after parsing; thread-safe (matching reads items under the tenant lock).
 */
public final class MailQuery {
  private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

  private final Predicate<Item> predicate;

  private MailQuery(Predicate<Item> predicate) {
    this.predicate = predicate;
  }

  /** Thrown for text the grammar does not accept, with a message naming the problem. */
  public static final class InvalidQuery extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidQuery(String message) {
      super(message, null, false, false);
    }
  }

  /** Parses a query; an empty or blank query matches everything. */
  public static MailQuery parse(String text) throws InvalidQuery {
    if (text == null || text.isBlank()) {
      return new MailQuery(i -> true);
    }
    Parser p = new Parser(tokenize(text));
    Predicate<Item> pred = p.or();
    if (p.pos < p.tokens.size()) {
      throw new InvalidQuery("Unexpected '" + p.tokens.get(p.pos) + "' in query");
    }
    return new MailQuery(pred);
  }

  public boolean matches(Item item) {
    return predicate.test(item);
  }

  // ---- lexer -----------------------------------------------------------------------------------

  private static List<String> tokenize(String s) throws InvalidQuery {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int end = s.indexOf('"', i + 1);
        if (end < 0) {
          throw new InvalidQuery("Unterminated quoted phrase in query");
        }
        out.add(s.substring(i, end + 1));
        i = end + 1;
      } else {
        StringBuilder sb = new StringBuilder();
        while (i < s.length()
            && !Character.isWhitespace(s.charAt(i))
            && s.charAt(i) != '('
            && s.charAt(i) != ')') {
          if (s.charAt(i) == '"') {
            int end = s.indexOf('"', i + 1);
            if (end < 0) {
              throw new InvalidQuery("Unterminated quoted phrase in query");
            }
            sb.append(s, i, end + 1);
            i = end + 1;
          } else {
            sb.append(s.charAt(i++));
          }
        }
        out.add(sb.toString());
      }
    }
    return out;
  }

  // ---- parser ----------------------------------------------------------------------------------

  private static final class Parser {
    final List<String> tokens;
    int pos;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    String peek() {
      return pos < tokens.size() ? tokens.get(pos) : null;
    }

    Predicate<Item> or() throws InvalidQuery {
      Predicate<Item> left = and();
      while ("OR".equals(peek())) {
        pos++;
        left = left.or(and());
      }
      return left;
    }

    Predicate<Item> and() throws InvalidQuery {
      Predicate<Item> left = unary();
      while (peek() != null && !"OR".equals(peek()) && !")".equals(peek())) {
        if ("AND".equals(peek())) {
          pos++;
        }
        left = left.and(unary());
      }
      return left;
    }

    Predicate<Item> unary() throws InvalidQuery {
      String t = peek();
      if (t == null) {
        throw new InvalidQuery("The query ends where a term is expected");
      }
      if (t.equals("NOT")) {
        pos++;
        return unary().negate();
      }
      if (t.startsWith("-") && t.length() > 1) {
        tokens.set(pos, t.substring(1));
        return unary().negate();
      }
      if (t.equals("(")) {
        pos++;
        Predicate<Item> inner = or();
        if (!")".equals(peek())) {
          throw new InvalidQuery("Missing ')' in query");
        }
        pos++;
        return inner;
      }
      if (t.equals(")")) {
        throw new InvalidQuery("Unexpected ')' in query");
      }
      pos++;
      return term(t);
    }

    private Predicate<Item> term(String token) throws InvalidQuery {
      int idx = -1;
      String op = null;
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c == '"') {
          break;
        }
        if (c == ':' || c == '=' || c == '<' || c == '>') {
          idx = i;
          if (token.startsWith("<=", i) || token.startsWith(">=", i) || token.startsWith("<>", i)) {
            op = token.substring(i, i + 2);
          } else {
            op = String.valueOf(c);
          }
          break;
        }
      }
      if (idx <= 0) {
        return freeText(unquote(token));
      }
      String property = token.substring(0, idx).toLowerCase(Locale.ROOT);
      String value = token.substring(idx + op.length());
      if (value.isEmpty() && "(".equals(peek())) {
        // property:(a OR b)
        pos++;
        List<String> alternatives = new ArrayList<>();
        while (peek() != null && !")".equals(peek())) {
          String v = tokens.get(pos++);
          if (!v.equals("OR")) {
            alternatives.add(v);
          }
        }
        if (!")".equals(peek())) {
          throw new InvalidQuery("Missing ')' in query");
        }
        pos++;
        Predicate<Item> any = i -> false;
        for (String v : alternatives) {
          any = any.or(property(property, op, unquote(v)));
        }
        return any;
      }
      if (value.isEmpty()) {
        throw new InvalidQuery("Property '" + property + "' has no value");
      }
      return property(property, op, unquote(value));
    }
  }

  private static String unquote(String v) {
    String s = v;
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1);
    }
    if (s.endsWith("*")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static Predicate<Item> freeText(String text) {
    String needle = text.toLowerCase(Locale.ROOT);
    return i -> i.searchableText().contains(needle);
  }

  private static Predicate<Item> property(String property, String op, String value)
      throws InvalidQuery {
    String v = value.toLowerCase(Locale.ROOT);
    switch (property) {
      case "subject":
        return i -> contains(i.subject, v);
      case "body":
        return i -> contains(i.textBody, v) || contains(i.htmlBody, v);
      case "from":
      case "sender":
        return i -> address(i.from, v) || address(i.sender, v);
      case "to":
        return i -> anyAddress(i.to, v);
      case "cc":
        return i -> anyAddress(i.cc, v);
      case "bcc":
        return i -> anyAddress(i.bcc, v);
      case "participants":
      case "recipients":
        return i -> address(i.from, v) || anyAddress(i.allRecipients(), v);
      case "attachment":
      case "attachments":
      case "attachmentnames":
        return i -> {
          for (Attachment a : i.attachments) {
            if (contains(a.name, v)) {
              return true;
            }
          }
          return false;
        };
      case "hasattachment":
      case "hasattachments":
        boolean want = yes(v, property);
        return i -> i.hasAttachments() == want;
      case "isread":
      case "read":
        boolean read = yes(v, property);
        return i -> i.isRead == read;
      case "messageid":
      case "internetmessageid":
      case "message-id":
        String id = v.startsWith("<") ? v : "<" + v + ">";
        return i ->
            i.internetMessageId != null && i.internetMessageId.toLowerCase(Locale.ROOT).equals(id);
      case "category":
      case "categories":
        return i -> i.categories.stream().anyMatch(c -> c.equalsIgnoreCase(value));
      case "importance":
        return i -> i.importance.equalsIgnoreCase(value);
      case "kind":
        return i ->
            switch (v) {
              case "email", "emails", "messages", "message" -> i.kind == Item.Kind.MESSAGE;
              case "contacts", "contact" -> i.kind == Item.Kind.CONTACT;
              default -> false;
            };
      case "received":
      case "sent":
        return dateTerm(property, op, v);
      case "size":
        long size;
        try {
          size = Long.parseLong(v);
        } catch (NumberFormatException e) {
          throw new InvalidQuery("size needs a number of bytes, not '" + value + "'");
        }
        return i -> compare(Long.compare(i.size(), size), op);
      default:
        throw new InvalidQuery("Unsupported property '" + property + "' in query");
    }
  }

  private static boolean yes(String v, String property) throws InvalidQuery {
    return switch (v) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> throw new InvalidQuery(property + " takes true or false, not '" + v + "'");
    };
  }

  private static Predicate<Item> dateTerm(String property, String op, String value)
      throws InvalidQuery {
    int range = value.indexOf("..");
    if (range > 0) {
      LocalDate from = date(value.substring(0, range));
      LocalDate to = date(value.substring(range + 2));
      return i -> {
        LocalDate d = day(property.equals("sent") ? i.sent : i.received);
        return d != null && !d.isBefore(from) && !d.isAfter(to);
      };
    }
    LocalDate target = date(value);
    return i -> {
      LocalDate d = day(property.equals("sent") ? i.sent : i.received);
      return d != null && compare(d.compareTo(target), op.equals(":") ? "=" : op);
    };
  }

  private static LocalDate date(String s) throws InvalidQuery {
    String v = s.trim();
    try {
      return LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(v, US);
      } catch (DateTimeParseException e2) {
        throw new InvalidQuery("'" + s + "' is not a date (use yyyy-MM-dd or M/d/yyyy)");
      }
    }
  }

  private static LocalDate day(Instant t) {
    return t == null ? null : t.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static boolean compare(int c, String op) {
    return switch (op) {
      case ":", "=" -> c == 0;
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      case ">=" -> c >= 0;
      case "<>" -> c != 0;
      default -> false;
    };
  }

  private static boolean contains(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static boolean address(EmailAddress a, String needle) {
    return a != null && a.display().toLowerCase(Locale.ROOT).contains(needle);
  }

  private static boolean anyAddress(List<EmailAddress> list, String needle) {
    for (EmailAddress a : list) {
      if (address(a, needle)) {
        return true;
      }
    }
    return false;
  }
}
