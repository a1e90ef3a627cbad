package dev.exchangesdk.examples.support;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints what a command found: aligned text tables and key/value blocks, or, with {@code --json},
 * one JSON object on stdout at the end. Status lines (the target notice, progress) go to stdout in
 * text mode and to stderr in JSON mode, so stdout stays parseable.
 *
 * <p>Thread-safe: a monitor handler may print from its worker threads.
 */
public final class Output {
  private static final int MAX_CELL = 64;
  private static final Map<String, String> LABELS =
      Map.of(
          "sha256", "SHA-256",
          "messageId", "Message-ID",
          "itemId", "Item id",
          "x5tS256", "x5t#S256",
          "idempotencyKey", "Idempotency key");
  private static final JsonAdapter<Object> JSON =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");

  private final PrintStream out;
  private final PrintStream err;
  private final boolean json;
  private final long startNanos = System.nanoTime();
  private final Map<String, Object> document = new LinkedHashMap<>();

  public Output(PrintStream out, PrintStream err, boolean json) {
    this.out = out;
    this.err = err;
    this.json = json;
  }

  public boolean isJson() {
    return json;
  }

  /** A status line: where the command runs, what it is about to do. */
  public synchronized void notice(String line) {
    status().println(line);
    status().flush();
  }

  /** A progress line with the time since the command started: {@code [ 2.4s] polled 3 ...}. */
  public synchronized void progress(String format, Object... args) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    status()
        .printf(Locale.ROOT, "[%5.1fs] %s%n", seconds, String.format(Locale.ROOT, format, args));
    status().flush();
  }

  /** A value for the JSON document only (text mode says it in the notice). */
  public synchronized void meta(String key, Object value) {
    if (json) {
      document.put(key, toJson(value));
    }
  }

  /** A section title (text mode only). */
  public synchronized void heading(String title) {
    if (!json) {
      out.println();
      out.println(title);
      out.println("=".repeat(Math.min(title.length(), 100)));
    }
  }

  /** One value: {@code Label: value} in text, {@code "key": value} in JSON. */
  public synchronized void field(String key, Object value) {
    if (json) {
      document.put(key, toJson(value));
    } else {
      out.println(label(key) + ": " + text(value));
    }
  }

  /** A table: aligned columns in text (or "(none)"), an array of objects in JSON. */
  public synchronized void table(String key, List<? extends Map<String, ?>> rows) {
    if (json) {
      document.put(key, toJson(rows));
    } else {
      printTable(rows, "");
    }
  }

  /** Numbered lines in text (next steps ...), an array of strings in JSON. */
  public synchronized void steps(String key, List<String> lines) {
    if (json) {
      document.put(key, List.copyOf(lines));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      out.println((i + 1) + ". " + lines.get(i));
    }
  }

  /** One record of a list (an incident ...): a block in text, appended to {@code key} in JSON. */
  @SuppressWarnings("unchecked")
  public synchronized void record(String key, Map<String, ?> fields) {
    if (json) {
      ((List<Object>) document.computeIfAbsent(key, k -> new ArrayList<>())).add(toJson(fields));
      return;
    }
    int width = fields.keySet().stream().mapToInt(k -> label(k).length()).max().orElse(0) + 1;
    String bullet = "- ";
    for (Map.Entry<String, ?> e : fields.entrySet()) {
      String name = String.format("%-" + width + "s ", label(e.getKey()) + ":");
      if (e.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
        out.println(bullet + name.strip());
        printTable((List<? extends Map<String, ?>>) list, "    ");
      } else {
        out.println(bullet + name + text(e.getValue()));
      }
      bullet = "  ";
    }
    out.println();
  }

  /** Ends the command's output: in JSON mode, prints the document. */
  public synchronized void finish() {
    if (json) {
      out.println(JSON.toJson(document));
    }
    out.flush();
  }

  private PrintStream status() {
    return json ? err : out;
  }

  private void printTable(List<? extends Map<String, ?>> rows, String indent) {
    if (rows.isEmpty()) {
      out.println(indent + "(none)");
      return;
    }
    List<String> keys = new ArrayList<>(rows.get(0).keySet());
    // An error column where nothing failed is noise in text (JSON keeps it).
    keys.removeIf(k -> k.equals("error") && rows.stream().allMatch(r -> r.get(k) == null));
    int[] widths = new int[keys.size()];
    boolean[] numeric = new boolean[keys.size()];
    boolean[] seen = new boolean[keys.size()];
    List<String[]> cells = new ArrayList<>();
    for (int c = 0; c < keys.size(); c++) {
      widths[c] = label(keys.get(c)).length();
      numeric[c] = true;
    }
    for (Map<String, ?> row : rows) {
      String[] line = new String[keys.size()];
      for (int c = 0; c < keys.size(); c++) {
        Object v = row.get(keys.get(c));
        line[c] = truncate(text(v));
        widths[c] = Math.max(widths[c], line[c].length());
        numeric[c] &= v == null || v instanceof Number;
        seen[c] |= v != null;
      }
      cells.add(line);
    }
    for (int c = 0; c < keys.size(); c++) {
      numeric[c] &= seen[c];
    }
    StringBuilder header = new StringBuilder(indent);
    StringBuilder rule = new StringBuilder(indent);
    for (int c = 0; c < keys.size(); c++) {
      header.append(pad(label(keys.get(c)), widths[c], numeric[c])).append("  ");
      rule.append("-".repeat(widths[c])).append("  ");
    }
    out.println(header.toString().stripTrailing());
    out.println(rule.toString().stripTrailing());
    for (String[] line : cells) {
      StringBuilder s = new StringBuilder(indent);
      for (int c = 0; c < line.length; c++) {
        s.append(pad(line[c], widths[c], numeric[c])).append("  ");
      }
      out.println(s.toString().stripTrailing());
    }
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(Math.max(0, width - s.length()));
    return right ? fill + s : s + fill;
  }

  private static String truncate(String s) {
    return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 3) + "...";
  }

  /** {@code receivedAt} becomes {@code Received at}. */
  static String label(String key) {
    String known = LABELS.get(key);
    if (known != null) {
      return known;
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (i == 0) {
        s.append(Character.toUpperCase(ch));
      } else if (Character.isUpperCase(ch)) {
        s.append(' ').append(Character.toLowerCase(ch));
      } else {
        s.append(ch);
      }
    }
    return s.toString();
  }

  private static String text(Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Instant i) {
      return i.truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (v instanceof Duration d) {
      return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
    }
    if (v instanceof Boolean b) {
      return b ? "yes" : "no";
    }
    if (v instanceof List<?> list) {
      return list.isEmpty() ? "-" : String.join(", ", list.stream().map(Output::text).toList());
    }
    return String.valueOf(v).replace('\n', ' ').replace('\r', ' ');
  }

  /** Values Moshi's standard adapters write: maps, lists, strings, numbers, booleans, null. */
  private static Object toJson(Object v) {
    if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Map<?, ?> map) {
      Map<String, Object> m = new LinkedHashMap<>();
      map.forEach((k, value) -> m.put(String.valueOf(k), toJson(value)));
      return m;
    }
    if (v instanceof List<?> list) {
      return list.stream().map(Output::toJson).toList();
    }
    if (v instanceof Instant i) {
      return i.truncatedTo(ChronoUnit.SECONDS).toString();
    }
    if (v instanceof Duration d) {
      return d.toMillis() / 1000.0;
    }
    if (v instanceof Enum<?> e) {
      return e.name();
    }
    return String.valueOf(v);
  }
}
