package dev.exchangesdk.compliance.model;

import dev.exchangesdk.core.ResponseFormatException;
import java.util.List;

/**
 * Rows read from one of the service's result strings ({@code SuccessResults}, an action's {@code
 * Results}), together with the original text and whatever could not be read.
 *
 * <p>Reading never fails: the service formats these strings for people, not programs, and an
 * unexpected shape must not make a search unreadable. A record the SDK cannot read is left out of
 * {@link #rows()} and described in {@link #problems()}; the complete original is always in {@link
 * #raw()}. Code that must not act on partial data (a purge decision) checks {@link #isComplete()}
 * or calls {@link #requireComplete()}. Immutable and thread-safe.
 *
 * @param rows the records that were read, in the service's order
 * @param raw the original string, empty when the service sent none
 * @param problems one sentence per record or fragment that could not be read
 * @param <T> the row type
 */
public record ParsedResults<T>(List<T> rows, String raw, List<String> problems) {

  public ParsedResults {
    rows = List.copyOf(rows);
    raw = raw == null ? "" : raw;
    problems = List.copyOf(problems);
  }

  /** No rows and no text. */
  public static <T> ParsedResults<T> empty() {
    return new ParsedResults<>(List.of(), "", List.of());
  }

  /** Whether every part of the text was read (an empty text is complete). */
  public boolean isComplete() {
    return problems.isEmpty();
  }

  /**
   * The rows, or a {@link ResponseFormatException} naming what could not be read.
   *
   * @throws ResponseFormatException when some part of the text was not understood
   */
  public List<T> requireComplete() {
    if (!problems.isEmpty()) {
      throw new ResponseFormatException(
          "Could not read the service's result text: "
              + String.join("; ", problems)
              + " (the original text is kept in raw())",
          null);
    }
    return rows;
  }

  @Override
  public String toString() {
    return "ParsedResults{rows="
        + rows.size()
        + (problems.isEmpty() ? "" : ", problems=" + problems.size())
        + '}';
  }
}
