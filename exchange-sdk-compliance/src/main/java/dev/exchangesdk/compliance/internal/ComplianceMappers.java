package dev.exchangesdk.compliance.internal;

import dev.exchangesdk.compliance.model.CaseHoldPolicy;
import dev.exchangesdk.compliance.model.CaseHoldRule;
import dev.exchangesdk.compliance.model.CaseType;
import dev.exchangesdk.compliance.model.ComplianceCase;
import dev.exchangesdk.compliance.model.ComplianceSearch;
import dev.exchangesdk.compliance.model.JobDetails;
import dev.exchangesdk.compliance.model.SearchAction;
import dev.exchangesdk.compliance.model.SearchActionStatus;
import dev.exchangesdk.compliance.model.SearchLocations;
import dev.exchangesdk.compliance.model.SearchStatus;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import dev.exchangesdk.core.internal.cmdlet.CmdletValues;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Maps cmdlet output objects to the compliance model records. Stateless and thread-safe. */
public final class ComplianceMappers {
  private ComplianceMappers() {}

  /** A {@code Get-ComplianceSearch} / {@code New-ComplianceSearch} object. */
  public static ComplianceSearch search(CmdletObject o) {
    return new ComplianceSearch(
        text(o, "Name"),
        text(o, "Identity"),
        SearchStatus.of(o.string("Status")),
        text(o, "ContentMatchQuery"),
        text(o, "Description"),
        text(o, "CaseId"),
        text(o, "CaseName"),
        job(o),
        count(o, "Items"),
        count(o, "Size"),
        text(o, "LogLevel"),
        locations(o),
        o.bool("AllowNotFoundExchangeLocationsEnabled", false),
        o.bool("AzureBatchFrameworkEnabled", false),
        o.bool("IsValid", false),
        text(o, "TenantId"),
        ResultStrings.successResults(o.string("SuccessResults")),
        o.asMap());
  }

  /** A {@code Get-ComplianceSearchAction} / {@code New-ComplianceSearchAction} object. */
  public static SearchAction action(CmdletObject o) {
    return new SearchAction(
        text(o, "Name"),
        text(o, "Identity"),
        text(o, "SearchName"),
        text(o, "Action"),
        SearchActionStatus.of(o.string("Status")),
        text(o, "CaseId"),
        text(o, "CaseName"),
        job(o),
        locations(o),
        text(o, "Results"),
        text(o, "EstimateSearchJobId"),
        text(o, "EstimateSearchRunId"),
        o.bool("Retry", false),
        o.asMap());
  }

  /** A {@code Get-ComplianceCase} / {@code New-ComplianceCase} object. */
  public static ComplianceCase complianceCase(CmdletObject o) {
    String type = o.string("CaseType");
    return new ComplianceCase(
        text(o, "Name"),
        text(o, "Identity"),
        firstText(o, "GUID", "Guid"),
        type == null || type.isBlank() ? Optional.empty() : Optional.of(CaseType.of(type)),
        text(o, "Status"),
        text(o, "Description"),
        text(o, "ExternalId"),
        time(o, "CreatedDateTime"),
        o.asMap());
  }

  /** A {@code Get-CaseHoldPolicy} / {@code New-CaseHoldPolicy} object. */
  public static CaseHoldPolicy holdPolicy(CmdletObject o) {
    return new CaseHoldPolicy(
        text(o, "Name"),
        text(o, "Identity"),
        firstText(o, "Guid", "GUID"),
        text(o, "CaseId"),
        listText(o, "Workload"),
        o.bool("Enabled", false),
        text(o, "Mode"),
        firstText(o, "DistributionStatus", "Status"),
        text(o, "Comment"),
        o.strings("ExchangeLocation"),
        o.strings("SharePointLocation"),
        o.strings("PublicFolderLocation"),
        o.asMap());
  }

  /** A {@code Get-CaseHoldRule} / {@code New-CaseHoldRule} object. */
  public static CaseHoldRule holdRule(CmdletObject o) {
    Boolean enabled = o.bool("Enabled");
    if (enabled == null) {
      enabled = !o.bool("Disabled", false);
    }
    return new CaseHoldRule(
        text(o, "Name"),
        text(o, "Identity"),
        firstText(o, "Guid", "GUID"),
        text(o, "Policy"),
        enabled,
        text(o, "Mode"),
        firstText(o, "DistributionStatus", "Status"),
        text(o, "ContentMatchQuery"),
        text(o, "Comment"),
        o.asMap());
  }

  private static JobDetails job(CmdletObject o) {
    return new JobDetails(
        text(o, "CreatedBy"),
        time(o, "CreatedTime"),
        text(o, "RunBy"),
        time(o, "LastModifiedTime"),
        text(o, "JobId"),
        text(o, "JobRunId"),
        time(o, "JobStartTime"),
        time(o, "JobEndTime"),
        listText(o, "Errors"));
  }

  private static SearchLocations locations(CmdletObject o) {
    return new SearchLocations(
        o.strings("ExchangeLocation"),
        o.strings("ExchangeLocationExclusion"),
        o.strings("PublicFolderLocation"),
        o.strings("PublicFolderLocationExclusion"),
        o.strings("SharePointLocation"),
        o.strings("SharePointLocationExclusion"),
        o.strings("OneDriveLocation"),
        o.strings("OneDriveLocationExclusion"));
  }

  /** Text, or empty; a list (the service sometimes sends one) is joined with ", ". */
  private static String text(CmdletObject o, String name) {
    return listText(o, name);
  }

  private static String listText(CmdletObject o, String name) {
    return String.join(", ", o.strings(name));
  }

  private static String firstText(CmdletObject o, String... names) {
    for (String n : names) {
      String v = text(o, n);
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  private static Optional<Instant> time(CmdletObject o, String name) {
    return Optional.ofNullable(o.instant(name));
  }

  /** A count or byte size: a number, its text, or "2 MB (2,097,152 bytes)"; 0 when absent. */
  private static long count(CmdletObject o, String name) {
    Long n = o.longValue(name);
    if (n != null) {
      return n;
    }
    OptionalLong bytes = CmdletValues.parseByteCount(o.get(name));
    return bytes.orElse(0);
  }
}
