package dev.exchangesdk.admin.model;

/** How a message trace matches {@code Subject} ({@code -SubjectFilterType}). */
public enum SubjectFilterType {
  STARTS_WITH("StartsWith"),
  ENDS_WITH("EndsWith"),
  /** Slowest; Microsoft recommends the other two where possible. */
  CONTAINS("Contains");

  private final String wireName;

  SubjectFilterType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
