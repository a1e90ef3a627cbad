package dev.exchangesdk.ews.monitor.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The two identities of a delivered mail: the idempotency key handed to the handler, and the 64-bit
 * hash the checkpoint remembers (8 bytes instead of a 150-character ItemId; two different items of
 * one folder collide with probability about n²/2⁶⁵, about 10⁻¹³ for the 1,500 ids a checkpoint
 * holds). Stateless and thread-safe.
 */
public final class ItemKeys {
  private ItemKeys() {}

  /**
   * base64url (no padding) of SHA-256 over the lower-case mailbox, {@code |}, the ItemId, and, when
   * given, {@code |} and the ChangeKey.
   */
  public static String idempotencyKey(String mailbox, String itemId, String changeKey) {
    byte[] d = digest(mailbox.toLowerCase(Locale.ROOT) + "|" + itemId, changeKey);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
  }

  /** The checkpoint's hash of an item (and version, when {@code changeKey} is given). */
  public static long hash(String itemId, String changeKey) {
    byte[] d = digest(itemId, changeKey);
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (d[i] & 0xff);
    }
    return h;
  }

  private static byte[] digest(String base, String changeKey) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(base.getBytes(StandardCharsets.UTF_8));
      if (changeKey != null) {
        md.update((byte) '|');
        md.update(changeKey.getBytes(StandardCharsets.UTF_8));
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
