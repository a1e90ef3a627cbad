package dev.exchangesdk.ews.monitor;

/**
 * A stored checkpoint is damaged (checksum mismatch, truncated, unreadable, written by an unknown
 * format version, or stored under another key). The monitor stops that folder and reports this on
 * every poll rather than starting over and re-delivering or skipping mail: restore the checkpoint
 * from a backup, or delete it to start the folder afresh (its first-fetch window applies again).
 */
public class CorruptCheckpointException extends CheckpointException {
  private static final long serialVersionUID = 1L;

  private final String key;

  public CorruptCheckpointException(String key, String message, Throwable cause) {
    super(message, cause);
    this.key = key;
  }

  /** The key of the damaged checkpoint. */
  public String key() {
    return key;
  }
}
