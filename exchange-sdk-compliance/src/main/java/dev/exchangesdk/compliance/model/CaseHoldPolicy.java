package dev.exchangesdk.compliance.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A case hold policy as {@code Get-CaseHoldPolicy} / {@code New-CaseHoldPolicy} return it. Absent
 * texts are empty strings. Immutable and thread-safe.
 *
 * @param name {@code Name}
 * @param identity {@code Identity}
 * @param guid {@code Guid}
 * @param caseId {@code CaseId}
 * @param workload {@code Workload}, e.g. {@code Exchange, SharePoint}
 * @param enabled {@code Enabled}
 * @param mode {@code Mode}, e.g. {@code Enforce}
 * @param status {@code DistributionStatus} (or {@code Status} when that is what the service sent)
 * @param comment {@code Comment}
 * @param exchangeLocations {@code ExchangeLocation}
 * @param sharePointLocations {@code SharePointLocation}
 * @param publicFolderLocations {@code PublicFolderLocation}
 * @param raw every property as sent
 */
public record CaseHoldPolicy(
    String name,
    String identity,
    String guid,
    String caseId,
    String workload,
    boolean enabled,
    String mode,
    String status,
    String comment,
    List<String> exchangeLocations,
    List<String> sharePointLocations,
    List<String> publicFolderLocations,
    Map<String, Object> raw) {

  public CaseHoldPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(comment, "comment");
    exchangeLocations = List.copyOf(exchangeLocations);
    sharePointLocations = List.copyOf(sharePointLocations);
    publicFolderLocations = List.copyOf(publicFolderLocations);
    raw = RawProperties.freeze(raw);
  }
}
