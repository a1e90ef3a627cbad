package dev.exchangesdk.ews.monitor;

/**
 * A checkpoint was changed by someone else since it was read: another monitor instance works on the
 * same folder. The monitor stops polling that folder in this round; it reloads the checkpoint the
 * next time it holds the folder's lease.
 */
public class CheckpointConflictException extends CheckpointException {
  private static final long serialVersionUID = 1L;

  public CheckpointConflictException(String message) {
    super(message);
  }
}
