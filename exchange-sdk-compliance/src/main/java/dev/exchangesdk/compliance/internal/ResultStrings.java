package dev.exchangesdk.compliance.internal;

import dev.exchangesdk.compliance.model.LocationResult;
import dev.exchangesdk.compliance.model.ParsedResults;
import dev.exchangesdk.compliance.model.PreviewItem;
import dev.exchangesdk.compliance.model.PurgeLocationResult;
import dev.exchangesdk.compliance.model.PurgeResults;
import dev.exchangesdk.core.internal.http.Redaction;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the result strings of compliance searches and actions: {@code SuccessResults}, preview
 * {@code Results} and purge {@code Results}.
 *
 * <p>Tolerates CRLF or LF (and a literal {@code \r\n} from text escaped twice), one record per line
 * or several inside one pair of braces, a {@code Details:} prefix, trailing {@code ,} and {@code
 * }}, subjects with {@code ;}, {@code ,} or {@code , Location:} in them, numbers printed with
 * thousands separators or as {@code "2 MB (2,097,152 bytes)"}, and the purge variant without
 * locations ({@code Purge Type: SoftDelete; Item count: 5, Total size: 60000; ...}). Never throws:
 * what cannot be read is reported in {@link ParsedResults#problems()} and the raw text is kept.
 * Stateless and thread-safe.
 */
public final class ResultStrings {

  private static final LabelledRecords.Format SUCCESS =
      new LabelledRecords.Format(0, "Location", "Item count", "Total size");
  private static final LabelledRecords.Format PREVIEW =
      new LabelledRecords.Format(
          2, "Location", "Sender", "Subject", "Type", "Size", "Received Time", "Data Link");
  private static final LabelledRecords.Format PURGE =
      new LabelledRecords.Format(0, "Location", "Item count", "Total size", "Failed count");
  private static final LabelledRecords.Format PURGE_WITHOUT_LOCATION =
      new LabelledRecords.Format(0, "Item count", "Total size");

  private static final Pattern BYTES_IN_PARENS =
      Pattern.compile("\\(\\s*([\\d,]+)\\s*bytes\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern GROUPED_DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
  private static final Pattern PURGE_TYPE =
      Pattern.compile("Purge\\s*Type\\s*:\\s*([^;,{}\\r\\n]*)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_ITEM_COUNT =
      Pattern.compile("Item count\\s*:?\\s*([\\d,]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern HEADER_TOTAL_SIZE =
      Pattern.compile("Total size\\s*:?\\s*([\\d,]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PREAMBLE_NOISE =
      Pattern.compile("(?i)[\\s{},;]*(details\\s*:)?[\\s{},;]*");

  private static final List<DateTimeFormatter> US_TIMES =
      List.of(
          usFormat("M/d/yyyy h:mm:ss a"),
          usFormat("M/d/yyyy H:mm:ss"),
          usFormat("M/d/yyyy h:mm a"),
          usFormat("M/d/yyyy H:mm"));

  private static final int SNIPPET = 120;

  private ResultStrings() {}

  /** Reads {@code SuccessResults} of a compliance search: location, item count, total size. */
  public static ParsedResults<LocationResult> successResults(String raw) {
    String text = normalize(raw);
    if (isBlankOrBraces(text)) {
      return new ParsedResults<>(List.of(), raw, List.of());
    }
    LabelledRecords.Split split = LabelledRecords.split(text, SUCCESS);
    List<String> problems = new ArrayList<>();
    checkPreamble(split, problems);
    List<LocationResult> rows = new ArrayList<>();
    for (List<String> r : split.records()) {
      OptionalLong items = number(r.get(1));
      OptionalLong size = number(r.get(2));
      if (items.isEmpty() || size.isEmpty()) {
        problems.add(unreadableNumbers(r.get(0), r.get(1), r.get(2)));
        continue;
      }
      rows.add(new LocationResult(r.get(0), items.getAsLong(), size.getAsLong()));
    }
    reportUnreadable(split, problems);
    return new ParsedResults<>(rows, raw, problems);
  }

  /** Reads the {@code Results} of a preview action: one row per item found. */
  public static ParsedResults<PreviewItem> previewResults(String raw) {
    String text = normalize(raw);
    if (isBlankOrBraces(text)) {
      return new ParsedResults<>(List.of(), raw, List.of());
    }
    LabelledRecords.Split split = LabelledRecords.split(text, PREVIEW);
    List<String> problems = new ArrayList<>();
    checkPreamble(split, problems);
    List<PreviewItem> rows = new ArrayList<>();
    for (List<String> r : split.records()) {
      OptionalLong size = number(r.get(4));
      if (size.isEmpty() && !r.get(4).isEmpty()) {
        problems.add(
            "the size '" + snippet(r.get(4)) + "' of an item in " + r.get(0) + " is not a number");
      }
      String timeText = r.get(5);
      Optional<LocalDateTime> time = receivedTime(timeText);
      if (time.isEmpty() && !timeText.isEmpty()) {
        problems.add(
            "the received time '"
                + snippet(timeText)
                + "' of an item in "
                + r.get(0)
                + " is not a date");
      }
      rows.add(
          new PreviewItem(r.get(0), r.get(1), r.get(2), r.get(3), size, time, timeText, r.get(6)));
    }
    reportUnreadable(split, problems);
    return new ParsedResults<>(rows, raw, problems);
  }

  /**
   * Reads the {@code Results} of a purge action: the purge type, the totals of its header and one
   * row per location from its {@code Details:} part. Without any {@code Location:} record, rows are
   * read from the repeated {@code Item count: n, Total size: m} pairs (a shape seen in a
   * third-party fixture, not confirmed against the service) with an empty location.
   */
  public static PurgeResults purgeResults(String raw) {
    String text = normalize(raw);
    if (isBlankOrBraces(text)) {
      return new PurgeResults(
          Optional.empty(),
          OptionalLong.empty(),
          OptionalLong.empty(),
          new ParsedResults<>(List.of(), raw, List.of()));
    }
    LabelledRecords.Split split = LabelledRecords.split(text, PURGE);
    List<String> problems = new ArrayList<>();
    List<PurgeLocationResult> rows = new ArrayList<>();
    String header = split.preamble();
    if (split.records().isEmpty() && split.unreadable().isEmpty()) {
      readRowsWithoutLocation(text, rows, problems);
      header = beforeFirst(text, HEADER_ITEM_COUNT);
    } else {
      for (List<String> r : split.records()) {
        OptionalLong items = number(r.get(1));
        OptionalLong size = number(r.get(2));
        OptionalLong failed = number(r.get(3));
        if (items.isEmpty() || size.isEmpty()) {
          problems.add(unreadableNumbers(r.get(0), r.get(1), r.get(2)));
          continue;
        }
        if (failed.isEmpty() && !r.get(3).isEmpty()) {
          problems.add(
              "the failed count '"
                  + snippet(r.get(3))
                  + "' for "
                  + describe(r.get(0))
                  + " is not a number");
        }
        rows.add(new PurgeLocationResult(r.get(0), items.getAsLong(), size.getAsLong(), failed));
      }
      reportUnreadable(split, problems);
    }
    Optional<String> purgeType = firstGroup(PURGE_TYPE, header).filter(s -> !s.isEmpty());
    OptionalLong itemCount =
        firstGroup(HEADER_ITEM_COUNT, header)
            .map(ResultStrings::number)
            .orElse(OptionalLong.empty());
    OptionalLong totalSize =
        firstGroup(HEADER_TOTAL_SIZE, header)
            .map(ResultStrings::number)
            .orElse(OptionalLong.empty());
    if (rows.isEmpty() && purgeType.isEmpty() && itemCount.isEmpty() && problems.isEmpty()) {
      problems.add("no purge results found in '" + snippet(text) + "'");
    }
    return new PurgeResults(
        purgeType, itemCount, totalSize, new ParsedResults<>(rows, raw, problems));
  }

  private static void readRowsWithoutLocation(
      String text, List<PurgeLocationResult> rows, List<String> problems) {
    LabelledRecords.Split split = LabelledRecords.split(text, PURGE_WITHOUT_LOCATION);
    for (List<String> r : split.records()) {
      OptionalLong items = number(r.get(0));
      OptionalLong size = number(r.get(1));
      if (items.isEmpty() || size.isEmpty()) {
        problems.add(
            "the counts 'Item count: "
                + snippet(r.get(0))
                + ", Total size: "
                + snippet(r.get(1))
                + "' are not numbers");
        continue;
      }
      rows.add(
          new PurgeLocationResult("", items.getAsLong(), size.getAsLong(), OptionalLong.empty()));
    }
    for (String u : split.unreadable()) {
      problems.add("could not read '" + snippet(u) + "'");
    }
  }

  /** A received time in the service's US format, or ISO; empty when it is neither. */
  static Optional<LocalDateTime> receivedTime(String text) {
    // .NET on ICU prints a narrow no-break space before AM/PM.
    String t = text.replace('\u202f', ' ').replace('\u00a0', ' ').strip();
    for (DateTimeFormatter f : US_TIMES) {
      try {
        return Optional.of(LocalDateTime.parse(t, f));
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    try {
      return Optional.of(LocalDateTime.parse(t));
    } catch (DateTimeParseException e) {
      // not ISO local
    }
    try {
      return Optional.of(
          OffsetDateTime.parse(t).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A count or size: digits, with optional thousands commas, or "2 MB (2,097,152 bytes)". */
  static OptionalLong number(String text) {
    String t = text.strip();
    Matcher bytes = BYTES_IN_PARENS.matcher(t);
    if (bytes.find()) {
      t = bytes.group(1);
    }
    if (!GROUPED_DIGITS.matcher(t).matches()) {
      return OptionalLong.empty();
    }
    String digits = t.replace(",", "");
    return digits.length() > 18 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
  }

  /** CRLF, CR and a literal backslash-r-backslash-n all become LF. */
  static String normalize(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.replace("\\r\\n", "\n").replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean isBlankOrBraces(String text) {
    return text.chars().allMatch(c -> Character.isWhitespace(c) || c == '{' || c == '}');
  }

  private static void checkPreamble(LabelledRecords.Split split, List<String> problems) {
    String preamble = split.preamble();
    if (split.records().isEmpty() && split.unreadable().isEmpty()) {
      problems.add("no 'Location:' record found in '" + snippet(preamble) + "'");
    } else if (!PREAMBLE_NOISE.matcher(preamble).matches()) {
      problems.add("unexpected text before the first record: '" + snippet(preamble) + "'");
    }
  }

  private static void reportUnreadable(LabelledRecords.Split split, List<String> problems) {
    for (String u : split.unreadable()) {
      problems.add("could not read the record '" + snippet(u) + "'");
    }
  }

  private static String unreadableNumbers(String location, String items, String size) {
    return "the counts for "
        + describe(location)
        + " are not numbers (item count '"
        + snippet(items)
        + "', total size '"
        + snippet(size)
        + "')";
  }

  private static String describe(String location) {
    return location.isEmpty() ? "an unnamed location" : "'" + snippet(location) + "'";
  }

  private static String beforeFirst(String text, Pattern p) {
    Matcher m = p.matcher(text);
    return m.find() ? text.substring(0, m.start()) : text;
  }

  private static Optional<String> firstGroup(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  private static String snippet(String s) {
    return Redaction.oneLine(s, SNIPPET);
  }

  private static DateTimeFormatter usFormat(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.US);
  }
}
