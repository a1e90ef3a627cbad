package dev.exchangesdk.compliance.model;

import dev.exchangesdk.compliance.internal.ResultStrings;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A compliance search action (preview, purge or export) as {@code Get-ComplianceSearchAction}
 * returns it. Its name is {@code {searchName}_{Preview|Purge|Export}}.
 *
 * <p>{@link #results()} is the service's result text; {@link #previewResults()} and {@link
 * #purgeResults()} read it into rows (reading never fails; see {@link ParsedResults}). Absent texts
 * are empty strings. {@link #raw()} holds every property the service sent. Immutable and
 * thread-safe.
 *
 * @param name {@code Name}, e.g. {@code phish-42_Purge}
 * @param identity {@code Identity}
 * @param searchName {@code SearchName}
 * @param action {@code Action}: {@code Preview}, {@code Purge}, {@code Export} ...
 * @param status {@code Status}
 * @param caseId {@code CaseId}
 * @param caseName {@code CaseName}
 * @param job creation, run and job properties
 * @param locations the location and exclusion lists the action covers (those of its search), as the
 *     service reports them; empty lists when it sends none
 * @param results {@code Results}, the service's result text
 * @param estimateSearchJobId {@code EstimateSearchJobId}
 * @param estimateSearchRunId {@code EstimateSearchRunId}
 * @param retry {@code Retry}
 * @param raw every property as sent
 */
public record SearchAction(
    String name,
    String identity,
    String searchName,
    String action,
    SearchActionStatus status,
    String caseId,
    String caseName,
    JobDetails job,
    SearchLocations locations,
    String results,
    String estimateSearchJobId,
    String estimateSearchRunId,
    boolean retry,
    Map<String, Object> raw) {

  public SearchAction {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(searchName, "searchName");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(caseName, "caseName");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(locations, "locations");
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(estimateSearchJobId, "estimateSearchJobId");
    Objects.requireNonNull(estimateSearchRunId, "estimateSearchRunId");
    raw = RawProperties.freeze(raw);
  }

  /** Whether this is a purge action. */
  public boolean isPurge() {
    return action.toLowerCase(Locale.ROOT).contains("purge");
  }

  /** Whether this is a preview action. */
  public boolean isPreview() {
    return action.toLowerCase(Locale.ROOT).contains("preview");
  }

  /** {@link #results()} read as preview rows (location, sender, subject, ...). */
  public ParsedResults<PreviewItem> previewResults() {
    return ResultStrings.previewResults(results);
  }

  /** {@link #results()} read as purge results (purge type, totals, per-location rows). */
  public PurgeResults purgeResults() {
    return ResultStrings.purgeResults(results);
  }

  @Override
  public String toString() {
    return "SearchAction{name=" + name + ", action=" + action + ", status=" + status + '}';
  }
}
