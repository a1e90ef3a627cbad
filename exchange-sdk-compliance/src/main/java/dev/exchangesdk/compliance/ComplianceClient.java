package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.ComplianceEndpoint;
import dev.exchangesdk.compliance.internal.ComplianceMappers;
import dev.exchangesdk.compliance.internal.ComplianceRoles;
import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.compliance.internal.RegionalHostResolver;
import dev.exchangesdk.compliance.model.CaseHoldPolicy;
import dev.exchangesdk.compliance.model.CaseHoldRule;
import dev.exchangesdk.compliance.model.CaseType;
import dev.exchangesdk.compliance.model.ComplianceCase;
import dev.exchangesdk.compliance.model.ComplianceSearch;
import dev.exchangesdk.compliance.model.PurgeType;
import dev.exchangesdk.compliance.model.SearchAction;
import dev.exchangesdk.compliance.model.SearchAndPurgeReport;
import dev.exchangesdk.core.ExchangeEnvironment;
import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.NotFoundException;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.Poller;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.TokenCredential;
import dev.exchangesdk.core.cmdlet.CmdletResult;
import dev.exchangesdk.core.cmdlet.CmdletWarning;
import dev.exchangesdk.core.internal.cmdlet.CmdletObject;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import dev.exchangesdk.core.internal.cmdlet.CmdletTransport;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Security &amp; Compliance client: compliance searches, search actions (preview, purge,
 * export), eDiscovery cases, case holds, waiting for long-running work, and an incident-response
 * search-and-purge workflow.
 *
 * <p>Calls go to the cmdlet REST endpoint ({@code InvokeCommand}) on the tenant's regional host,
 * discovered on first use and remembered (or set with {@link Builder#regionalHost(URI)}). Failures
 * are the SDK's exceptions; refusals the service introduced in 2025-2026 (search-only sessions,
 * app-only restrictions, Preview/Export on-premises only, the purge limit) are {@link
 * ComplianceOperationNotAllowedException}s that name the alternative.
 *
 * <p><b>Experimental under certificate (app-only) authentication:</b> search actions ({@link
 * #purge(String)}, {@link #preview(String)}, {@link #export(String, ExportRequest)}) and case hold
 * policy and rule creation, change and deletion. Microsoft documents them for delegated sign-in
 * only (MC1131771); an app-only call may work on some tenants and be refused on others, in which
 * case it fails with {@link UnsupportedAuthModeException} naming the Microsoft Graph eDiscovery
 * alternative. Searches themselves may be refused the same way.
 *
 * <p>Roles: searches need the Compliance Search role (eDiscovery Manager or Compliance
 * Administrator role group in Microsoft Purview); purges also need Search And Purge (Organization
 * Management); cases and holds need Case Management and Hold (eDiscovery Manager).
 *
 * <p>Build one per tenant and share it: instances are immutable and thread-safe.
 */
public final class ComplianceClient {
  static final String SYSTEM_MAILBOX_ANCHOR =
      "APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@";

  private final ComplianceEndpoint endpoint;
  private final HttpOptions httpOptions;

  private ComplianceClient(Builder b) {
    Objects.requireNonNull(b.credential, "credential");
    String tenant = Inputs.name("tenant", Objects.requireNonNull(b.tenant, "tenant"));
    ExchangeEnvironment env = b.environment;
    String scope = b.scope != null ? b.scope : env.complianceScope();
    this.httpOptions = b.httpOptions;
    HttpPipeline pipeline =
        HttpPipeline.builder()
            .serviceName("Security & Compliance")
            .options(httpOptions)
            .credential(b.credential, List.of(scope))
            .build();
    CmdletTransport template =
        CmdletTransport.builder()
            .pipeline(pipeline)
            .baseUrl(env.complianceBaseUrl())
            .tenant(tenant)
            .permissionHint(ComplianceRoles.hint())
            .warningListener(b.warningListener)
            .build();
    RegionalHostResolver resolver =
        new RegionalHostResolver(
            pipeline,
            env.complianceBaseUrl(),
            tenant,
            SYSTEM_MAILBOX_ANCHOR + tenant,
            b.regionalHost);
    this.endpoint = new ComplianceEndpoint(template, resolver, b.credential, List.of(scope));
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The regional base URL in use, e.g. {@code https://nam12b.ps.compliance.protection.outlook.com},
   * discovering it now if no call has yet.
   */
  public URI regionalHost() {
    return endpoint.regionalBase();
  }

  // ---------------------------------------------------------------- searches

  /**
   * Creates a compliance search ({@code New-ComplianceSearch}); it does not run until {@link
   * #startSearch(String)}.
   */
  public ComplianceSearch createSearch(NewSearchRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest.Builder c =
        CmdletRequest.builder("New-ComplianceSearch").param("Name", request.name());
    request.caseName().ifPresent(v -> c.param("Case", v));
    request.contentMatchQuery().ifPresent(v -> c.param("ContentMatchQuery", v));
    request.description().ifPresent(v -> c.param("Description", v));
    request
        .allowNotFoundExchangeLocations()
        .ifPresent(v -> c.param("AllowNotFoundExchangeLocationsEnabled", v));
    c.listIfSet("ExchangeLocation", request.exchangeLocations())
        .listIfSet("ExchangeLocationExclusion", request.exchangeLocationExclusions())
        .listIfSet("PublicFolderLocation", request.publicFolderLocations())
        .listIfSet("SharePointLocation", request.sharePointLocations())
        .listIfSet("SharePointLocationExclusion", request.sharePointLocationExclusions());
    return single(c.build(), ComplianceMappers::search);
  }

  /**
   * Changes a search ({@code Set-ComplianceSearch}). Its results stay those of the last run: start
   * it again for the change to take effect.
   */
  public void updateSearch(String name, SearchUpdate update) {
    Objects.requireNonNull(update, "update");
    CmdletRequest.Builder c = byIdentity("Set-ComplianceSearch", "search name", name);
    update.parameters().forEach(c::param);
    endpoint.invoke(c.build());
  }

  /** Starts (or restarts) a search ({@code Start-ComplianceSearch}); then wait for it. */
  public void startSearch(String name) {
    endpoint.invoke(
        byIdentity("Start-ComplianceSearch", "search name", name).param("Force", true).build());
  }

  /** Stops a running search ({@code Stop-ComplianceSearch}). */
  public void stopSearch(String name) {
    endpoint.invoke(byIdentity("Stop-ComplianceSearch", "search name", name).build());
  }

  /**
   * The search with its per-location results, or empty when it does not exist (not an exception:
   * searches are often looked up to see whether they still exist).
   */
  public Optional<ComplianceSearch> getSearch(String name) {
    return optional(
        byIdentity("Get-ComplianceSearch", "search name", name).build(), ComplianceMappers::search);
  }

  /** Every compliance search of the tenant, fetched page by page. */
  public PagedIterable<ComplianceSearch> listSearches() {
    return endpoint.list(
        CmdletRequest.builder("Get-ComplianceSearch").resultSize(0).build(),
        ComplianceMappers::search);
  }

  /** The searches of one eDiscovery case. */
  public PagedIterable<ComplianceSearch> listSearches(String caseName) {
    return endpoint.list(
        CmdletRequest.builder("Get-ComplianceSearch")
            .param("Case", Inputs.name("case name", caseName))
            .resultSize(0)
            .build(),
        ComplianceMappers::search);
  }

  /** Removes a search ({@code Remove-ComplianceSearch}) and, with it, its actions. */
  public void removeSearch(String name) {
    endpoint.invoke(byIdentity("Remove-ComplianceSearch", "search name", name).build());
  }

  // ---------------------------------------------------------------- search actions

  /**
   * Creates a preview action ({@code {search}_Preview}) listing the items found.
   *
   * <p>Microsoft made Preview available in on-premises Exchange only (May 2025); Exchange Online
   * refuses it with {@link ComplianceOperationNotAllowedException}. The search's own per-location
   * counts remain available through {@link #getSearch(String)}. Experimental under certificate
   * (app-only) authentication (see the class comment).
   */
  public SearchAction preview(String searchName) {
    return single(
        CmdletRequest.builder("New-ComplianceSearchAction")
            .param("SearchName", Inputs.name("search name", searchName))
            .param("Preview", true)
            .build(),
        ComplianceMappers::action);
  }

  /**
   * Soft-deletes what a completed search found ({@code {search}_Purge}, {@code SoftDelete}); see
   * {@link #purge(String, PurgeType)}.
   */
  public SearchAction purge(String searchName) {
    return purge(searchName, PurgeType.SOFT_DELETE);
  }

  /**
   * Purges what a completed search found ({@code New-ComplianceSearchAction -Purge}). The service
   * removes at most 10 items per mailbox per purge action, and never unindexed items. {@link
   * PurgeType#HARD_DELETE} must be asked for explicitly.
   *
   * <p>The search must have completed: the client reads it first ({@code Get-ComplianceSearch}, one
   * extra call) and refuses, before creating anything, a search that is missing ({@link
   * NotFoundException}) or not Completed ({@link SearchNotCompletedException}: still running, never
   * started, or ended Failed, Stopped or PartiallySucceeded, whose results would be partial). The
   * service itself would accept a purge of a running search and purge whatever it has found so far.
   *
   * <p>Experimental under certificate (app-only) authentication (see the class comment).
   *
   * @throws SearchNotCompletedException when the search is not Completed
   * @throws NotFoundException when there is no search of that name
   */
  public SearchAction purge(String searchName, PurgeType purgeType) {
    Objects.requireNonNull(purgeType, "purgeType");
    String name = Inputs.name("search name", searchName);
    requireCompletedSearch(name);
    return createPurgeAction(name, purgeType);
  }

  /**
   * Creates the purge action without reading the search first: for the search-and-purge workflow,
   * which has just read it and checked more than its status.
   */
  SearchAction createPurgeAction(String searchName, PurgeType purgeType) {
    return single(
        CmdletRequest.builder("New-ComplianceSearchAction")
            .param("SearchName", searchName)
            .param("Purge", true)
            .param("PurgeType", purgeType.wireName())
            .param("Force", true)
            .build(),
        ComplianceMappers::action);
  }

  private void requireCompletedSearch(String name) {
    ComplianceSearch search =
        getSearch(name)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "There is no compliance search named '"
                            + name
                            + "' to purge from: create it, start it and wait until it is"
                            + " Completed",
                        0,
                        null,
                        null,
                        null));
    if (!search.status().isSuccessful()) {
      throw new SearchNotCompletedException(name, search.status());
    }
  }

  /**
   * Creates an export action ({@code {search}_Export}).
   *
   * <p>Experimental under certificate (app-only) authentication (see the class comment).
   *
   * @deprecated Microsoft retired PowerShell exports for Exchange Online in May 2025; the service
   *     refuses them with {@link ComplianceOperationNotAllowedException}. Export from Microsoft
   *     Purview eDiscovery instead.
   */
  @Deprecated
  public SearchAction export(String searchName, ExportRequest options) {
    Objects.requireNonNull(options, "options");
    CmdletRequest.Builder c =
        CmdletRequest.builder("New-ComplianceSearchAction")
            .param("SearchName", Inputs.name("search name", searchName))
            .param("Export", true);
    options.parameters().forEach(c::param);
    return single(c.build(), ComplianceMappers::action);
  }

  /**
   * A search action by name ({@code {search}_Purge}, see {@link
   * dev.exchangesdk.compliance.model.SearchActionType#actionName(String)}), or empty when it does
   * not exist.
   */
  public Optional<SearchAction> getAction(String actionName) {
    return optional(
        byIdentity("Get-ComplianceSearchAction", "search action name", actionName).build(),
        ComplianceMappers::action);
  }

  /** Every search action of the tenant, fetched page by page. */
  public PagedIterable<SearchAction> listActions() {
    return endpoint.list(
        CmdletRequest.builder("Get-ComplianceSearchAction").resultSize(0).build(),
        ComplianceMappers::action);
  }

  /** Removes a search action ({@code Remove-ComplianceSearchAction}). */
  public void removeAction(String actionName) {
    endpoint.invoke(
        byIdentity("Remove-ComplianceSearchAction", "search action name", actionName).build());
  }

  // ---------------------------------------------------------------- cases

  /** Creates an eDiscovery case named {@code name}. */
  public ComplianceCase createCase(String name) {
    return createCase(NewCaseRequest.builder(name).build());
  }

  /** Creates a compliance case ({@code New-ComplianceCase}). */
  public ComplianceCase createCase(NewCaseRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest.Builder c =
        CmdletRequest.builder("New-ComplianceCase")
            .param("Name", request.name())
            .param("CaseType", request.caseType().value());
    request.description().ifPresent(v -> c.param("Description", v));
    request.externalId().ifPresent(v -> c.param("ExternalId", v));
    return single(c.build(), ComplianceMappers::complianceCase);
  }

  /** The tenant's eDiscovery cases (the cmdlet's default type); empty when there are none. */
  public List<ComplianceCase> listCases() {
    return all(
        CmdletRequest.builder("Get-ComplianceCase").build(), ComplianceMappers::complianceCase);
  }

  /** The cases of the given types, one call per type, in the order given. */
  public List<ComplianceCase> listCases(CaseType... types) {
    return listCases(0, types);
  }

  /**
   * At most {@code limit} cases of the given types (the cmdlet's default type, eDiscovery, when
   * none are given), one call per type in the order given, stopping once {@code limit} cases were
   * read. {@code Get-ComplianceCase} has no {@code -ResultSize}: the limit is applied by the
   * client, which reads no further page or type once it is reached.
   *
   * @param limit the most cases to return; 0 or less for all
   */
  public List<ComplianceCase> listCases(int limit, CaseType... types) {
    Objects.requireNonNull(types, "types");
    List<CaseType> wanted = Arrays.asList(types);
    wanted.forEach(t -> Objects.requireNonNull(t, "case type"));
    if (wanted.isEmpty()) {
      return all(
          CmdletRequest.builder("Get-ComplianceCase").maxItems(limit).build(),
          ComplianceMappers::complianceCase);
    }
    List<ComplianceCase> cases = new ArrayList<>();
    for (CaseType t : wanted) {
      int remaining = limit > 0 ? limit - cases.size() : 0;
      if (limit > 0 && remaining <= 0) {
        break;
      }
      cases.addAll(
          all(
              CmdletRequest.builder("Get-ComplianceCase")
                  .param("CaseType", t.value())
                  .maxItems(remaining)
                  .build(),
              ComplianceMappers::complianceCase));
    }
    return List.copyOf(cases);
  }

  /** A case by name or id, or empty when it does not exist. */
  public Optional<ComplianceCase> getCase(String identity) {
    return optional(
        byIdentity("Get-ComplianceCase", "case identity", identity).build(),
        ComplianceMappers::complianceCase);
  }

  /** Deletes a case ({@code Remove-ComplianceCase}). */
  public void deleteCase(String identity) {
    endpoint.invoke(byIdentity("Remove-ComplianceCase", "case identity", identity).build());
  }

  // ---------------------------------------------------------------- case holds

  /**
   * Creates a case hold policy ({@code New-CaseHoldPolicy}). Experimental under certificate
   * (app-only) authentication (see the class comment).
   */
  public CaseHoldPolicy createHoldPolicy(NewHoldPolicyRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest.Builder c = CmdletRequest.builder("New-CaseHoldPolicy");
    request.parameters().forEach(c::param);
    return single(c.build(), ComplianceMappers::holdPolicy);
  }

  /**
   * A hold policy by name or id, with distribution details and bindings, or empty when it does not
   * exist.
   */
  public Optional<CaseHoldPolicy> getHoldPolicy(String identity) {
    return getHoldPolicy(identity, true, true);
  }

  /**
   * A hold policy by name or id, or empty when it does not exist.
   *
   * @param distributionDetail ask for the distribution status ({@code -DistributionDetail});
   *     without it the service reports the status as pending or not at all
   * @param includeBindings ask for the locations the policy binds ({@code -IncludeBindings})
   */
  public Optional<CaseHoldPolicy> getHoldPolicy(
      String identity, boolean distributionDetail, boolean includeBindings) {
    return optional(
        byIdentity("Get-CaseHoldPolicy", "hold policy identity", identity)
            .switchIf("DistributionDetail", distributionDetail)
            .switchIf("IncludeBindings", includeBindings)
            .build(),
        ComplianceMappers::holdPolicy);
  }

  /** The hold policies of one case, with distribution details and bindings; empty when none. */
  public List<CaseHoldPolicy> listHoldPolicies(String caseName) {
    return listHoldPolicies(caseName, true, true);
  }

  /**
   * The hold policies of one case; empty when none. The flags are those of {@link
   * #getHoldPolicy(String, boolean, boolean)}.
   */
  public List<CaseHoldPolicy> listHoldPolicies(
      String caseName, boolean distributionDetail, boolean includeBindings) {
    return all(
        CmdletRequest.builder("Get-CaseHoldPolicy")
            .param("Case", Inputs.name("case name", caseName))
            .switchIf("DistributionDetail", distributionDetail)
            .switchIf("IncludeBindings", includeBindings)
            .build(),
        ComplianceMappers::holdPolicy);
  }

  /**
   * Changes a hold policy ({@code Set-CaseHoldPolicy}); {@code Enabled} only when set. Experimental
   * under certificate (app-only) authentication (see the class comment).
   */
  public void updateHoldPolicy(String identity, HoldPolicyUpdate update) {
    Objects.requireNonNull(update, "update");
    CmdletRequest.Builder c = byIdentity("Set-CaseHoldPolicy", "hold policy identity", identity);
    update.parameters().forEach(c::param);
    endpoint.invoke(c.build());
  }

  /**
   * Deletes a hold policy ({@code Remove-CaseHoldPolicy}); {@code force} removes it even when its
   * removal could not be distributed to every location ({@code -ForceDeletion}). Experimental under
   * certificate (app-only) authentication (see the class comment).
   */
  public void deleteHoldPolicy(String identity, boolean force) {
    endpoint.invoke(
        byIdentity("Remove-CaseHoldPolicy", "hold policy identity", identity)
            .switchIf("ForceDeletion", force)
            .build());
  }

  /**
   * Creates a case hold rule ({@code New-CaseHoldRule}). Experimental under certificate (app-only)
   * authentication (see the class comment).
   */
  public CaseHoldRule createHoldRule(NewHoldRuleRequest request) {
    Objects.requireNonNull(request, "request");
    CmdletRequest.Builder c = CmdletRequest.builder("New-CaseHoldRule");
    request.parameters().forEach(c::param);
    return single(c.build(), ComplianceMappers::holdRule);
  }

  /** The hold rules of one policy; empty when there are none. */
  public List<CaseHoldRule> listHoldRules(String policy) {
    return listHoldRules(Inputs.name("hold policy", policy), 0);
  }

  /** Every hold rule of the tenant; empty when there are none. */
  public List<CaseHoldRule> listHoldRules() {
    return listHoldRules(null, 0);
  }

  /**
   * At most {@code limit} hold rules, of one policy or of the tenant. {@code Get-CaseHoldRule} has
   * no {@code -ResultSize}: the limit is applied by the client, which reads no further page once it
   * is reached.
   *
   * @param policy the policy whose rules to list, or null for every rule
   * @param limit the most rules to return; 0 or less for all
   */
  public List<CaseHoldRule> listHoldRules(String policy, int limit) {
    CmdletRequest.Builder c = CmdletRequest.builder("Get-CaseHoldRule").maxItems(limit);
    if (policy != null) {
      c.param("Policy", Inputs.name("hold policy", policy));
    }
    return all(c.build(), ComplianceMappers::holdRule);
  }

  /** A hold rule by name or id, or empty when it does not exist. */
  public Optional<CaseHoldRule> getHoldRule(String identity) {
    return optional(
        byIdentity("Get-CaseHoldRule", "hold rule identity", identity).build(),
        ComplianceMappers::holdRule);
  }

  /**
   * Deletes a hold rule ({@code Remove-CaseHoldRule}), with {@code -ForceDeletion} if asked.
   * Experimental under certificate (app-only) authentication (see the class comment).
   */
  public void deleteHoldRule(String identity, boolean force) {
    endpoint.invoke(
        byIdentity("Remove-CaseHoldRule", "hold rule identity", identity)
            .switchIf("ForceDeletion", force)
            .build());
  }

  // ---------------------------------------------------------------- waiting

  /**
   * A poller that waits for a search to finish (Completed, Succeeded, PartiallySucceeded, Failed or
   * Stopped; unknown statuses keep it polling). Call {@link Poller#await()}; {@link
   * Poller#cancel()} from any thread stops it. On timeout the result holds the last state seen
   * ({@code null} if the search never became visible).
   *
   * @param onProgress receives every state polled, the last one included
   */
  public Poller<ComplianceSearch> searchPoller(
      String name, WaitOptions options, Consumer<ComplianceSearch> onProgress) {
    String n = Inputs.name("search name", name);
    return Waits.poller(
        httpOptions,
        options,
        onProgress,
        () -> getSearch(n),
        s -> s.status().isTerminal(),
        "compliance search '" + n + "'");
  }

  /** Waits for a search to finish; see {@link #searchPoller}. */
  public Poller.Result<ComplianceSearch> awaitSearch(String name, WaitOptions options) {
    return searchPoller(name, options, null).await();
  }

  /**
   * A poller that waits for a search action to finish (Completed or Failed; unknown statuses keep
   * it polling). See {@link #searchPoller} for cancellation and timeouts.
   */
  public Poller<SearchAction> actionPoller(
      String actionName, WaitOptions options, Consumer<SearchAction> onProgress) {
    String n = Inputs.name("search action name", actionName);
    return Waits.poller(
        httpOptions,
        options,
        onProgress,
        () -> getAction(n),
        a -> a.status().isTerminal(),
        "compliance search action '" + n + "'");
  }

  /** Waits for a search action to finish; see {@link #actionPoller}. */
  public Poller.Result<SearchAction> awaitAction(String actionName, WaitOptions options) {
    return actionPoller(actionName, options, null).await();
  }

  // ---------------------------------------------------------------- search and purge

  /**
   * Runs the incident-response workflow: create the search, start it, wait, read the counts per
   * mailbox, and purge only if the request's confirmation agrees and the counts are within its
   * limits. Without a confirmation it is a dry run. Never throws for a failed step: the report says
   * which step failed and which objects exist, and {@link
   * #resumeSearchAndPurge(SearchAndPurgeRequest)} continues from there.
   */
  public SearchAndPurgeReport searchAndPurge(SearchAndPurgeRequest request) {
    return new SearchAndPurgeWorkflow(this, request).run(false);
  }

  /**
   * Continues a search-and-purge from the objects that already exist under the request's search
   * name: waits for an existing purge action, or purges a completed search (after the same checks
   * and confirmation), or starts or waits for the search, or creates it when nothing exists.
   */
  public SearchAndPurgeReport resumeSearchAndPurge(SearchAndPurgeRequest request) {
    return new SearchAndPurgeWorkflow(this, request).run(true);
  }

  /**
   * A dry run of search-and-purge for one message, by its Internet message id ({@code
   * InternetMessageId:"<id>"}) in the given mailboxes (all when none): reports where it is.
   */
  public SearchAndPurgeReport searchAndPurgeByMessageId(
      String internetMessageId, String... exchangeLocations) {
    return searchAndPurge(
        SearchAndPurgeRequest.forMessageId(internetMessageId)
            .exchangeLocations(exchangeLocations)
            .build());
  }

  /**
   * Search-and-purge for one message by its Internet message id, purging (soft delete) when {@code
   * confirmation} agrees and every mailbox holds at most 10 copies.
   */
  public SearchAndPurgeReport searchAndPurgeByMessageId(
      String internetMessageId, PurgeConfirmation confirmation, String... exchangeLocations) {
    return searchAndPurge(
        SearchAndPurgeRequest.forMessageId(internetMessageId)
            .exchangeLocations(exchangeLocations)
            .confirmation(confirmation)
            .build());
  }

  // ---------------------------------------------------------------- escape hatch

  /**
   * Runs any Security &amp; Compliance cmdlet the typed API does not cover, e.g. {@code
   * Get-RetentionCompliancePolicy}, and returns its output as a JSON-like tree with its warnings.
   * Writes get {@code "Confirm": false}; {@code New-}, {@code Start-}, {@code Remove-} ... are not
   * repeated after a failure that may have reached the service. Values are sent as the cmdlet
   * transport encodes them (text, booleans, numbers, lists, maps as hashtables, {@code Instant}).
   */
  public CmdletResult invoke(String cmdlet, Map<String, ?> parameters) {
    Objects.requireNonNull(parameters, "parameters");
    CmdletRequest.Builder c;
    try {
      c = CmdletRequest.builder(Inputs.name("cmdlet", cmdlet));
    } catch (IllegalArgumentException notACmdlet) {
      throw new InvalidRequestException(notACmdlet.getMessage());
    }
    parameters.forEach(c::param);
    return endpoint.invoke(c.build());
  }

  // ---------------------------------------------------------------- helpers

  /** A request for {@code cmdlet} on one object, its identity checked as {@code what}. */
  private static CmdletRequest.Builder byIdentity(String cmdlet, String what, String identity) {
    return CmdletRequest.builder(cmdlet).param("Identity", Inputs.name(what, identity));
  }

  private <T> T single(CmdletRequest request, Function<CmdletObject, T> mapper) {
    List<Map<String, Object>> objects = endpoint.invoke(request).objects();
    if (objects.isEmpty()) {
      throw new ResponseFormatException(
          request.cmdletName() + " succeeded but returned no object", null);
    }
    return mapper.apply(new CmdletObject(objects.get(0)));
  }

  private <T> Optional<T> optional(CmdletRequest request, Function<CmdletObject, T> mapper) {
    try {
      List<Map<String, Object>> objects = endpoint.invoke(request).objects();
      return objects.isEmpty()
          ? Optional.empty()
          : Optional.of(mapper.apply(new CmdletObject(objects.get(0))));
    } catch (NotFoundException e) {
      if (isMissingObject(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /**
   * Whether a not-found names the object rather than the endpoint: a 404 without the cmdlet's
   * "couldn't be found" text (a wrong host, a proxy page) must not pass for "no such search".
   */
  private static boolean isMissingObject(NotFoundException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    return m.contains("notfoundexception")
        || m.contains("couldn't be found")
        || m.contains("could not be found")
        || m.contains("couldn't find")
        || m.contains("doesn't exist")
        || m.contains("does not exist");
  }

  private <T> List<T> all(CmdletRequest request, Function<CmdletObject, T> mapper) {
    List<T> out = new ArrayList<>();
    for (Map<String, Object> o : endpoint.invoke(request).objects()) {
      out.add(mapper.apply(new CmdletObject(o)));
    }
    return List.copyOf(out);
  }

  /** Builds a {@link ComplianceClient}. Not thread-safe. */
  public static final class Builder {
    private TokenCredential credential;
    private String tenant;
    private ExchangeEnvironment environment = ExchangeEnvironment.WORLDWIDE;
    private HttpOptions httpOptions = HttpOptions.defaults();
    private String scope;
    private URI regionalHost;
    private Consumer<CmdletWarning> warningListener;

    private Builder() {}

    /** The credential, the same one the other clients use (required). */
    public Builder credential(TokenCredential credential) {
      this.credential = Objects.requireNonNull(credential, "credential");
      return this;
    }

    /** The tenant id (GUID) or a domain such as {@code contoso.onmicrosoft.com} (required). */
    public Builder tenant(String tenant) {
      this.tenant = tenant;
      return this;
    }

    /** The cloud; {@link ExchangeEnvironment#WORLDWIDE} by default. */
    public Builder environment(ExchangeEnvironment environment) {
      this.environment = Objects.requireNonNull(environment, "environment");
      return this;
    }

    public Builder httpOptions(HttpOptions httpOptions) {
      this.httpOptions = Objects.requireNonNull(httpOptions, "httpOptions");
      return this;
    }

    /**
     * The token scope; the environment's compliance scope by default. Some tenants also accept the
     * Exchange scope ({@code https://outlook.office365.com/.default}).
     */
    public Builder scope(String scope) {
      this.scope = Inputs.name("scope", scope);
      return this;
    }

    /**
     * The tenant's regional Security &amp; Compliance base URL, e.g. {@code
     * https://nam12b.ps.compliance.protection.outlook.com} (PowerShell's {@code
     * Get-ConnectionInformation} shows it as {@code ConnectionUri}); skips discovery.
     */
    public Builder regionalHost(URI regionalHost) {
      Objects.requireNonNull(regionalHost, "regionalHost");
      if (regionalHost.getScheme() == null || regionalHost.getHost() == null) {
        throw new IllegalArgumentException(
            "regionalHost must be an absolute URL such as"
                + " https://nam12b.ps.compliance.protection.outlook.com");
      }
      // Only scheme, host and port matter: the cmdlet paths are added per call.
      this.regionalHost =
          URI.create(regionalHost.getScheme() + "://" + regionalHost.getRawAuthority());
      return this;
    }

    /** Receives every cmdlet warning (they are also logged); must be thread-safe. */
    public Builder warningListener(Consumer<CmdletWarning> warningListener) {
      this.warningListener = warningListener;
      return this;
    }

    public ComplianceClient build() {
      return new ComplianceClient(this);
    }
  }
}
