package dev.exchangesdk.testkit.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Security &amp; Compliance objects: content searches and their actions, eDiscovery cases, case
 * hold policies and rules.
 *
 * <p>Not thread-safe: guarded by the tenant lock.
 */
public final class ComplianceData {
  public final List<ComplianceSearch> searches = new ArrayList<>();
  public final List<SearchAction> actions = new ArrayList<>();
  public final List<ComplianceCase> cases = new ArrayList<>();
  public final List<CaseHoldPolicy> policies = new ArrayList<>();
  public final List<CaseHoldRule> rules = new ArrayList<>();

  /**
   * Where a search or an action is in its life: a list of statuses walked through one step per poll
   * or per period of the clock, depending on the configured progress.
   */
  public static final class Progress {
    public final List<String> statuses = new ArrayList<>(List.of("NotStarted"));
    public int index;
    public int polls;
    public Instant since;

    public String status() {
      return statuses.get(index);
    }

    public boolean done() {
      return index == statuses.size() - 1;
    }

    /** Restarts with these statuses, the first one current. */
    public void start(List<String> steps, Instant now) {
      statuses.clear();
      statuses.addAll(steps);
      index = 0;
      polls = 0;
      since = now;
    }
  }

  /** One location's count in a search's results. */
  public record LocationResult(String location, int itemCount, long totalSize) {}

  /** A content search. */
  public static final class ComplianceSearch {
    public final UUID identity;
    public String name;
    public String contentMatchQuery = "";
    public String description = "";
    public final List<String> exchangeLocation = new ArrayList<>();
    public final List<String> exchangeLocationExclusion = new ArrayList<>();
    public final List<String> publicFolderLocation = new ArrayList<>();
    public final List<String> sharePointLocation = new ArrayList<>();
    public final List<String> sharePointLocationExclusion = new ArrayList<>();
    public boolean allowNotFoundExchangeLocationsEnabled;
    public String caseName;
    public UUID caseId;
    public String createdBy;
    public Instant createdTime;
    public Instant lastModifiedTime;
    public String runBy;
    public UUID jobId;
    public UUID jobRunId;
    public Instant jobStartTime;
    public Instant jobEndTime;
    public final Progress progress = new Progress();
    public String errors = "";

    /** Per location, the serials of the items the last run matched (for actions). */
    public final Map<String, List<Long>> matches = new LinkedHashMap<>();

    public final List<LocationResult> results = new ArrayList<>();
    public boolean resultsComputed;

    public ComplianceSearch(UUID identity) {
      this.identity = identity;
    }
  }

  /** A search action (Preview, Purge, Export). */
  public static final class SearchAction {
    public final UUID identity;
    public String name;
    public String searchName;
    public String action;
    public String purgeType;
    public String createdBy;
    public Instant createdTime;
    public Instant jobEndTime;
    public final Progress progress = new Progress();
    public String results = "";
    public String caseName;

    public SearchAction(UUID identity) {
      this.identity = identity;
    }
  }

  /** An eDiscovery case. */
  public static final class ComplianceCase {
    public final UUID identity;
    public String name;
    public String caseType = "eDiscovery";
    public String description = "";
    public String externalId = "";
    public String status = "Active";
    public Instant createdDateTime;
    public String createdBy;

    public ComplianceCase(UUID identity) {
      this.identity = identity;
    }
  }

  /** A case hold policy. */
  public static final class CaseHoldPolicy {
    public final UUID guid;
    public String name;
    public String caseName;
    public UUID caseId;
    public String comment = "";
    public boolean enabled = true;
    public final List<String> exchangeLocation = new ArrayList<>();
    public final List<String> sharePointLocation = new ArrayList<>();
    public final List<String> publicFolderLocation = new ArrayList<>();
    public Instant whenCreated;
    public Instant whenChanged;
    public String createdBy;
    public final Progress distribution = new Progress();

    public CaseHoldPolicy(UUID guid) {
      this.guid = guid;
    }
  }

  /** A case hold rule. */
  public static final class CaseHoldRule {
    public final UUID guid;
    public String name;
    public String policyName;
    public String contentMatchQuery = "";
    public String comment = "";
    public boolean disabled;
    public Instant whenCreated;
    public String createdBy;

    public CaseHoldRule(UUID guid) {
      this.guid = guid;
    }
  }
}
