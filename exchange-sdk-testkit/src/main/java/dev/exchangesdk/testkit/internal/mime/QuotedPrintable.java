package dev.exchangesdk.testkit.internal.mime;

/**
 * Quoted-printable encoding (RFC 2045 section 6.7) with CRLF line breaks and soft breaks at 76
 * characters.
 *
 * <p>Stateless and thread-safe.
 */
final class QuotedPrintable {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private QuotedPrintable() {}

  static String encode(byte[] data) {
    StringBuilder out = new StringBuilder(data.length + data.length / 8);
    int lineLength = 0;
    for (int i = 0; i < data.length; i++) {
      int b = data[i] & 0xff;
      if (b == '\r' && i + 1 < data.length && data[i + 1] == '\n') {
        out.append("\r\n");
        lineLength = 0;
        i++;
        continue;
      }
      if (b == '\n') {
        out.append("\r\n");
        lineLength = 0;
        continue;
      }
      boolean lineEndsHere = i + 1 == data.length || data[i + 1] == '\n' || data[i + 1] == '\r';
      String token;
      if ((b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lineEndsHere)) {
        token = String.valueOf((char) b);
      } else {
        token = "=" + HEX[b >> 4] + HEX[b & 0xf];
      }
      if (lineLength + token.length() > 75) {
        out.append("=\r\n");
        lineLength = 0;
      }
      out.append(token);
      lineLength += token.length();
    }
    return out.toString();
  }
}
