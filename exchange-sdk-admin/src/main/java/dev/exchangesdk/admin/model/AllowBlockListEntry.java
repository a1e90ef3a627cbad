package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.Map;

/**
 * An entry of the Tenant Allow/Block List, as listed, added or removed. Immutable and thread-safe.
 *
 * @param identity the entry id (pass it to a removal by ids)
 * @param value the sender, hash, URL or IP
 * @param action {@code Allow} or {@code Block}
 * @param listSubType e.g. {@code Tenant}
 * @param notes the notes given when it was added
 * @param expirationDate when it expires, or null when it never does
 * @param lastModifiedDateTime when it last changed
 * @param modifiedBy who changed it
 * @param objectState e.g. {@code Active}, {@code Deleted} (after a removal)
 * @param submissionId the submission it came from, if any
 * @param sysManaged whether the system manages it
 * @param entryValueHash the service's hash of the value
 * @param error the service's error for this entry (e.g. a syntax error), or null when it has none
 *     (an empty text from the service counts as none)
 * @param raw every property the service returned
 */
public record AllowBlockListEntry(
    String identity,
    String value,
    String action,
    String listSubType,
    String notes,
    Instant expirationDate,
    Instant lastModifiedDateTime,
    String modifiedBy,
    String objectState,
    String submissionId,
    Boolean sysManaged,
    String entryValueHash,
    String error,
    Map<String, Object> raw) {
  public AllowBlockListEntry {
    raw = Immutable.map(raw);
  }
}
