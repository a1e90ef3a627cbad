package dev.exchangesdk.testkit.internal.store;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Opaque EWS identifiers that look like the real ones: long standard-Base64 strings (folder ids are
 * 120 characters, like Exchange Online's), carrying the owning mailbox's GUID, a kind and a serial
 * number, and a checksum so that a mangled id is told apart from an unknown one (EWS answers {@code
 * ErrorInvalidIdMalformed} for the first and {@code ErrorItemNotFound} for the second).
 *
 * <p>Stateless and thread-safe.
 */
public final class Ids {
  /** What an id points at. */
  public enum Kind {
    FOLDER('F', 90),
    ITEM('I', 114),
    ATTACHMENT('A', 132),
    CONVERSATION('C', 57);

    final byte tag;
    final int length;

    Kind(char tag, int length) {
      this.tag = (byte) tag;
      this.length = length;
    }
  }

  /** A decoded id. {@code secondary} is the attachment serial for attachment ids, else 0. */
  public record Decoded(Kind kind, UUID mailboxGuid, long serial, long secondary) {}

  private static final byte[] MAGIC = {0x00, 0x00, 0x03};

  private Ids() {}

  /** Encodes an id of {@code kind} for an object of a mailbox. */
  public static String encode(Kind kind, UUID mailboxGuid, long serial, long secondary) {
    ByteBuffer b = ByteBuffer.allocate(kind.length);
    b.put(MAGIC).put(kind.tag);
    b.putLong(mailboxGuid.getMostSignificantBits()).putLong(mailboxGuid.getLeastSignificantBits());
    b.putLong(serial).putLong(secondary);
    // Filler derived from the content, so ids are deterministic and as long as real ones.
    long filler = serial * 0x9E3779B97F4A7C15L ^ mailboxGuid.getLeastSignificantBits();
    while (b.position() < kind.length - 4) {
      filler = filler * 6364136223846793005L + 1442695040888963407L;
      b.put((byte) (filler >>> 56));
    }
    CRC32 crc = new CRC32();
    crc.update(b.array(), 0, kind.length - 4);
    b.putInt((int) crc.getValue());
    return Base64.getEncoder().encodeToString(b.array());
  }

  /**
   * Decodes an id, or returns {@code null} when it is malformed (not Base64, wrong length, bad
   * checksum, or not of the expected kind).
   */
  public static Decoded decode(String id, Kind expected) {
    if (id == null || id.isBlank()) {
      return null;
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(id.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (raw.length != expected.length || raw[3] != expected.tag) {
      return null;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (raw[i] != MAGIC[i]) {
        return null;
      }
    }
    CRC32 crc = new CRC32();
    crc.update(raw, 0, raw.length - 4);
    ByteBuffer b = ByteBuffer.wrap(raw);
    if (b.getInt(raw.length - 4) != (int) crc.getValue()) {
      return null;
    }
    b.position(4);
    UUID guid = new UUID(b.getLong(), b.getLong());
    return new Decoded(expected, guid, b.getLong(), b.getLong());
  }

  /** A ChangeKey for a version of an object: opaque, changes with every modification. */
  public static String changeKey(String prefix, UUID mailboxGuid, long serial, int version) {
    ByteBuffer b = ByteBuffer.allocate(30);
    b.put(prefix.equals("item") ? new byte[] {0x09, 0x00, 0x00, 0x00} : new byte[] {0x01, 0, 0, 0});
    b.put((byte) 0x16).put(new byte[] {0, 0, 0});
    b.putLong(mailboxGuid.getMostSignificantBits() ^ serial);
    b.putLong(mailboxGuid.getLeastSignificantBits());
    b.putInt(version);
    b.putShort((short) 0);
    return Base64.getEncoder().encodeToString(b.array());
  }
}
