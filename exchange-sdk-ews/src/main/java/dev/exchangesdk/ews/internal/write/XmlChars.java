package dev.exchangesdk.ews.internal.write;

import dev.exchangesdk.core.InvalidRequestException;

/**
 * The characters XML 1.0 can carry in text and attribute values.
 *
 * <p>Stateless and thread-safe.
 */
public final class XmlChars {
  private XmlChars() {}

  /** The index of the first character XML 1.0 does not allow, or -1. */
  public static int firstInvalid(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0xFFFE || c == 0xFFFF) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks a caller's value before a request is built.
   *
   * @throws InvalidRequestException naming {@code field} and the character
   */
  public static String require(String value, String field) {
    if (value == null) {
      return null;
    }
    int bad = firstInvalid(value);
    if (bad >= 0) {
      throw new InvalidRequestException(
          String.format(
              "%s contains the character U+%04X at position %d, which XML 1.0 (and so EWS) cannot"
                  + " carry",
              field, (int) value.charAt(bad), bad));
    }
    return value;
  }
}
