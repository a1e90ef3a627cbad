package dev.exchangesdk.compliance.model;

import java.util.Map;
import java.util.Objects;

/**
 * A case hold rule as {@code Get-CaseHoldRule} / {@code New-CaseHoldRule} return it: the query that
 * selects what a case hold policy keeps. Absent texts are empty strings. Immutable and thread-safe.
 *
 * @param name {@code Name}
 * @param identity {@code Identity}
 * @param guid {@code Guid}
 * @param policy {@code Policy}: the hold policy's id or name
 * @param enabled {@code Enabled} (or not {@code Disabled} when only that was sent)
 * @param mode {@code Mode}
 * @param status {@code DistributionStatus} or {@code Status}
 * @param contentMatchQuery {@code ContentMatchQuery} (KQL)
 * @param comment {@code Comment}
 * @param raw every property as sent
 */
public record CaseHoldRule(
    String name,
    String identity,
    String guid,
    String policy,
    boolean enabled,
    String mode,
    String status,
    String contentMatchQuery,
    String comment,
    Map<String, Object> raw) {

  public CaseHoldRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(contentMatchQuery, "contentMatchQuery");
    Objects.requireNonNull(comment, "comment");
    raw = RawProperties.freeze(raw);
  }
}
