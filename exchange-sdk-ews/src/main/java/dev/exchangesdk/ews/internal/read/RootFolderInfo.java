package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.internal.xml.XmlCursor;
import javax.xml.stream.XMLStreamReader;

/**
 * The paging attributes of {@code m:RootFolder} in FindItem and FindFolder responses.
 *
 * @param indexedPagingOffset the offset of the next page, or {@code null}
 * @param totalItemsInView how many entries the whole view holds, or {@code null}
 * @param includesLastItemInRange whether this page reaches the end of the view
 */
public record RootFolderInfo(
    Integer indexedPagingOffset, Integer totalItemsInView, boolean includesLastItemInRange) {

  /** Reads the attributes of the {@code m:RootFolder} the reader is on (does not move it). */
  public static RootFolderInfo of(XMLStreamReader r) {
    return new RootFolderInfo(
        integer(XmlCursor.attribute(r, "IndexedPagingOffset")),
        integer(XmlCursor.attribute(r, "TotalItemsInView")),
        "true".equalsIgnoreCase(strip(XmlCursor.attribute(r, "IncludesLastItemInRange"))));
  }

  /**
   * The offset of the page after one requested at {@code offset} that returned {@code returned}
   * entries, or {@code null} when there is none. Never loops: an empty page, an offset that does
   * not move forward, or one past {@code TotalItemsInView} ends the walk even if the server did not
   * set {@code IncludesLastItemInRange}.
   */
  public Integer nextOffset(int offset, int returned) {
    if (includesLastItemInRange || returned == 0) {
      return null;
    }
    int next = indexedPagingOffset != null ? indexedPagingOffset : offset + returned;
    if (next <= offset) {
      return null;
    }
    if (totalItemsInView != null && next >= totalItemsInView) {
      return null;
    }
    return next;
  }

  private static Integer integer(String s) {
    try {
      return s == null ? null : Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String strip(String s) {
    return s == null ? null : s.strip();
  }
}
