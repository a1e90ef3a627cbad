package dev.exchangesdk.compliance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the service's human-readable result strings into records of {@code Label: value} fields.
 *
 * <p>The strings look like {@code {Location: a; Sender: b; Subject: c; ... , Location: ...}}: a
 * fixed sequence of labels, separated by {@code ;} or {@code ,}, records separated by {@code ,},
 * braces or line breaks. Values are free text (a subject may contain {@code ; }, {@code ,} or even
 * {@code , Location:}), so a greedy regular expression over the whole record cuts in the wrong
 * place. Instead a record is anchored from both ends: the labels before the free-text field are
 * found left to right (first occurrence), the labels after it right to left (last occurrence), and
 * the free-text field keeps whatever lies between. A {@code Location:} inside a value is not taken
 * as a record boundary, because the text before it would not be a complete record.
 *
 * <p>Stateless and thread-safe.
 */
final class LabelledRecords {

  /** A record layout: its labels in order and the index of the one free-text field. */
  static final class Format {
    private final List<String> labels;
    private final List<Pattern> separated;
    private final Pattern start;
    private final Pattern candidate;
    private final int freeIndex;

    /**
     * @param freeIndex the field whose value may contain anything; fields before it are read left
     *     to right, fields after it right to left
     * @param labels the labels, the first one opening every record
     */
    Format(int freeIndex, String... labels) {
      if (freeIndex < 0 || freeIndex >= labels.length) {
        throw new IllegalArgumentException("freeIndex out of range");
      }
      this.labels = List.of(labels);
      this.freeIndex = freeIndex;
      List<Pattern> p = new ArrayList<>();
      for (String label : labels) {
        // "; Label: " or ", Label: "; numeric fields are sometimes printed without the colon
        // ("Total size 527744").
        p.add(
            Pattern.compile(
                "[;,]\\s*" + Pattern.quote(label) + "(?:\\s*:\\s*|\\s+(?=\\d))",
                Pattern.CASE_INSENSITIVE));
      }
      this.separated = List.copyOf(p);
      this.start =
          Pattern.compile(
              "\\s*" + Pattern.quote(labels[0]) + "\\s*:\\s*", Pattern.CASE_INSENSITIVE);
      this.candidate =
          Pattern.compile(Pattern.quote(labels[0]) + "\\s*:", Pattern.CASE_INSENSITIVE);
    }

    List<String> labels() {
      return labels;
    }
  }

  /** The records found, the text before the first one, and the stretches that were not records. */
  record Split(String preamble, List<List<String>> records, List<String> unreadable) {}

  private LabelledRecords() {}

  /**
   * Splits {@code text} into records of {@code format}.
   *
   * @return each record's values in label order; unreadable stretches are returned verbatim
   */
  static Split split(String text, Format format) {
    List<Candidate> starts = candidateStarts(text, format);
    if (starts.isEmpty()) {
      return new Split(text, List.of(), List.of());
    }
    List<List<String>> records = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    int current = starts.get(0).position();
    for (int i = 1; i < starts.size(); i++) {
      Candidate next = starts.get(i);
      String segment = text.substring(current, next.position());
      List<String> values = fields(segment, format);
      if (values != null) {
        records.add(values);
        current = next.position();
      } else if (next.strong()) {
        // A record boundary the service always prints this way: the text before it is broken.
        unreadable.add(segment.strip());
        current = next.position();
      }
      // Otherwise the candidate lies inside a value of the current record: keep extending it.
    }
    String last = text.substring(current);
    List<String> values = fields(last, format);
    if (values != null) {
      records.add(values);
    } else {
      unreadable.add(last.strip());
    }
    return new Split(text.substring(0, starts.get(0).position()), records, unreadable);
  }

  /**
   * Where a record may start: the first label at the beginning, or after a brace, a separator or a
   * line break (whitespace in between allowed). After a line break or a brace the boundary is
   * certain ("strong"); after {@code ,} or {@code ;} it may be text inside a value.
   */
  private static List<Candidate> candidateStarts(String text, Format format) {
    List<Candidate> starts = new ArrayList<>();
    Matcher m = format.candidate.matcher(text);
    while (m.find()) {
      int i = m.start() - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
        i--;
      }
      if (i < 0 || "{}\n".indexOf(text.charAt(i)) >= 0) {
        starts.add(new Candidate(m.start(), true));
      } else if (",;".indexOf(text.charAt(i)) >= 0) {
        starts.add(new Candidate(m.start(), false));
      }
    }
    return starts;
  }

  private record Candidate(int position, boolean strong) {}

  /** The values of one record in label order, or {@code null} when a label is missing. */
  static List<String> fields(String record, Format format) {
    Matcher first = format.start.matcher(record);
    if (!first.lookingAt()) {
      return null;
    }
    int n = format.labels.size();
    int[] labelStart = new int[n];
    int[] valueStart = new int[n];
    labelStart[0] = 0;
    valueStart[0] = first.end();
    // Left to right up to the free field: the first occurrence after the previous label.
    for (int i = 1; i <= format.freeIndex; i++) {
      Matcher m = format.separated.get(i).matcher(record);
      m.region(valueStart[i - 1], record.length());
      if (!m.find()) {
        return null;
      }
      labelStart[i] = m.start();
      valueStart[i] = m.end();
    }
    // Right to left after the free field: the last occurrence before the following label.
    int limit = record.length();
    for (int i = n - 1; i > format.freeIndex; i--) {
      Matcher m = format.separated.get(i).matcher(record);
      m.region(valueStart[format.freeIndex], limit);
      int found = -1;
      int end = -1;
      while (m.find()) {
        found = m.start();
        end = m.end();
      }
      if (found < 0) {
        return null;
      }
      labelStart[i] = found;
      valueStart[i] = end;
      limit = found;
    }
    List<String> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int valueEnd = i + 1 < n ? labelStart[i + 1] : record.length();
      String value = record.substring(valueStart[i], Math.max(valueStart[i], valueEnd));
      values.add(i + 1 < n ? value.strip() : stripRecordEnd(value));
    }
    return values;
  }

  /** Drops what closes a record: whitespace, separators and braces ("0; ,", "data1}"). */
  static String stripRecordEnd(String value) {
    int end = value.length();
    while (end > 0
        && (Character.isWhitespace(value.charAt(end - 1))
            || ",;{}".indexOf(value.charAt(end - 1)) >= 0)) {
      end--;
    }
    return value.substring(0, end).strip();
  }
}
