package dev.exchangesdk.compliance.internal;

import com.squareup.moshi.JsonReader;
import dev.exchangesdk.core.AccessToken;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.TokenCredential;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import okio.Buffer;

/**
 * Whether a token was issued to an application alone (client credentials) or on behalf of a user,
 * read from its claims without verifying it (the service does that): app-only tokens carry no
 * {@code scp} claim, and Entra sets {@code idtyp} to {@code app} when asked. Used only to explain a
 * refusal; never logged. Thread-safe.
 */
public enum TokenKind {
  APP_ONLY,
  DELEGATED,
  /** Not a JWT, or its claims say neither. */
  UNKNOWN;

  /** The kind of the credential's current token; UNKNOWN when it cannot be obtained or read. */
  public static TokenKind of(TokenCredential credential, List<String> scopes) {
    try {
      AccessToken token = credential.getToken(scopes);
      return of(token.token());
    } catch (ExchangeException | IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  static TokenKind of(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return UNKNOWN;
    }
    byte[] payload;
    try {
      payload = Base64.getUrlDecoder().decode(parts[1]);
    } catch (IllegalArgumentException notBase64) {
      return UNKNOWN;
    }
    boolean scp = false;
    boolean roles = false;
    String idtyp = null;
    try (JsonReader r = JsonReader.of(new Buffer().write(payload))) {
      if (r.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return UNKNOWN;
      }
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (name.equals("idtyp") && r.peek() == JsonReader.Token.STRING) {
          idtyp = r.nextString();
        } else {
          scp |= name.equals("scp");
          roles |= name.equals("roles");
          r.skipValue();
        }
      }
    } catch (IOException | RuntimeException malformed) {
      return UNKNOWN;
    }
    if ("app".equalsIgnoreCase(idtyp) || (roles && !scp)) {
      return APP_ONLY;
    }
    if ("user".equalsIgnoreCase(idtyp) || scp) {
      return DELEGATED;
    }
    return UNKNOWN;
  }
}
