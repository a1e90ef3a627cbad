package dev.exchangesdk.admin.model;

/** What {@code Release-QuarantineMessage} does ({@code -ActionType}). */
public enum QuarantineReleaseAction {
  /** Release the message, or approve a user's release request. */
  RELEASE("Release"),
  /** Deny a user's release request. */
  DENY("Deny"),
  /** Request a release (as a user). */
  REQUEST("Request");

  private final String wireName;

  QuarantineReleaseAction(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
