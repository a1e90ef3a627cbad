package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@link ComplianceClient#createSearch(NewSearchRequest)} creates: a compliance search's name,
 * KQL query and locations ({@code New-ComplianceSearch}). Creating a search does not start it.
 *
 * <p>Without a name, a neutral one is generated ({@code Search-<random UUID>}); without Exchange
 * locations the search covers all mailboxes ({@code All}). Only what was set is sent. Immutable and
 * thread-safe; the builder is not.
 */
public final class NewSearchRequest {
  /** The prefix of generated search names. */
  public static final String GENERATED_NAME_PREFIX = "Search-";

  private final String name;
  private final String contentMatchQuery;
  private final String description;
  private final String caseName;
  private final List<String> exchangeLocations;
  private final List<String> exchangeLocationExclusions;
  private final List<String> publicFolderLocations;
  private final List<String> sharePointLocations;
  private final List<String> sharePointLocationExclusions;
  private final Boolean allowNotFoundExchangeLocations;
  private final boolean noMailboxes;

  private NewSearchRequest(Builder b) {
    this.name = b.name != null ? b.name : GENERATED_NAME_PREFIX + UUID.randomUUID();
    this.contentMatchQuery = b.contentMatchQuery;
    this.description = b.description;
    this.caseName = b.caseName;
    this.exchangeLocations = b.exchangeLocations;
    this.exchangeLocationExclusions = b.exchangeLocationExclusions;
    this.publicFolderLocations = b.publicFolderLocations;
    this.sharePointLocations = b.sharePointLocations;
    this.sharePointLocationExclusions = b.sharePointLocationExclusions;
    this.allowNotFoundExchangeLocations = b.allowNotFoundExchangeLocations;
    this.noMailboxes = b.noMailboxes;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A search of all mailboxes for {@code contentMatchQuery} under a generated name. */
  public static NewSearchRequest forQuery(String contentMatchQuery) {
    return builder().contentMatchQuery(contentMatchQuery).build();
  }

  public String name() {
    return name;
  }

  /** The KQL query; empty means "everything" to the service. */
  public Optional<String> contentMatchQuery() {
    return Optional.ofNullable(contentMatchQuery);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** The eDiscovery case the search belongs to. */
  public Optional<String> caseName() {
    return Optional.ofNullable(caseName);
  }

  /**
   * The mailboxes or groups to search: {@code ["All"]} unless set, empty after {@link
   * Builder#withoutExchangeLocations()}.
   */
  public List<String> exchangeLocations() {
    if (noMailboxes) {
      return List.of();
    }
    return exchangeLocations.isEmpty() ? List.of("All") : exchangeLocations;
  }

  public List<String> exchangeLocationExclusions() {
    return exchangeLocationExclusions;
  }

  public List<String> publicFolderLocations() {
    return publicFolderLocations;
  }

  public List<String> sharePointLocations() {
    return sharePointLocations;
  }

  public List<String> sharePointLocationExclusions() {
    return sharePointLocationExclusions;
  }

  /** Whether to also search mailboxes that are not regular user mailboxes, when set. */
  public Optional<Boolean> allowNotFoundExchangeLocations() {
    return Optional.ofNullable(allowNotFoundExchangeLocations);
  }

  @Override
  public String toString() {
    return "NewSearchRequest{name=" + name + ", exchangeLocations=" + exchangeLocations() + '}';
  }

  /** Builds a {@link NewSearchRequest}. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String contentMatchQuery;
    private String description;
    private String caseName;
    private List<String> exchangeLocations = List.of();
    private List<String> exchangeLocationExclusions = List.of();
    private List<String> publicFolderLocations = List.of();
    private List<String> sharePointLocations = List.of();
    private List<String> sharePointLocationExclusions = List.of();
    private Boolean allowNotFoundExchangeLocations;
    private boolean noMailboxes;

    private Builder() {}

    /** The search's name, unique in the tenant; generated when not set. */
    public Builder name(String name) {
      this.name = Inputs.name("search name", name);
      return this;
    }

    /** The KQL query, e.g. {@code subject:"Invoice" AND from:bad@example.org}. */
    public Builder contentMatchQuery(String kql) {
      this.contentMatchQuery = Inputs.optionalText("content match query", kql);
      return this;
    }

    public Builder description(String description) {
      this.description = Inputs.optionalText("description", description);
      return this;
    }

    /** Creates the search in this eDiscovery (Standard) case. */
    public Builder caseName(String caseName) {
      this.caseName = Inputs.name("case name", caseName);
      return this;
    }

    /** Mailboxes, groups or {@code All}; all mailboxes when never set. */
    public Builder exchangeLocations(String... locations) {
      return exchangeLocations(Arrays.asList(locations));
    }

    public Builder exchangeLocations(Collection<String> locations) {
      this.exchangeLocations = Inputs.names("Exchange location", locations);
      this.noMailboxes = false;
      return this;
    }

    /** Searches no mailbox at all (a SharePoint or public folder search): no {@code All}. */
    public Builder withoutExchangeLocations() {
      this.exchangeLocations = List.of();
      this.noMailboxes = true;
      return this;
    }

    /**
     * Mailboxes to leave out. Microsoft documents this parameter as working in on-premises Exchange
     * only; Exchange Online may refuse it.
     */
    public Builder exchangeLocationExclusions(Collection<String> locations) {
      this.exchangeLocationExclusions = Inputs.names("Exchange location exclusion", locations);
      return this;
    }

    /** Public folders, or {@code All}. */
    public Builder publicFolderLocations(Collection<String> locations) {
      this.publicFolderLocations = Inputs.names("public folder location", locations);
      return this;
    }

    /** SharePoint or OneDrive site URLs, or {@code All}. */
    public Builder sharePointLocations(Collection<String> locations) {
      this.sharePointLocations = Inputs.names("SharePoint location", locations);
      return this;
    }

    public Builder sharePointLocationExclusions(Collection<String> locations) {
      this.sharePointLocationExclusions = Inputs.names("SharePoint location exclusion", locations);
      return this;
    }

    /**
     * Whether to include mailboxes other than regular user mailboxes (inactive mailboxes, users
     * without a license ...); sent only when set.
     */
    public Builder allowNotFoundExchangeLocations(boolean allow) {
      this.allowNotFoundExchangeLocations = allow;
      return this;
    }

    public NewSearchRequest build() {
      return new NewSearchRequest(this);
    }
  }
}
