package dev.exchangesdk.admin.model;

/** Whether a Tenant Allow/Block List entry allows or blocks ({@code -Allow} or {@code -Block}). */
public enum AllowBlockAction {
  ALLOW("Allow"),
  BLOCK("Block");

  private final String wireName;

  AllowBlockAction(String wireName) {
    this.wireName = wireName;
  }

  /** The switch the cmdlets take: {@code Allow} or {@code Block}. */
  public String wireName() {
    return wireName;
  }
}
