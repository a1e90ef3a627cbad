package dev.exchangesdk.compliance.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A compliance case as {@code Get-ComplianceCase} / {@code New-ComplianceCase} return it. Absent
 * texts are empty strings. Immutable and thread-safe.
 *
 * @param name {@code Name}
 * @param identity {@code Identity}
 * @param guid {@code GUID}
 * @param caseType {@code CaseType}, when the service sent one
 * @param status {@code Status}, e.g. {@code Active} or {@code Closed}
 * @param description {@code Description}
 * @param externalId {@code ExternalId}
 * @param createdDateTime {@code CreatedDateTime}
 * @param raw every property as sent
 */
public record ComplianceCase(
    String name,
    String identity,
    String guid,
    Optional<CaseType> caseType,
    String status,
    String description,
    String externalId,
    Optional<Instant> createdDateTime,
    Map<String, Object> raw) {

  public ComplianceCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(caseType, "caseType");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(externalId, "externalId");
    Objects.requireNonNull(createdDateTime, "createdDateTime");
    raw = RawProperties.freeze(raw);
  }
}
