package dev.exchangesdk.compliance.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A compliance (content) search as {@code Get-ComplianceSearch} returns it, with its {@code
 * SuccessResults} read into per-location rows.
 *
 * <p>Field mapping: every component names its cmdlet property; the job and creation properties are
 * grouped in {@link JobDetails}, the location lists in {@link SearchLocations}. Absent texts are
 * empty strings, absent flags false, absent counts 0. {@link #raw()} holds every property the
 * service sent (OData annotations removed), for what the typed fields do not cover. Immutable and
 * thread-safe.
 *
 * @param name {@code Name}
 * @param identity {@code Identity}
 * @param status {@code Status}
 * @param contentMatchQuery {@code ContentMatchQuery} (KQL)
 * @param description {@code Description}
 * @param caseId {@code CaseId}
 * @param caseName {@code CaseName}
 * @param job creation, run and job properties
 * @param items {@code Items}: matching items over all locations
 * @param size {@code Size}: their total size in bytes
 * @param logLevel {@code LogLevel}
 * @param locations the location and exclusion lists
 * @param allowNotFoundExchangeLocationsEnabled {@code AllowNotFoundExchangeLocationsEnabled}
 * @param azureBatchFrameworkEnabled {@code AzureBatchFrameworkEnabled}
 * @param valid {@code IsValid}
 * @param tenantId {@code TenantId}
 * @param successResults {@code SuccessResults}, read into rows (the text is in {@code raw()})
 * @param raw every property as sent: values are null, String, Boolean, Long, BigInteger,
 *     BigDecimal, List or Map
 */
public record ComplianceSearch(
    String name,
    String identity,
    SearchStatus status,
    String contentMatchQuery,
    String description,
    String caseId,
    String caseName,
    JobDetails job,
    long items,
    long size,
    String logLevel,
    SearchLocations locations,
    boolean allowNotFoundExchangeLocationsEnabled,
    boolean azureBatchFrameworkEnabled,
    boolean valid,
    String tenantId,
    ParsedResults<LocationResult> successResults,
    Map<String, Object> raw) {

  public ComplianceSearch {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(contentMatchQuery, "contentMatchQuery");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseName, "caseName");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(logLevel, "logLevel");
    Objects.requireNonNull(locations, "locations");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(successResults, "successResults");
    raw = RawProperties.freeze(raw);
  }

  /** The locations with at least one matching item (the service also lists empty ones). */
  public List<LocationResult> locationsWithHits() {
    return successResults.rows().stream().filter(r -> r.itemCount() > 0).toList();
  }

  @Override
  public String toString() {
    return "ComplianceSearch{name="
        + name
        + ", status="
        + status
        + ", items="
        + items
        + ", locations="
        + successResults.rows().size()
        + '}';
  }
}
