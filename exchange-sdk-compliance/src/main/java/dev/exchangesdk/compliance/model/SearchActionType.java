package dev.exchangesdk.compliance.model;

import java.util.Objects;

/**
 * The kinds of compliance search action, and how the service names them: {@code
 * {searchName}_{Preview|Purge|Export}}. Thread-safe.
 */
public enum SearchActionType {
  PREVIEW("Preview"),
  PURGE("Purge"),
  EXPORT("Export");

  private final String suffix;

  SearchActionType(String suffix) {
    this.suffix = suffix;
  }

  /** The cmdlet's name for it: {@code Preview}, {@code Purge} or {@code Export}. */
  public String wireName() {
    return suffix;
  }

  /** The name the service gives this action of {@code searchName}, e.g. {@code phish-42_Purge}. */
  public String actionName(String searchName) {
    return Objects.requireNonNull(searchName, "searchName") + "_" + suffix;
  }
}
