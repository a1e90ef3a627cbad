package dev.exchangesdk.testkit.internal.cmdlet;

import dev.exchangesdk.testkit.ComplianceProgress;
import dev.exchangesdk.testkit.internal.query.MailQuery;
import dev.exchangesdk.testkit.internal.store.ComplianceData;
import dev.exchangesdk.testkit.internal.store.ComplianceData.CaseHoldPolicy;
import dev.exchangesdk.testkit.internal.store.ComplianceData.CaseHoldRule;
import dev.exchangesdk.testkit.internal.store.ComplianceData.ComplianceCase;
import dev.exchangesdk.testkit.internal.store.ComplianceData.ComplianceSearch;
import dev.exchangesdk.testkit.internal.store.ComplianceData.LocationResult;
import dev.exchangesdk.testkit.internal.store.ComplianceData.SearchAction;
import dev.exchangesdk.testkit.internal.store.DistributionGroup;
import dev.exchangesdk.testkit.internal.store.Item;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Security &amp; Compliance cmdlets: content searches whose status moves over polls or time and
 * that count matching items in the fake mailboxes (KQL subset of {@link MailQuery}), search actions
 * (Preview rows; Purge that deletes at most 10 items per mailbox, soft or hard; Export), eDiscovery
 * cases, case hold policies and rules. Optionally refuses, like the service does since 2026, the
 * cmdlets app-only sessions may not run, and the Preview/Export actions.
 *
 * <p>Stateless apart from its options; bodies run under the tenant lock.
 */
public final class ComplianceCmdlets {
  /** Most items a Purge removes from one mailbox, as on Exchange Online. */
  public static final int PURGE_LIMIT_PER_MAILBOX = 10;

  private static final DateTimeFormatter US_TIME =
      DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US).withZone(ZoneOffset.UTC);
  private static final List<String> SEARCH_STEPS = List.of("Starting", "InProgress", "Completed");
  private static final List<String> CASE_TYPES =
      List.of(
          "AdvancedEdiscovery",
          "ComplianceClassifier",
          "ComplianceWorkspace",
          "DataInvestigation",
          "DSR",
          "eDiscovery",
          "InsiderRisk",
          "InternalInvestigation",
          "SupervisionPolicy");

  /** Cmdlets Microsoft documents as unavailable to app-only sessions (2026). */
  public static final Set<String> APP_ONLY_RESTRICTED =
      Set.of(
          "New-ComplianceSearch",
          "Start-ComplianceSearch",
          "New-ComplianceSearchAction",
          "Get-ComplianceSearchAction",
          "New-CaseHoldPolicy",
          "Set-CaseHoldPolicy",
          "Remove-CaseHoldPolicy",
          "New-CaseHoldRule",
          "Remove-CaseHoldRule");

  /** The behaviour switches of the compliance endpoint. */
  public record Options(
      ComplianceProgress progress, boolean refuseAppOnly, boolean previewAndExportOnPremisesOnly) {}

  private final Options options;

  private ComplianceCmdlets(Options options) {
    this.options = options;
  }

  /** Every compliance cmdlet with these options. */
  public static List<Cmdlet> all(Options options) {
    ComplianceCmdlets c = new ComplianceCmdlets(options);
    List<Cmdlet> out = new ArrayList<>();
    out.add(
        c.guarded(
            Cmdlet.of(
                "New-ComplianceSearch",
                c::newSearch,
                "Name",
                "ContentMatchQuery",
                "ExchangeLocation",
                "ExchangeLocationExclusion",
                "PublicFolderLocation",
                "SharePointLocation",
                "SharePointLocationExclusion",
                "OneDriveLocation",
                "OneDriveLocationExclusion",
                "AllowNotFoundExchangeLocationsEnabled",
                "Case",
                "Description",
                "Language",
                "HoldNames",
                "IncludeUserAppContent",
                "IncludeOrgContent",
                "LogLevel",
                "RefinerNames")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "Set-ComplianceSearch",
                c::setSearch,
                "Identity",
                "ContentMatchQuery",
                "Description",
                "ExchangeLocation",
                "AddExchangeLocation",
                "RemoveExchangeLocation",
                "AddExchangeLocationExclusion",
                "RemoveExchangeLocationExclusion",
                "ExchangeLocationExclusion",
                "PublicFolderLocation",
                "AddSharePointLocation",
                "RemoveSharePointLocation",
                "SharePointLocation",
                "AddSharePointLocationExclusion",
                "RemoveSharePointLocationExclusion",
                "AllowNotFoundExchangeLocationsEnabled",
                "Name",
                "Language",
                "HoldNames",
                "IncludeUserAppContent",
                "LogLevel",
                "RefinerNames")));
    out.add(
        c.guarded(
            Cmdlet.of("Get-ComplianceSearch", c::getSearch, "Identity", "Case", "ResultSize")));
    out.add(
        c.guarded(Cmdlet.of("Start-ComplianceSearch", c::startSearch, "Identity", "RetryOnError")));
    out.add(c.guarded(Cmdlet.of("Stop-ComplianceSearch", c::stopSearch, "Identity")));
    out.add(c.guarded(Cmdlet.of("Remove-ComplianceSearch", c::removeSearch, "Identity")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "New-ComplianceSearchAction",
                c::newAction,
                "SearchName",
                "Preview",
                "Purge",
                "PurgeType",
                "Export",
                "ActionName",
                "ArchiveFormat",
                "EnableDedupe",
                "ExchangeArchiveFormat",
                "FileTypeExclusionsForUnindexedItems",
                "Format",
                "IncludeCredential",
                "IncludeSharePointDocumentVersions",
                "JobOptions",
                "NotifyEmail",
                "NotifyEmailCC",
                "ReferenceActionName",
                "Region",
                "Report",
                "RetentionReport",
                "RetryOnError",
                "Scenario",
                "Scope",
                "SearchNames",
                "SharePointArchiveFormat",
                "ShareRootPath")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "Get-ComplianceSearchAction",
                c::getAction,
                "Identity",
                "Case",
                "Details",
                "IncludeCredential",
                "Preview",
                "Purge",
                "Export",
                "ResultSize")));
    out.add(c.guarded(Cmdlet.of("Remove-ComplianceSearchAction", c::removeAction, "Identity")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "New-ComplianceCase",
                c::newCase,
                "Name",
                "CaseType",
                "Description",
                "ExternalId",
                "SecondaryCaseType",
                "SourceCaseType")));
    out.add(
        c.guarded(
            Cmdlet.of("Get-ComplianceCase", c::getCase, "Identity", "CaseType", "RoleGroup")));
    out.add(c.guarded(Cmdlet.of("Remove-ComplianceCase", c::removeCase, "Identity")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "New-CaseHoldPolicy",
                c::newPolicy,
                "Name",
                "Case",
                "Comment",
                "Enabled",
                "ExchangeLocation",
                "PublicFolderLocation",
                "SharePointLocation")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "Get-CaseHoldPolicy",
                c::getPolicy,
                "Identity",
                "Case",
                "DistributionDetail",
                "IncludeBindings",
                "IncludeBindingsOnly")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "Set-CaseHoldPolicy",
                c::setPolicy,
                "Identity",
                "AddExchangeLocation",
                "RemoveExchangeLocation",
                "AddSharePointLocation",
                "RemoveSharePointLocation",
                "AddPublicFolderLocation",
                "RemovePublicFolderLocation",
                "Comment",
                "Enabled",
                "RetryDistribution")));
    out.add(
        c.guarded(
            Cmdlet.of("Remove-CaseHoldPolicy", c::removePolicy, "Identity", "ForceDeletion")));
    out.add(
        c.guarded(
            Cmdlet.of(
                "New-CaseHoldRule",
                c::newRule,
                "Name",
                "Policy",
                "ContentMatchQuery",
                "Comment",
                "Disabled")));
    out.add(c.guarded(Cmdlet.of("Get-CaseHoldRule", c::getRule, "Identity", "Policy")));
    out.add(
        c.guarded(Cmdlet.of("Remove-CaseHoldRule", c::removeRule, "Identity", "ForceDeletion")));
    return out;
  }

  /** Wraps a cmdlet with the app-only refusal when that option is on. */
  private Cmdlet guarded(Cmdlet cmdlet) {
    if (!options.refuseAppOnly() || !APP_ONLY_RESTRICTED.contains(cmdlet.name())) {
      return cmdlet;
    }
    return new Cmdlet(
        cmdlet.name(),
        cmdlet.parameters(),
        ctx -> {
          if (ctx.principal.appOnly()) {
            throw appOnlyRefused(cmdlet.name());
          }
          return cmdlet.body().run(ctx);
        });
  }

  /**
   * The refusal text; stable substrings: "isn't supported with app-only authentication",
   * "purgeData".
   */
  static CmdletException appOnlyRefused(String cmdlet) {
    return new CmdletException(
        403,
        "Forbidden",
        "",
        "Microsoft.Exchange.Management.Tasks.AppOnlyAuthenticationNotSupportedException",
        "The '"
            + cmdlet
            + "' cmdlet isn't supported with app-only authentication. Connect with delegated (user) authentication, or use Microsoft Graph eDiscovery (searches and purgeData, permission eDiscovery.ReadWrite.All) for app-only search and purge.",
        true);
  }

  // ---- progress --------------------------------------------------------------------------------

  /** Moves a search or action forward for one read, per the configured progress. */
  private void observe(ComplianceData.Progress p, Instant now) {
    if (p.done() || p.since == null) {
      return;
    }
    ComplianceProgress mode = options.progress();
    if (mode.durationPerStatus() != null) {
      long period = mode.durationPerStatus().toMillis();
      long elapsed = Duration.between(p.since, now).toMillis();
      int steps =
          period == 0 ? p.statuses.size() : (int) Math.min(p.statuses.size(), elapsed / period);
      p.index = Math.min(p.statuses.size() - 1, steps);
    } else {
      p.polls++;
      if (p.polls >= mode.pollsPerStatus()) {
        p.index++;
        p.polls = 0;
      }
    }
  }

  // ---- searches --------------------------------------------------------------------------------

  private ComplianceSearch search(CmdletContext ctx, String parameter) throws CmdletException {
    return find(
        ctx.tenant.compliance.searches,
        ctx.params.requiredString(parameter),
        x -> x.name,
        x -> x.identity);
  }

  /** The object whose name or identity is {@code id}, or the service's not-found error. */
  private static <T> T find(
      List<T> items, String id, Function<T, String> name, Function<T, Object> key)
      throws CmdletException {
    String wanted = id.trim();
    for (T item : items) {
      if (name.apply(item).equalsIgnoreCase(wanted)
          || key.apply(item).toString().equalsIgnoreCase(wanted)) {
        return item;
      }
    }
    throw CmdletException.notFound(id);
  }

  /** Refuses a second object with the same name, as the service does. */
  private static <T> void requireNewName(
      List<T> items, String name, Function<T, String> nameOf, String what) throws CmdletException {
    for (T item : items) {
      if (nameOf.apply(item).equalsIgnoreCase(name)) {
        throw CmdletException.duplicate(
            "A " + what + " with the name '" + name + "' already exists.");
      }
    }
  }

  private CmdletResult newSearch(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String name = p.requiredString("Name");
    requireNewName(ctx.tenant.compliance.searches, name, x -> x.name, "compliance search");
    ComplianceSearch s = new ComplianceSearch(ctx.tenant.newGuid());
    s.name = name;
    s.contentMatchQuery =
        p.string("ContentMatchQuery") == null ? "" : p.string("ContentMatchQuery");
    validateQuery(s.contentMatchQuery);
    s.description = p.string("Description") == null ? "" : p.string("Description");
    s.allowNotFoundExchangeLocationsEnabled =
        Boolean.TRUE.equals(p.bool("AllowNotFoundExchangeLocationsEnabled"));
    s.exchangeLocation.addAll(p.strings("ExchangeLocation"));
    s.exchangeLocationExclusion.addAll(p.strings("ExchangeLocationExclusion"));
    s.publicFolderLocation.addAll(p.strings("PublicFolderLocation"));
    s.sharePointLocation.addAll(p.strings("SharePointLocation"));
    s.sharePointLocationExclusion.addAll(p.strings("SharePointLocationExclusion"));
    if (s.exchangeLocation.isEmpty()
        && s.publicFolderLocation.isEmpty()
        && s.sharePointLocation.isEmpty()) {
      throw CmdletException.argument(
          "Specify at least one location: ExchangeLocation, PublicFolderLocation or SharePointLocation.");
    }
    checkLocations(ctx.tenant, s);
    if (p.has("Case")) {
      ComplianceCase c = caseNamed(ctx, p.requiredString("Case"));
      s.caseName = c.name;
      s.caseId = c.identity;
    }
    s.createdBy = ctx.actor();
    s.createdTime = ctx.now();
    s.lastModifiedTime = s.createdTime;
    ctx.tenant.compliance.searches.add(s);
    return CmdletResult.of(List.of(searchObject(ctx.tenant, s)));
  }

  private static void validateQuery(String kql) throws CmdletException {
    try {
      MailQuery.parse(kql);
    } catch (MailQuery.InvalidQuery e) {
      throw CmdletException.argument("The search query is invalid. " + e.getMessage());
    }
  }

  private static void checkLocations(Tenant t, ComplianceSearch s) throws CmdletException {
    if (s.allowNotFoundExchangeLocationsEnabled) {
      return;
    }
    for (String l : s.exchangeLocation) {
      if (!l.equalsIgnoreCase("All") && t.findMailbox(l) == null && t.group(l) == null) {
        throw CmdletException.argument(
            "The location '"
                + l
                + "' couldn't be found. If it's a mailbox that was just created, wait a few minutes, or set AllowNotFoundExchangeLocationsEnabled to search it anyway.");
      }
    }
  }

  private CmdletResult setSearch(CmdletContext ctx) throws CmdletException {
    ComplianceSearch s = search(ctx, "Identity");
    Params p = ctx.params;
    if (p.has("ContentMatchQuery")) {
      String q = p.string("ContentMatchQuery");
      validateQuery(q == null ? "" : q);
      s.contentMatchQuery = q == null ? "" : q;
    }
    if (p.has("Description")) {
      s.description = p.string("Description") == null ? "" : p.string("Description");
    }
    if (p.has("AllowNotFoundExchangeLocationsEnabled")) {
      s.allowNotFoundExchangeLocationsEnabled =
          Boolean.TRUE.equals(p.bool("AllowNotFoundExchangeLocationsEnabled"));
    }
    replace(p, "ExchangeLocation", s.exchangeLocation);
    replace(p, "ExchangeLocationExclusion", s.exchangeLocationExclusion);
    replace(p, "PublicFolderLocation", s.publicFolderLocation);
    replace(p, "SharePointLocation", s.sharePointLocation);
    addRemove(p, "ExchangeLocation", s.exchangeLocation);
    addRemove(p, "ExchangeLocationExclusion", s.exchangeLocationExclusion);
    addRemove(p, "SharePointLocation", s.sharePointLocation);
    addRemove(p, "SharePointLocationExclusion", s.sharePointLocationExclusion);
    checkLocations(ctx.tenant, s);
    if (p.has("Name")) {
      s.name = p.requiredString("Name");
    }
    s.lastModifiedTime = ctx.now();
    // An edited search must be run again before its results (and actions) mean anything.
    s.progress.start(List.of("NotStarted"), ctx.now());
    s.results.clear();
    s.resultsComputed = false;
    return CmdletResult.empty();
  }

  private static void replace(Params p, String name, List<String> target) throws CmdletException {
    if (p.has(name)) {
      target.clear();
      target.addAll(p.strings(name));
    }
  }

  private static void addRemove(Params p, String name, List<String> target) throws CmdletException {
    for (String v : p.strings("Add" + name)) {
      if (target.stream().noneMatch(x -> x.equalsIgnoreCase(v))) {
        target.add(v);
      }
    }
    for (String v : p.strings("Remove" + name)) {
      target.removeIf(x -> x.equalsIgnoreCase(v));
    }
  }

  private CmdletResult getSearch(CmdletContext ctx) throws CmdletException {
    List<Map<String, Object>> out = new ArrayList<>();
    if (ctx.params.has("Identity")) {
      ComplianceSearch s = search(ctx, "Identity");
      advance(ctx, s);
      out.add(searchObject(ctx.tenant, s));
      return CmdletResult.of(out);
    }
    String caseName = ctx.params.string("Case");
    for (ComplianceSearch s : ctx.tenant.compliance.searches) {
      if (caseName == null || caseName.equalsIgnoreCase(s.caseName)) {
        advance(ctx, s);
        out.add(searchObject(ctx.tenant, s));
      }
    }
    return CmdletResult.of(out);
  }

  private void advance(CmdletContext ctx, ComplianceSearch s) {
    if (s.progress.status().equals("NotStarted") || s.progress.status().equals("Stopped")) {
      return;
    }
    observe(s.progress, ctx.now());
    if (s.progress.done() && !s.resultsComputed) {
      run(ctx.tenant, s);
      s.jobEndTime = ctx.now();
    }
  }

  private CmdletResult startSearch(CmdletContext ctx) throws CmdletException {
    ComplianceSearch s = search(ctx, "Identity");
    String status = s.progress.status();
    if (status.equals("Starting") || status.equals("InProgress")) {
      throw CmdletException.argument("The search '" + s.name + "' is already running.");
    }
    s.progress.start(SEARCH_STEPS, ctx.now());
    s.results.clear();
    s.matches.clear();
    s.resultsComputed = false;
    s.runBy = ctx.actor();
    s.jobId = s.jobId == null ? ctx.tenant.newGuid() : s.jobId;
    s.jobRunId = ctx.tenant.newGuid();
    s.jobStartTime = ctx.now();
    s.jobEndTime = null;
    return CmdletResult.empty();
  }

  private CmdletResult stopSearch(CmdletContext ctx) throws CmdletException {
    ComplianceSearch s = search(ctx, "Identity");
    if (!s.progress.done()) {
      s.progress.start(List.of("Stopped"), ctx.now());
      s.jobEndTime = ctx.now();
    }
    return CmdletResult.empty();
  }

  private CmdletResult removeSearch(CmdletContext ctx) throws CmdletException {
    ComplianceSearch s = search(ctx, "Identity");
    ctx.tenant.compliance.searches.remove(s);
    ctx.tenant.compliance.actions.removeIf(a -> a.searchName.equalsIgnoreCase(s.name));
    return CmdletResult.empty();
  }

  /** The mailboxes a search covers, in location order, exclusions removed. */
  private static List<String> locations(Tenant t, ComplianceSearch s, List<Mailbox> resolved) {
    Set<String> names = new LinkedHashSet<>();
    for (String l : s.exchangeLocation) {
      if (l.equalsIgnoreCase("All")) {
        for (Mailbox m : t.mailboxes()) {
          names.add(m.primarySmtpAddress);
        }
      } else {
        Mailbox m = t.findMailbox(l);
        DistributionGroup g = t.group(l);
        if (m != null) {
          names.add(m.primarySmtpAddress);
        } else if (g != null) {
          for (String member : g.members) {
            Mailbox mm = t.mailbox(member);
            if (mm != null) {
              names.add(mm.primarySmtpAddress);
            }
          }
        } else {
          names.add(l);
        }
      }
    }
    for (String x : s.exchangeLocationExclusion) {
      Mailbox m = t.findMailbox(x);
      names.removeIf(n -> n.equalsIgnoreCase(m != null ? m.primarySmtpAddress : x));
    }
    for (String n : names) {
      resolved.add(t.mailbox(n));
    }
    return new ArrayList<>(names);
  }

  /** Runs a search: counts the matching items of every location. */
  private static void run(Tenant t, ComplianceSearch s) {
    s.results.clear();
    s.matches.clear();
    MailQuery query;
    try {
      query = MailQuery.parse(s.contentMatchQuery);
    } catch (MailQuery.InvalidQuery e) {
      s.errors = e.getMessage();
      s.resultsComputed = true;
      return;
    }
    List<Mailbox> resolved = new ArrayList<>();
    List<String> names = locations(t, s, resolved);
    for (int i = 0; i < names.size(); i++) {
      Mailbox m = resolved.get(i);
      int count = 0;
      long size = 0;
      List<Long> serials = new ArrayList<>();
      if (m != null) {
        for (Item item : searchable(t, m)) {
          if (query.matches(item)) {
            count++;
            size += item.size();
            serials.add(item.serial);
          }
        }
      }
      s.results.add(new LocationResult(names.get(i), count, size));
      s.matches.put(names.get(i), serials);
    }
    s.resultsComputed = true;
  }

  /** The mail a compliance search sees: every message outside Recoverable Items. */
  private static List<Item> searchable(Tenant t, Mailbox m) {
    List<Item> out = new ArrayList<>();
    for (Item i : t.allMailboxItems(m)) {
      if (i.kind == Item.Kind.MESSAGE && !t.isRecoverable(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private static Map<String, Object> searchObject(Tenant t, ComplianceSearch s) {
    long items = 0;
    long size = 0;
    for (LocationResult r : s.results) {
      items += r.itemCount();
      size += r.totalSize();
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Name", s.name);
    o.put("RunBy", s.runBy);
    o.put("JobEndTime", s.jobEndTime == null ? null : Typed.dateTime(s.jobEndTime));
    o.put("Status", s.progress.status());
    o.put("ContentMatchQuery", s.contentMatchQuery);
    o.put("Description", s.description);
    o.put("CaseId", s.caseId == null ? null : s.caseId.toString());
    o.put("CaseName", s.caseName);
    o.put("CreatedBy", s.createdBy);
    o.put("CreatedTime", Typed.dateTime(s.createdTime));
    o.put("LastModifiedTime", Typed.dateTime(s.lastModifiedTime));
    o.put("LastModifiedBy", s.createdBy);
    o.put("JobId", s.jobId == null ? null : s.jobId.toString());
    o.put("JobRunId", s.jobRunId == null ? null : s.jobRunId.toString());
    o.put("JobStartTime", s.jobStartTime == null ? null : Typed.dateTime(s.jobStartTime));
    o.put("Items", Typed.int64(items));
    o.put("Size", Typed.int64(size));
    o.put("UnindexedItems", Typed.int64(0));
    o.put("UnindexedSize", Typed.int64(0));
    o.put("Errors", s.errors);
    o.put("LogLevel", "Suppressed");
    o.put("SuccessResults", s.resultsComputed ? successResults(s.results) : "");
    o.put("ExchangeLocation", new ArrayList<>(s.exchangeLocation));
    o.put("ExchangeLocationExclusion", new ArrayList<>(s.exchangeLocationExclusion));
    o.put("PublicFolderLocation", new ArrayList<>(s.publicFolderLocation));
    o.put("PublicFolderLocationExclusion", new ArrayList<>());
    o.put("SharePointLocation", new ArrayList<>(s.sharePointLocation));
    o.put("SharePointLocationExclusion", new ArrayList<>(s.sharePointLocationExclusion));
    o.put("OneDriveLocation", new ArrayList<>());
    o.put("OneDriveLocationExclusion", new ArrayList<>());
    o.put("AllowNotFoundExchangeLocationsEnabled", s.allowNotFoundExchangeLocationsEnabled);
    o.put("AzureBatchFrameworkEnabled", false);
    o.put("Language", "");
    o.put("TenantId", t.tenantId.toString());
    o.put("Identity", s.identity.toString());
    o.put("IsValid", true);
    return o;
  }

  /**
   * {@code {Location: a, Item count: 1, Total size: 2\r\nLocation: ...}} as the service writes it.
   */
  public static String successResults(List<LocationResult> results) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < results.size(); i++) {
      LocationResult r = results.get(i);
      if (i > 0) {
        sb.append("\r\n");
      }
      sb.append("Location: ")
          .append(r.location())
          .append(", Item count: ")
          .append(r.itemCount())
          .append(", Total size: ")
          .append(r.totalSize());
    }
    return sb.append('}').toString();
  }

  // ---- search actions --------------------------------------------------------------------------

  private SearchAction action(CmdletContext ctx, String id) throws CmdletException {
    return find(ctx.tenant.compliance.actions, id, x -> x.name, x -> x.identity);
  }

  private CmdletResult newAction(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    ComplianceSearch s = search(ctx, "SearchName");
    int kinds =
        (p.isSet("Preview") ? 1 : 0) + (p.isSet("Purge") ? 1 : 0) + (p.isSet("Export") ? 1 : 0);
    if (kinds != 1) {
      throw CmdletException.ambiguousParameterSet(
          "Specify exactly one of Preview, Purge or Export.");
    }
    String kind = p.isSet("Preview") ? "Preview" : p.isSet("Purge") ? "Purge" : "Export";
    if (options.previewAndExportOnPremisesOnly() && !kind.equals("Purge")) {
      throw CmdletException.argument(
          "The "
              + kind
              + " parameter is functional only in on-premises Exchange. In Microsoft 365, use Microsoft Purview eDiscovery to preview or export search results.");
    }
    advance(ctx, s);
    if (!s.progress.done() || !s.progress.status().equals("Completed")) {
      throw CmdletException.argument(
          "Unable to execute the task. Reason: The search \""
              + s.name
              + "\" is still running or it didn't return any results. Please wait until the search finishes or edit the query and run the search again.");
    }
    String name = p.has("ActionName") ? p.requiredString("ActionName") : s.name + "_" + kind;
    for (SearchAction a : ctx.tenant.compliance.actions) {
      if (a.name.equalsIgnoreCase(name)) {
        throw CmdletException.duplicate(
            "The search action '"
                + name
                + "' already exists. Remove it before creating a new one.");
      }
    }
    SearchAction a = new SearchAction(ctx.tenant.newGuid());
    a.name = name;
    a.searchName = s.name;
    a.action = kind;
    a.caseName = s.caseName;
    a.createdBy = ctx.actor();
    a.createdTime = ctx.now();
    a.progress.start(SEARCH_STEPS, ctx.now());
    switch (kind) {
      case "Purge" -> {
        a.purgeType =
            p.has("PurgeType")
                ? p.enumValue(
                    "PurgeType",
                    "Microsoft.Office.Compliance.Audit.Schema.ComplianceSearchPurgeType",
                    List.of("SoftDelete", "HardDelete"))
                : "SoftDelete";
        a.results = purge(ctx.tenant, s, a.purgeType);
      }
      case "Preview" -> a.results = preview(ctx.tenant, s);
      default -> a.results = export(ctx.tenant, s, p.string("Scope"));
    }
    ctx.tenant.compliance.actions.add(a);
    return CmdletResult.of(List.of(actionObject(ctx.tenant, a)));
  }

  /** Deletes at most 10 matching items per mailbox, the real service's limit. */
  private static String purge(Tenant t, ComplianceSearch s, String purgeType) {
    MailQuery query;
    try {
      query = MailQuery.parse(s.contentMatchQuery);
    } catch (MailQuery.InvalidQuery e) {
      return "Details:{}";
    }
    List<Mailbox> resolved = new ArrayList<>();
    List<String> names = locations(t, s, resolved);
    List<String> records = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      Mailbox m = resolved.get(i);
      if (m == null) {
        continue;
      }
      List<Item> matching = new ArrayList<>();
      for (Item item : searchable(t, m)) {
        if (query.matches(item)) {
          matching.add(item);
        }
      }
      if (matching.isEmpty()) {
        continue;
      }
      matching.sort(
          Comparator.comparing(
                  (Item x) -> x.received, Comparator.nullsLast(Comparator.reverseOrder()))
              .thenComparingLong(x -> x.serial));
      int count = 0;
      long size = 0;
      for (Item item : matching.subList(0, Math.min(PURGE_LIMIT_PER_MAILBOX, matching.size()))) {
        size += item.size();
        count++;
        t.delete(item, purgeType.equals("HardDelete") ? "HardDelete" : "SoftDelete");
      }
      records.add(
          "Location: "
              + names.get(i)
              + "; Item count: "
              + count
              + "; Total size: "
              + size
              + "; Failed count: 0; ");
    }
    return "Details:{" + String.join(",\r\n ", records) + "}";
  }

  private static String preview(Tenant t, ComplianceSearch s) {
    List<String> rows = new ArrayList<>();
    for (Map.Entry<String, List<Long>> e : s.matches.entrySet()) {
      for (Long serial : e.getValue()) {
        Item i = t.item(serial);
        if (i == null || rows.size() >= 1000) {
          continue;
        }
        rows.add(
            "Location: "
                + e.getKey()
                + "; Sender: "
                + (i.from == null ? "" : i.from.name() == null ? i.from.address() : i.from.name())
                + "; Subject: "
                + (i.subject == null ? "" : i.subject)
                + "; Type: Email; Size: "
                + i.size()
                + "; Received Time: "
                + (i.received == null ? "" : US_TIME.format(i.received))
                + "; Data Link: data/All/"
                + i.id.substring(0, 24).replace('/', '_')
                + ".eml");
      }
    }
    return "{" + String.join(",\r\n", rows) + "}";
  }

  private static String export(Tenant t, ComplianceSearch s, String scope) {
    return "Container url: https://"
        + t.domain.replace('.', '-')
        + ".blob.core.windows.net/"
        + s.identity
        + "; SAS token: <Specify -IncludeCredential parameter to show the SAS token>; Scenario: General; Scope: "
        + (scope == null ? "IndexedItemsOnly" : scope)
        + "; Scope details: AllUnindexed; Max unindexed size: 0; File type exclusions for unindexed: <null>; Total sources: "
        + s.results.size()
        + "; Exchange only: True";
  }

  private CmdletResult getAction(CmdletContext ctx) throws CmdletException {
    List<Map<String, Object>> out = new ArrayList<>();
    if (ctx.params.has("Identity")) {
      SearchAction a = action(ctx, ctx.params.requiredString("Identity"));
      observe(a.progress, ctx.now());
      out.add(actionObject(ctx.tenant, a));
      return CmdletResult.of(out);
    }
    boolean preview = ctx.params.isSet("Preview");
    boolean purge = ctx.params.isSet("Purge");
    boolean export = ctx.params.isSet("Export");
    for (SearchAction a : ctx.tenant.compliance.actions) {
      boolean typed = preview || purge || export;
      if (typed
          && !((preview && a.action.equals("Preview"))
              || (purge && a.action.equals("Purge"))
              || (export && a.action.equals("Export")))) {
        continue;
      }
      observe(a.progress, ctx.now());
      out.add(actionObject(ctx.tenant, a));
    }
    return CmdletResult.of(out);
  }

  private static Map<String, Object> actionObject(Tenant t, SearchAction a) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Name", a.name);
    o.put("SearchName", a.searchName);
    o.put("Action", a.action);
    o.put("RunBy", a.createdBy);
    o.put("JobEndTime", a.progress.done() ? Typed.dateTime(a.createdTime) : null);
    o.put("Status", a.progress.status());
    o.put("CaseName", a.caseName);
    o.put("CreatedBy", a.createdBy);
    o.put("CreatedTime", Typed.dateTime(a.createdTime));
    o.put("JobStartTime", Typed.dateTime(a.createdTime));
    o.put("Errors", "");
    o.put("Results", a.progress.done() ? a.results : "");
    o.put("PurgeType", a.purgeType);
    o.put("Retry", false);
    o.put("TenantId", t.tenantId.toString());
    o.put("Identity", a.identity.toString());
    o.put("IsValid", true);
    return o;
  }

  private CmdletResult removeAction(CmdletContext ctx) throws CmdletException {
    SearchAction a = action(ctx, ctx.params.requiredString("Identity"));
    ctx.tenant.compliance.actions.remove(a);
    return CmdletResult.empty();
  }

  // ---- cases -----------------------------------------------------------------------------------

  private ComplianceCase caseNamed(CmdletContext ctx, String id) throws CmdletException {
    return find(ctx.tenant.compliance.cases, id, x -> x.name, x -> x.identity);
  }

  private CmdletResult newCase(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String name = p.requiredString("Name");
    requireNewName(ctx.tenant.compliance.cases, name, x -> x.name, "case");
    ComplianceCase c = new ComplianceCase(ctx.tenant.newGuid());
    c.name = name;
    c.caseType =
        p.has("CaseType")
            ? p.enumValue(
                "CaseType", "Microsoft.Office.CompliancePolicy.ComplianceCaseType", CASE_TYPES)
            : "eDiscovery";
    c.description = p.string("Description") == null ? "" : p.string("Description");
    c.externalId = p.string("ExternalId") == null ? "" : p.string("ExternalId");
    c.createdDateTime = ctx.now();
    c.createdBy = ctx.actor();
    ctx.tenant.compliance.cases.add(c);
    return CmdletResult.of(List.of(caseObject(c)));
  }

  private CmdletResult getCase(CmdletContext ctx) throws CmdletException {
    if (ctx.params.has("Identity")) {
      return CmdletResult.of(
          List.of(caseObject(caseNamed(ctx, ctx.params.requiredString("Identity")))));
    }
    String type =
        ctx.params.has("CaseType")
            ? ctx.params.enumValue(
                "CaseType", "Microsoft.Office.CompliancePolicy.ComplianceCaseType", CASE_TYPES)
            : "eDiscovery";
    List<Map<String, Object>> out = new ArrayList<>();
    for (ComplianceCase c : ctx.tenant.compliance.cases) {
      if (c.caseType.equals(type)) {
        out.add(caseObject(c));
      }
    }
    return CmdletResult.of(out);
  }

  private static Map<String, Object> caseObject(ComplianceCase c) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Name", c.name);
    o.put("CaseType", c.caseType);
    o.put("Status", c.status);
    o.put("Description", c.description);
    o.put("ExternalId", c.externalId);
    o.put("CreatedDateTime", Typed.dateTime(c.createdDateTime));
    o.put("ClosedBy", null);
    o.put("ClosedDateTime", null);
    o.put("LastModifiedDateTime", Typed.dateTime(c.createdDateTime));
    o.put("CaseStage", "Active");
    o.put("Identity", c.identity.toString());
    o.put("GUID", c.identity.toString());
    o.put("IsValid", true);
    return o;
  }

  private CmdletResult removeCase(CmdletContext ctx) throws CmdletException {
    ComplianceCase c = caseNamed(ctx, ctx.params.requiredString("Identity"));
    ctx.tenant.compliance.cases.remove(c);
    ctx.tenant.compliance.policies.removeIf(p -> c.identity.equals(p.caseId));
    return CmdletResult.empty();
  }

  // ---- case holds ------------------------------------------------------------------------------

  private CaseHoldPolicy policy(CmdletContext ctx, String id) throws CmdletException {
    return find(ctx.tenant.compliance.policies, id, x -> x.name, x -> x.guid);
  }

  private CmdletResult newPolicy(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String name = p.requiredString("Name");
    ComplianceCase c = caseNamed(ctx, p.requiredString("Case"));
    requireNewName(ctx.tenant.compliance.policies, name, x -> x.name, "policy");
    CaseHoldPolicy policy = new CaseHoldPolicy(ctx.tenant.newGuid());
    policy.name = name;
    policy.caseName = c.name;
    policy.caseId = c.identity;
    policy.comment = p.string("Comment") == null ? "" : p.string("Comment");
    policy.enabled = !p.has("Enabled") || Boolean.TRUE.equals(p.bool("Enabled"));
    policy.exchangeLocation.addAll(p.strings("ExchangeLocation"));
    policy.sharePointLocation.addAll(p.strings("SharePointLocation"));
    policy.publicFolderLocation.addAll(p.strings("PublicFolderLocation"));
    for (String l : policy.exchangeLocation) {
      if (!l.equalsIgnoreCase("All")
          && ctx.tenant.findMailbox(l) == null
          && ctx.tenant.group(l) == null) {
        throw CmdletException.argument("The location '" + l + "' couldn't be found.");
      }
    }
    policy.whenCreated = ctx.now();
    policy.whenChanged = policy.whenCreated;
    policy.createdBy = ctx.actor();
    policy.distribution.start(List.of("Pending", "Success"), ctx.now());
    ctx.tenant.compliance.policies.add(policy);
    return CmdletResult.of(List.of(policyObject(policy, false)));
  }

  private CmdletResult getPolicy(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    if (p.has("Identity") && p.has("Case")) {
      throw CmdletException.ambiguousParameterSet("Use Identity or Case, not both.");
    }
    boolean detail = p.isSet("DistributionDetail");
    List<Map<String, Object>> out = new ArrayList<>();
    if (p.has("Identity")) {
      CaseHoldPolicy policy = policy(ctx, p.requiredString("Identity"));
      observe(policy.distribution, ctx.now());
      out.add(policyObject(policy, detail));
      return CmdletResult.of(out);
    }
    String caseName = p.string("Case");
    ComplianceCase c = caseName == null ? null : caseNamed(ctx, caseName);
    for (CaseHoldPolicy policy : ctx.tenant.compliance.policies) {
      if (c == null || c.identity.equals(policy.caseId)) {
        observe(policy.distribution, ctx.now());
        out.add(policyObject(policy, detail));
      }
    }
    return CmdletResult.of(out);
  }

  private static Map<String, Object> policyObject(CaseHoldPolicy p, boolean detail) {
    Map<String, Object> o = new LinkedHashMap<>();
    List<String> workloads = new ArrayList<>();
    if (!p.exchangeLocation.isEmpty()) {
      workloads.add("Exchange");
    }
    if (!p.sharePointLocation.isEmpty()) {
      workloads.add("SharePoint");
    }
    if (!p.publicFolderLocation.isEmpty()) {
      workloads.add("ExchangeOnlinePublicFolder");
    }
    o.put("CaseId", p.caseId.toString());
    o.put("Name", p.name);
    o.put("Comment", p.comment);
    o.put("Workload", String.join(", ", workloads));
    o.put("Enabled", p.enabled);
    o.put("Mode", "Enforce");
    o.put("Type", "CaseHoldPolicy");
    o.put("DistributionStatus", p.distribution.status());
    o.put("DistributionResults", detail ? new ArrayList<>() : null);
    o.put("ExchangeLocation", new ArrayList<>(p.exchangeLocation));
    o.put("SharePointLocation", new ArrayList<>(p.sharePointLocation));
    o.put("PublicFolderLocation", new ArrayList<>(p.publicFolderLocation));
    o.put("CreatedBy", p.createdBy);
    o.put("LastModifiedBy", p.createdBy);
    o.put("WhenCreated", Typed.dateTime(p.whenCreated));
    o.put("WhenChanged", Typed.dateTime(p.whenChanged));
    o.put("Identity", p.guid.toString());
    o.put("Guid", Typed.guid(p.guid));
    o.put("GUID", p.guid.toString());
    o.put("Status", p.distribution.status());
    o.put("IsValid", true);
    return o;
  }

  private CmdletResult setPolicy(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    CaseHoldPolicy policy = policy(ctx, p.requiredString("Identity"));
    for (String l : p.strings("AddExchangeLocation")) {
      if (!l.equalsIgnoreCase("All")
          && ctx.tenant.findMailbox(l) == null
          && ctx.tenant.group(l) == null) {
        throw CmdletException.argument("The location '" + l + "' couldn't be found.");
      }
    }
    addRemove(p, "ExchangeLocation", policy.exchangeLocation);
    addRemove(p, "SharePointLocation", policy.sharePointLocation);
    addRemove(p, "PublicFolderLocation", policy.publicFolderLocation);
    if (p.has("Comment")) {
      policy.comment = p.string("Comment") == null ? "" : p.string("Comment");
    }
    if (p.has("Enabled")) {
      policy.enabled = Boolean.TRUE.equals(p.bool("Enabled"));
    }
    policy.whenChanged = ctx.now();
    policy.distribution.start(List.of("Pending", "Success"), ctx.now());
    return CmdletResult.empty();
  }

  private CmdletResult removePolicy(CmdletContext ctx) throws CmdletException {
    CaseHoldPolicy policy = policy(ctx, ctx.params.requiredString("Identity"));
    boolean hasRules =
        ctx.tenant.compliance.rules.stream()
            .anyMatch(r -> r.policyName.equalsIgnoreCase(policy.name));
    if (hasRules && !ctx.params.isSet("ForceDeletion")) {
      throw CmdletException.argument(
          "The policy '" + policy.name + "' has rules. Remove them first, or use ForceDeletion.");
    }
    ctx.tenant.compliance.policies.remove(policy);
    ctx.tenant.compliance.rules.removeIf(r -> r.policyName.equalsIgnoreCase(policy.name));
    return CmdletResult.empty();
  }

  private CaseHoldRule rule(CmdletContext ctx, String id) throws CmdletException {
    return find(ctx.tenant.compliance.rules, id, x -> x.name, x -> x.guid);
  }

  private CmdletResult newRule(CmdletContext ctx) throws CmdletException {
    Params p = ctx.params;
    String name = p.requiredString("Name");
    CaseHoldPolicy policy = policy(ctx, p.requiredString("Policy"));
    requireNewName(ctx.tenant.compliance.rules, name, x -> x.name, "rule");
    CaseHoldRule r = new CaseHoldRule(ctx.tenant.newGuid());
    r.name = name;
    r.policyName = policy.name;
    r.contentMatchQuery =
        p.string("ContentMatchQuery") == null ? "" : p.string("ContentMatchQuery");
    validateQuery(r.contentMatchQuery);
    r.comment = p.string("Comment") == null ? "" : p.string("Comment");
    r.disabled = p.isSet("Disabled");
    r.whenCreated = ctx.now();
    r.createdBy = ctx.actor();
    ctx.tenant.compliance.rules.add(r);
    return CmdletResult.of(List.of(ruleObject(r, policy)));
  }

  private CmdletResult getRule(CmdletContext ctx) throws CmdletException {
    List<Map<String, Object>> out = new ArrayList<>();
    if (ctx.params.has("Identity")) {
      CaseHoldRule r = rule(ctx, ctx.params.requiredString("Identity"));
      out.add(ruleObject(r, policy(ctx, r.policyName)));
      return CmdletResult.of(out);
    }
    String policyName = ctx.params.string("Policy");
    CaseHoldPolicy filter = policyName == null ? null : policy(ctx, policyName);
    for (CaseHoldRule r : ctx.tenant.compliance.rules) {
      if (filter == null || filter.name.equalsIgnoreCase(r.policyName)) {
        out.add(ruleObject(r, policy(ctx, r.policyName)));
      }
    }
    return CmdletResult.of(out);
  }

  private static Map<String, Object> ruleObject(CaseHoldRule r, CaseHoldPolicy policy) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("Name", r.name);
    o.put("Policy", policy.guid.toString());
    o.put("ContentMatchQuery", r.contentMatchQuery);
    o.put("Comment", r.comment);
    o.put("Disabled", r.disabled);
    o.put("Enabled", !r.disabled);
    o.put("Mode", "Enforce");
    o.put("Workload", "Exchange");
    o.put("Status", "Success");
    o.put("CreatedBy", r.createdBy);
    o.put("WhenCreated", Typed.dateTime(r.whenCreated));
    o.put("Identity", r.guid.toString());
    o.put("Guid", Typed.guid(r.guid));
    o.put("GUID", r.guid.toString());
    o.put("IsValid", true);
    return o;
  }

  private CmdletResult removeRule(CmdletContext ctx) throws CmdletException {
    CaseHoldRule r = rule(ctx, ctx.params.requiredString("Identity"));
    ctx.tenant.compliance.rules.remove(r);
    return CmdletResult.empty();
  }
}
