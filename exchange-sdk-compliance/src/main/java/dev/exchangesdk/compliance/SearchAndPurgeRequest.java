package dev.exchangesdk.compliance;

import dev.exchangesdk.compliance.internal.Inputs;
import dev.exchangesdk.compliance.model.PurgePlan;
import dev.exchangesdk.compliance.model.PurgeType;
import dev.exchangesdk.compliance.model.StepOutcome;
import dev.exchangesdk.core.InvalidRequestException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What {@link ComplianceClient#searchAndPurge(SearchAndPurgeRequest)} searches for and when it may
 * purge.
 *
 * <p>Safe by default: without a {@link PurgeConfirmation} it is a dry run; with one, it purges only
 * when every mailbox has at most {@code maxItemsPerMailbox} (10, the most one purge action removes)
 * and all mailboxes together at most {@code maxTotalItems} (1,000) matching items, and only with
 * {@link PurgeType#SOFT_DELETE} unless {@link PurgeType#HARD_DELETE} is asked for. Immutable and
 * thread-safe; the builder is not.
 */
public final class SearchAndPurgeRequest {
  private final String searchName;
  private final String contentMatchQuery;
  private final String description;
  private final String caseName;
  private final List<String> exchangeLocations;
  private final PurgeType purgeType;
  private final long maxTotalItems;
  private final long maxItemsPerMailbox;
  private final PurgeConfirmation confirmation;
  private final WaitOptions searchWait;
  private final WaitOptions purgeWait;
  private final Consumer<StepOutcome> stepListener;
  private final boolean nameGiven;

  private SearchAndPurgeRequest(Builder b) {
    this.nameGiven = b.searchName != null;
    this.searchName =
        b.searchName != null
            ? b.searchName
            : NewSearchRequest.GENERATED_NAME_PREFIX + UUID.randomUUID();
    this.contentMatchQuery = b.contentMatchQuery;
    this.description = b.description;
    this.caseName = b.caseName;
    this.exchangeLocations = b.exchangeLocations.isEmpty() ? List.of("All") : b.exchangeLocations;
    this.purgeType = b.purgeType;
    this.maxTotalItems = b.maxTotalItems;
    this.maxItemsPerMailbox = b.maxItemsPerMailbox;
    this.confirmation = b.confirmation;
    this.searchWait = b.searchWait;
    this.purgeWait = b.purgeWait;
    this.stepListener = b.stepListener;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A request for one message by its Internet message id (the {@code Message-ID} header), searched
   * with {@code InternetMessageId:"<id>"}; angle brackets are added when missing.
   *
   * @throws InvalidRequestException when the id is empty or contains quotes or whitespace
   */
  public static Builder forMessageId(String internetMessageId) {
    String id = Inputs.name("Internet message id", internetMessageId);
    if (id.chars().anyMatch(c -> c == '"' || Character.isWhitespace(c))) {
      throw new InvalidRequestException(
          "An Internet message id has no quotes or whitespace: " + internetMessageId);
    }
    if (!id.startsWith("<")) {
      id = "<" + id;
    }
    if (!id.endsWith(">")) {
      id = id + ">";
    }
    return builder().contentMatchQuery("InternetMessageId:\"" + id + "\"");
  }

  public String searchName() {
    return searchName;
  }

  /** Whether the caller named the search (resuming needs a name). */
  boolean searchNameGiven() {
    return nameGiven;
  }

  public Optional<String> contentMatchQuery() {
    return Optional.ofNullable(contentMatchQuery);
  }

  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  public Optional<String> caseName() {
    return Optional.ofNullable(caseName);
  }

  public List<String> exchangeLocations() {
    return exchangeLocations;
  }

  public PurgeType purgeType() {
    return purgeType;
  }

  public long maxTotalItems() {
    return maxTotalItems;
  }

  public long maxItemsPerMailbox() {
    return maxItemsPerMailbox;
  }

  /** The confirmation; empty for a dry run. */
  public Optional<PurgeConfirmation> confirmation() {
    return Optional.ofNullable(confirmation);
  }

  public WaitOptions searchWait() {
    return searchWait;
  }

  public WaitOptions purgeWait() {
    return purgeWait;
  }

  Consumer<StepOutcome> stepListener() {
    return stepListener;
  }

  @Override
  public String toString() {
    return "SearchAndPurgeRequest{search="
        + searchName
        + ", purgeType="
        + purgeType
        + ", dryRun="
        + (confirmation == null)
        + ", maxTotalItems="
        + maxTotalItems
        + ", maxItemsPerMailbox="
        + maxItemsPerMailbox
        + '}';
  }

  /** Builds a {@link SearchAndPurgeRequest}. Not thread-safe. */
  public static final class Builder {
    private String searchName;
    private String contentMatchQuery;
    private String description;
    private String caseName;
    private List<String> exchangeLocations = List.of();
    private PurgeType purgeType = PurgeType.SOFT_DELETE;
    private long maxTotalItems = 1000;
    private long maxItemsPerMailbox = PurgePlan.SERVICE_LIMIT_PER_MAILBOX;
    private PurgeConfirmation confirmation;
    private WaitOptions searchWait = WaitOptions.defaults();
    private WaitOptions purgeWait = WaitOptions.defaults();
    private Consumer<StepOutcome> stepListener;

    private Builder() {}

    /** The search's name; generated when not set, required to resume. */
    public Builder searchName(String searchName) {
      this.searchName = Inputs.name("search name", searchName);
      return this;
    }

    /** The KQL query; required unless resuming an existing search. */
    public Builder contentMatchQuery(String kql) {
      this.contentMatchQuery = Inputs.name("content match query", kql);
      return this;
    }

    public Builder description(String description) {
      this.description = Inputs.optionalText("description", description);
      return this;
    }

    public Builder caseName(String caseName) {
      this.caseName = Inputs.name("case name", caseName);
      return this;
    }

    /** Mailboxes or groups to search; all mailboxes when none. */
    public Builder exchangeLocations(String... locations) {
      return exchangeLocations(Arrays.asList(locations));
    }

    public Builder exchangeLocations(Collection<String> locations) {
      this.exchangeLocations = Inputs.names("Exchange location", locations);
      return this;
    }

    /** {@link PurgeType#SOFT_DELETE} by default; hard deletion only when asked for here. */
    public Builder purgeType(PurgeType purgeType) {
      this.purgeType = Objects.requireNonNull(purgeType, "purgeType");
      return this;
    }

    /** The most matching items over all mailboxes that may be purged (1,000 by default). */
    public Builder maxTotalItems(long maxTotalItems) {
      if (maxTotalItems < 1) {
        throw new IllegalArgumentException("maxTotalItems must be at least 1");
      }
      this.maxTotalItems = maxTotalItems;
      return this;
    }

    /**
     * The most matching items one mailbox may have for the purge to go ahead (10 by default). Above
     * 10, a single purge action leaves the rest in place: the report says so.
     */
    public Builder maxItemsPerMailbox(long maxItemsPerMailbox) {
      if (maxItemsPerMailbox < 1) {
        throw new IllegalArgumentException("maxItemsPerMailbox must be at least 1");
      }
      this.maxItemsPerMailbox = maxItemsPerMailbox;
      return this;
    }

    /** Who says yes to the purge; without one the workflow is a dry run. */
    public Builder confirmation(PurgeConfirmation confirmation) {
      this.confirmation = Objects.requireNonNull(confirmation, "confirmation");
      return this;
    }

    public Builder searchWait(WaitOptions searchWait) {
      this.searchWait = Objects.requireNonNull(searchWait, "searchWait");
      return this;
    }

    public Builder purgeWait(WaitOptions purgeWait) {
      this.purgeWait = Objects.requireNonNull(purgeWait, "purgeWait");
      return this;
    }

    /** Receives each step's outcome as it happens (progress reporting); may be null. */
    public Builder stepListener(Consumer<StepOutcome> stepListener) {
      this.stepListener = stepListener;
      return this;
    }

    public SearchAndPurgeRequest build() {
      return new SearchAndPurgeRequest(this);
    }
  }
}
