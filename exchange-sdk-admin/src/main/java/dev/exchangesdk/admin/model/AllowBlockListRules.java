package dev.exchangesdk.admin.model;

import dev.exchangesdk.core.InvalidRequestException;
import java.util.List;

/** The documented limits of Tenant Allow/Block List entries, checked before sending. */
final class AllowBlockListRules {
  static final int MAX_HASH_LENGTH = 64;
  static final int MAX_URL_LENGTH = 250;

  private AllowBlockListRules() {}

  static void validateEntries(List<String> entries, AllowBlockListType listType) {
    if (entries.isEmpty()) {
      throw new InvalidRequestException("At least one entry is required");
    }
    for (String e : entries) {
      if (e.isBlank()) {
        throw new InvalidRequestException("Entries must not be blank");
      }
      if (listType == AllowBlockListType.FILE_HASH && e.strip().length() > MAX_HASH_LENGTH) {
        throw new InvalidRequestException(
            "File hash entries are at most " + MAX_HASH_LENGTH + " characters: " + e);
      }
      if (listType == AllowBlockListType.URL && e.strip().length() > MAX_URL_LENGTH) {
        throw new InvalidRequestException(
            "URL entries are at most " + MAX_URL_LENGTH + " characters: " + e);
      }
    }
  }
}
