package dev.exchangesdk.ews.monitor;

/**
 * A checkpoint document as a {@link CheckpointStore} holds it: its version and its bytes.
 *
 * <p>Immutable and thread-safe.
 */
public final class StoredCheckpoint {
  private final long version;
  private final byte[] data;

  /**
   * @param version the version, at least 1 (each save adds one)
   * @param data the document (copied)
   */
  public StoredCheckpoint(long version, byte[] data) {
    if (version < 1) {
      throw new IllegalArgumentException("a stored checkpoint has version 1 or more");
    }
    this.version = version;
    this.data = data.clone();
  }

  public long version() {
    return version;
  }

  /** A copy of the document. */
  public byte[] data() {
    return data.clone();
  }

  /** The document's length in bytes. */
  public int size() {
    return data.length;
  }

  @Override
  public String toString() {
    return "StoredCheckpoint{version=" + version + ", " + data.length + " bytes}";
  }
}
