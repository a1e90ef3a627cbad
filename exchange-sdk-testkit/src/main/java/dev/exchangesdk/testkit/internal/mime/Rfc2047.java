package dev.exchangesdk.testkit.internal.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 encoded words in headers ({@code =?UTF-8?B?...?=}, {@code =?iso-8859-1?Q?...?=}):
 * lenient decoding, and B-encoding of non-ASCII values for the headers the fake writes.
 *
 * <p>Stateless and thread-safe.
 */
public final class Rfc2047 {
  private static final Pattern WORD =
      Pattern.compile("=\\?([^?]+)\\?([bBqQ])\\?([^?]*)\\?=(\\s+(?==\\?))?");

  private Rfc2047() {}

  /** Decodes every encoded word; undecodable words are left as they are. */
  public static String decode(String value) {
    if (value == null || !value.contains("=?")) {
      return value;
    }
    Matcher m = WORD.matcher(value);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(value, last, m.start());
      String decoded = decodeWord(m.group(1), m.group(2), m.group(3));
      sb.append(decoded == null ? m.group() : decoded);
      last = m.end();
    }
    sb.append(value.substring(last));
    return sb.toString();
  }

  private static String decodeWord(String charsetName, String encoding, String text) {
    Charset cs;
    try {
      int star = charsetName.indexOf('*'); // RFC 2231 language suffix
      cs = Charset.forName(star < 0 ? charsetName : charsetName.substring(0, star));
    } catch (RuntimeException e) {
      return null;
    }
    try {
      if (encoding.equalsIgnoreCase("B")) {
        return new String(Base64.getDecoder().decode(text), cs);
      }
      byte[] qp =
          MimeParser.decodeQuotedPrintable(
              text.replace('_', ' ').getBytes(StandardCharsets.US_ASCII));
      return new String(qp, cs);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The value as is when it is printable ASCII, else one or more UTF-8 B-encoded words. */
  public static String encode(String value) {
    if (value == null || isAscii(value)) {
      return value;
    }
    StringBuilder sb = new StringBuilder();
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    int chunk = 45; // 45 bytes -> 60 Base64 chars, keeps each word under 75 characters
    int i = 0;
    while (i < bytes.length) {
      int end = Math.min(bytes.length, i + chunk);
      while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
        end--; // never split a UTF-8 sequence
      }
      if (sb.length() > 0) {
        sb.append("\r\n ");
      }
      sb.append("=?UTF-8?B?")
          .append(Base64.getEncoder().encodeToString(java.util.Arrays.copyOfRange(bytes, i, end)))
          .append("?=");
      i = end;
    }
    return sb.toString();
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 126 || (c < 32 && c != '\t')) {
        return false;
      }
    }
    return true;
  }
}
