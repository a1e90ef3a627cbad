package dev.exchangesdk.admin.model;

import dev.exchangesdk.admin.internal.Immutable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A mail flow (transport) rule ({@code Get-TransportRule}): the summary typed, every condition,
 * exception and action property in {@link #raw()}. Immutable and thread-safe.
 *
 * @param identity its identity
 * @param name its name
 * @param guid its GUID
 * @param immutableId its immutable id
 * @param state {@code Enabled} or {@code Disabled}
 * @param mode {@code Enforce}, {@code Audit} or {@code AuditAndNotify}
 * @param priority its order
 * @param description the service's description
 * @param comments the admin's comments
 * @param createdBy who created it
 * @param expiryDate when it stops applying, or null
 * @param quarantine whether it quarantines
 * @param size its size
 * @param conditions names of its conditions
 * @param exceptions names of its exceptions
 * @param actions names of its actions
 * @param routeMessageOutboundConnector the connector it routes through, or null
 * @param whenChanged when it last changed
 * @param raw every property the service returned
 */
public record TransportRule(
    String identity,
    String name,
    String guid,
    String immutableId,
    String state,
    String mode,
    Integer priority,
    String description,
    String comments,
    String createdBy,
    Instant expiryDate,
    Boolean quarantine,
    Long size,
    List<String> conditions,
    List<String> exceptions,
    List<String> actions,
    String routeMessageOutboundConnector,
    Instant whenChanged,
    Map<String, Object> raw) {
  public TransportRule {
    conditions = Immutable.list(conditions);
    exceptions = Immutable.list(exceptions);
    actions = Immutable.list(actions);
    raw = Immutable.map(raw);
  }
}
