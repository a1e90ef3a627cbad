package dev.exchangesdk.testkit.internal.ews;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An opaque, self-contained synchronization state: which objects (by serial) the client has seen,
 * at which version, for one folder of one mailbox. Encoded like Exchange's ({@code H4sI...}: gzip,
 * then Base64) and protected by a checksum keyed with the tenant, so a tampered, truncated or
 * foreign state is rejected with {@code ErrorInvalidSyncStateData}. It records the tenant's
 * sync-state epoch when it was issued, so that revoking the states issued so far needs no list of
 * them.
 *
 * <p>Immutable once decoded; thread-safe.
 */
final class SyncState {
  private static final int MAGIC = 0x46585332; // "FXS2"
  private static final long MAX_INFLATED = 64L * 1024 * 1024;

  final char kind;
  final UUID mailbox;
  final long folderSerial;

  /** The tenant's sync-state epoch when this state was issued. */
  final long epoch;

  /** Object serial to version (for items: content version * 2 + read flag). */
  final TreeMap<Long, Long> seen;

  SyncState(char kind, UUID mailbox, long folderSerial, long epoch, Map<Long, Long> seen) {
    this.kind = kind;
    this.mailbox = mailbox;
    this.folderSerial = folderSerial;
    this.epoch = epoch;
    this.seen = new TreeMap<>(seen);
  }

  String encode(UUID tenantKey) {
    try {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(raw);
      out.writeInt(MAGIC);
      out.writeChar(kind);
      out.writeLong(mailbox.getMostSignificantBits());
      out.writeLong(mailbox.getLeastSignificantBits());
      out.writeLong(folderSerial);
      writeVarLong(out, epoch);
      writeVarLong(out, seen.size());
      long previous = 0;
      for (Map.Entry<Long, Long> e : seen.entrySet()) {
        writeVarLong(out, e.getKey() - previous);
        writeVarLong(out, e.getValue());
        previous = e.getKey();
      }
      out.writeLong(checksum(raw.toByteArray(), tenantKey));
      out.flush();
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(raw.toByteArray());
      }
      return Base64.getEncoder().encodeToString(zipped.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes a state, or returns {@code null} when it is not one this tenant issued. */
  static SyncState decode(String text, UUID tenantKey) {
    try {
      byte[] zipped = Base64.getDecoder().decode(text.trim());
      byte[] raw;
      try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
        raw = gz.readNBytes((int) MAX_INFLATED);
      }
      if (raw.length < 12) {
        return null;
      }
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw));
      if (in.readInt() != MAGIC) {
        return null;
      }
      char kind = in.readChar();
      UUID mailbox = new UUID(in.readLong(), in.readLong());
      long folder = in.readLong();
      long epoch = readVarLong(in);
      long count = readVarLong(in);
      Map<Long, Long> seen = new TreeMap<>();
      long serial = 0;
      for (long i = 0; i < count; i++) {
        serial += readVarLong(in);
        seen.put(serial, readVarLong(in));
      }
      int bodyLength = raw.length - in.available();
      long sum = in.readLong();
      if (sum != checksum(java.util.Arrays.copyOf(raw, bodyLength), tenantKey)
          || in.available() != 0) {
        return null;
      }
      return new SyncState(kind, mailbox, folder, epoch, seen);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }

  private static long checksum(byte[] data, UUID key) {
    CRC32 crc = new CRC32();
    crc.update(data);
    long a = crc.getValue();
    CRC32 keyed = new CRC32();
    keyed.update(
        Long.toString(key.getMostSignificantBits() ^ key.getLeastSignificantBits())
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    keyed.update(data);
    return (a << 32) | keyed.getValue();
  }

  private static void writeVarLong(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long result = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      result |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) {
        return result;
      }
    }
    throw new IOException("varint too long");
  }
}
