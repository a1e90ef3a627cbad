package dev.exchangesdk.testkit.internal.auth;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import java.util.Map;

/**
 * A compact JWS (JSON Web Token) split into its parts, with RS256/PS256 signing and verification.
 *
 * <p>Immutable and thread-safe.
 */
public final class Jwt {
  private static final JsonAdapter<Map<String, Object>> JSON =
      new Moshi.Builder()
          .build()
          .adapter(Types.newParameterizedType(Map.class, String.class, Object.class));

  private final Map<String, Object> header;
  private final Map<String, Object> claims;
  private final String signingInput;
  private final byte[] signature;

  private Jwt(Map<String, Object> header, Map<String, Object> claims, String input, byte[] sig) {
    this.header = header;
    this.claims = claims;
    this.signingInput = input;
    this.signature = sig;
  }

  /** Parses a compact JWS; {@code null} when it is not one. */
  public static Jwt parse(String compact) {
    if (compact == null) {
      return null;
    }
    String[] parts = compact.trim().split("\\.", -1);
    if (parts.length != 3) {
      return null;
    }
    try {
      Base64.Decoder d = Base64.getUrlDecoder();
      Map<String, Object> header =
          JSON.fromJson(new String(d.decode(parts[0]), StandardCharsets.UTF_8));
      Map<String, Object> claims =
          JSON.fromJson(new String(d.decode(parts[1]), StandardCharsets.UTF_8));
      if (header == null || claims == null) {
        return null;
      }
      return new Jwt(header, claims, parts[0] + "." + parts[1], d.decode(parts[2]));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Signs claims with RS256 and returns the compact form. */
  public static String sign(
      Map<String, Object> header, Map<String, Object> claims, PrivateKey key) {
    Base64.Encoder e = Base64.getUrlEncoder().withoutPadding();
    String input =
        e.encodeToString(JSON.toJson(header).getBytes(StandardCharsets.UTF_8))
            + "."
            + e.encodeToString(JSON.toJson(claims).getBytes(StandardCharsets.UTF_8));
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      s.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + e.encodeToString(s.sign());
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("Cannot sign a token", ex);
    }
  }

  public Map<String, Object> header() {
    return header;
  }

  public Map<String, Object> claims() {
    return claims;
  }

  public String headerString(String name) {
    Object v = header.get(name);
    return v instanceof String s ? s : null;
  }

  public String claimString(String name) {
    Object v = claims.get(name);
    return v instanceof String s ? s : null;
  }

  /** A numeric date claim ({@code exp}, {@code nbf}) in epoch seconds, or {@code null}. */
  public Long claimSeconds(String name) {
    Object v = claims.get(name);
    return v instanceof Number n ? n.longValue() : null;
  }

  /** Verifies the signature with the algorithm the header names (RS256 or PS256 only). */
  public boolean verify(PublicKey key) {
    String alg = headerString("alg");
    try {
      Signature s;
      if ("RS256".equals(alg)) {
        s = Signature.getInstance("SHA256withRSA");
      } else if ("PS256".equals(alg)) {
        s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
      } else {
        return false;
      }
      s.initVerify(key);
      s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
