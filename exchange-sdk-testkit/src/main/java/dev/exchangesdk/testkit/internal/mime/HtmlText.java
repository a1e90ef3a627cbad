package dev.exchangesdk.testkit.internal.mime;

/**
 * A plain-text rendering of HTML, good enough for the text part of generated mail and for EWS
 * {@code BodyType="Text"} requests on HTML items.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlText {
  private HtmlText() {}

  public static String toText(String html) {
    if (html == null) {
      return null;
    }
    String s = html.replaceAll("(?is)<(script|style|head)[^>]*>.*?</\\1>", "");
    s = s.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("(?i)</(p|div|tr|li|h[1-6])>", "\n");
    s = s.replaceAll("<[^>]*>", "");
    s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">");
    s = s.replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    s = s.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    return s.strip();
  }

  /** Wraps text as the simple HTML Exchange produces for a text body. */
  public static String toHtml(String text) {
    String escaped =
        text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\n", "<br>\r\n");
    return "<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n"
        + "</head>\r\n<body>\r\n<div>"
        + escaped
        + "</div>\r\n</body>\r\n</html>\r\n";
  }
}
