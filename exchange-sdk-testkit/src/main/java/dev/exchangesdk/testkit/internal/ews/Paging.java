package dev.exchangesdk.testkit.internal.ews;

import java.util.List;
import org.w3c.dom.Element;

/**
 * The paging views of FindItem and FindFolder: {@code IndexedPageItemView} (offset from the
 * beginning or the end), {@code FractionalPageItemView}, and no view (everything). Pages hold at
 * most 1000 entries, as on Exchange Online.
 *
 * <p>Immutable and thread-safe.
 */
record Paging(int max, int offset, boolean fromEnd, int numerator, int denominator) {
  static final int MAX_PAGE = 1000;

  /** Reads the view of a FindItem/FindFolder request. */
  static Paging of(Element op) throws EwsError {
    Element indexed = Dom.m(op, "IndexedPageItemView");
    if (indexed != null) {
      return new Paging(
          max(indexed),
          Integer.parseInt(indexed.getAttribute("Offset").trim()),
          "End".equals(indexed.getAttribute("BasePoint")),
          -1,
          -1);
    }
    Element fractional = Dom.m(op, "FractionalPageItemView");
    if (fractional != null) {
      int den = Integer.parseInt(fractional.getAttribute("Denominator").trim());
      if (den <= 0) {
        throw EwsError.invalidRequest(
            "The Denominator of FractionalPageItemView must be positive.");
      }
      return new Paging(
          max(fractional),
          0,
          false,
          Integer.parseInt(fractional.getAttribute("Numerator").trim()),
          den);
    }
    return new Paging(Integer.MAX_VALUE, 0, false, -1, -1);
  }

  private static int max(Element view) {
    String v = Dom.attr(view, "MaxEntriesReturned");
    return v == null ? MAX_PAGE : Math.min(MAX_PAGE, Integer.parseInt(v.trim()));
  }

  /** One page of a result list and the paging attributes for the response. */
  record Page<T>(
      List<T> entries, int nextOffset, int total, boolean last, int numerator, int denominator) {}

  <T> Page<T> apply(List<T> all) {
    int total = all.size();
    int start;
    if (numerator >= 0) {
      start = (int) Math.min(total, (long) total * numerator / denominator);
    } else if (fromEnd) {
      start = Math.max(0, total - offset - Math.min(max, total));
    } else {
      start = Math.min(offset, total);
    }
    int end = (int) Math.min(total, (long) start + max);
    if (fromEnd) {
      end = Math.max(start, total - offset);
    }
    List<T> entries = all.subList(start, end);
    return new Page<>(
        entries,
        fromEnd ? offset + entries.size() : end,
        total,
        end >= total,
        numerator >= 0 ? end : -1,
        numerator >= 0 ? total : -1);
  }

  /** Writes the paging attributes on a RootFolder element. */
  static void attributes(XmlWriter w, Page<?> page) {
    if (page.numerator() >= 0) {
      w.attr("NumeratorOffset", page.numerator()).attr("AbsoluteDenominator", page.denominator());
    } else {
      w.attr("IndexedPagingOffset", page.nextOffset());
    }
    w.attr("TotalItemsInView", page.total()).attr("IncludesLastItemInRange", page.last());
  }
}
