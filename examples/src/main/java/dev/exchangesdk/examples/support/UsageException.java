package dev.exchangesdk.examples.support;

/** A command was called with missing or contradicting options; exits with status 2. */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
