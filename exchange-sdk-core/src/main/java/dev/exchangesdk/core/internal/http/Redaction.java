package dev.exchangesdk.core.internal.http;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Removes secrets from text bound for logs and exception messages. */
public final class Redaction {
  public static final String REDACTED = "<redacted>";

  private static final Set<String> SECRET_HEADERS =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "set-cookie",
          "x-backendoverridecookie");

  private static final Set<String> SECRET_PARAMS =
      Set.of(
          "client_assertion",
          "client_secret",
          "password",
          "access_token",
          "refresh_token",
          "id_token",
          "assertion",
          "code",
          "sig",
          "signature");

  // name=value pairs in form bodies and query strings, and "name":"value" pairs in JSON.
  private static final Pattern FORM_SECRET =
      Pattern.compile(
          "(?i)\\b(client_assertion|client_secret|password|access_token|refresh_token|id_token|assertion)=([^&\\s]+)");
  private static final Pattern JSON_SECRET =
      Pattern.compile(
          // Any key containing "password": cmdlet parameters such as PasswordV2 carry plain text.
          "(?i)\"(client_assertion|client_secret|access_token|refresh_token|id_token|assertion|[A-Za-z_]*password[A-Za-z0-9_]*)\"\\s*:\\s*\"([^\"]*)\"");
  private static final Pattern BEARER = Pattern.compile("(?i)\\bBearer\\s+[A-Za-z0-9\\-._~+/]+=*");
  // Three base64url segments: a JWT wherever it appears.
  private static final Pattern JWT =
      Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");

  private Redaction() {}

  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  /** The URL with the values of secret-looking query parameters replaced. */
  public static String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    HttpUrl.Builder b = url.newBuilder();
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      if (SECRET_PARAMS.contains(name.toLowerCase(Locale.ROOT))) {
        b.setQueryParameter(name, REDACTED);
      }
    }
    return b.build().toString();
  }

  /** Text with bearer tokens, JWTs and secret form/JSON fields replaced. */
  public static String text(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String s = replaceGroup(FORM_SECRET, text, 2);
    s = replaceGroup(JSON_SECRET, s, 2);
    s = BEARER.matcher(s).replaceAll("Bearer " + REDACTED);
    return JWT.matcher(s).replaceAll(REDACTED);
  }

  /** Redacted text on one line with control characters removed, at most {@code max} chars. */
  public static String oneLine(String text, int max) {
    String s = text(text);
    StringBuilder out = new StringBuilder(Math.min(s.length(), max));
    boolean lastSpace = false;
    for (int i = 0; i < s.length() && out.length() < max; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        if (!lastSpace && out.length() > 0) {
          out.append(' ');
        }
        lastSpace = true;
      } else {
        out.append(c);
        lastSpace = false;
      }
    }
    String r = out.toString().strip();
    return s.length() > max ? r + "..." : r;
  }

  private static String replaceGroup(Pattern pattern, String input, int group) {
    Matcher m = pattern.matcher(input);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(input, last, m.start(group)).append(REDACTED);
      last = m.end(group);
    }
    return sb.append(input, last, input.length()).toString();
  }
}
