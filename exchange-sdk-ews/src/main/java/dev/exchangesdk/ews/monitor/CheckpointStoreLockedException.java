package dev.exchangesdk.ews.monitor;

/**
 * A {@link FileCheckpointStore} directory is already in use by another store (in this process or
 * another): two monitors must not share checkpoint files unknowingly.
 */
public class CheckpointStoreLockedException extends CheckpointException {
  private static final long serialVersionUID = 1L;

  public CheckpointStoreLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
