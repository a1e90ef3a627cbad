package dev.exchangesdk.ews.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * An eDiscovery search (EWS SearchMailboxes): a keyword query (KQL) over mailboxes named by their
 * {@link SearchableMailbox#referenceId()}, returning statistics or a page of previews.
 *
 * <pre>{@code
 * DiscoveryQuery q = DiscoveryQuery.builder("subject:\"Invoice overdue\"")
 *     .mailboxes(List.of(box.referenceId()))
 *     .previews(100)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DiscoveryQuery {
  /** What the search returns. */
  public enum ResultType {
    /** Counts and sizes, per keyword too. */
    STATISTICS("StatisticsOnly"),
    /** A page of item previews. */
    PREVIEW("PreviewOnly");

    private final String wireName;

    ResultType(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  /** Which parts of each mailbox are searched. */
  public enum Scope {
    ALL("All"),
    PRIMARY_ONLY("PrimaryOnly"),
    ARCHIVE_ONLY("ArchiveOnly");

    private final String wireName;

    Scope(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }

  private final String query;
  private final List<String> mailboxReferenceIds;
  private final Scope scope;
  private final ResultType resultType;
  private final int pageSize;
  private final String pageAfter;
  private final boolean deduplicate;
  private final String language;

  private DiscoveryQuery(Builder b) {
    if (b.mailboxes.isEmpty()) {
      throw new IllegalArgumentException("Name at least one mailbox (by reference id) to search");
    }
    this.query = b.query;
    this.mailboxReferenceIds = List.copyOf(b.mailboxes);
    this.scope = b.scope;
    this.resultType = b.resultType;
    this.pageSize = b.pageSize;
    this.pageAfter = b.pageAfter;
    this.deduplicate = b.deduplicate;
    this.language = b.language;
  }

  /** A search for {@code query} (KQL, as in the Purview search box; may be empty for all items). */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  public String query() {
    return query;
  }

  public List<String> mailboxReferenceIds() {
    return mailboxReferenceIds;
  }

  public Scope scope() {
    return scope;
  }

  public ResultType resultType() {
    return resultType;
  }

  /** Previews per page. */
  public int pageSize() {
    return pageSize;
  }

  /** The sort value of the last preview of the previous page, or {@code null} for the first. */
  public String pageAfter() {
    return pageAfter;
  }

  public boolean deduplicate() {
    return deduplicate;
  }

  /** The query language (culture, e.g. {@code en-US}), or {@code null} for the server's. */
  public String language() {
    return language;
  }

  /** Builds a {@link DiscoveryQuery}. Not thread-safe. */
  public static final class Builder {
    private final String query;
    private final List<String> mailboxes = new ArrayList<>();
    private Scope scope = Scope.ALL;
    private ResultType resultType = ResultType.STATISTICS;
    private int pageSize = 100;
    private String pageAfter;
    private boolean deduplicate;
    private String language;

    private Builder(String query) {
      this.query = Objects.requireNonNull(query, "query").strip();
    }

    /** The mailboxes to search, by {@link SearchableMailbox#referenceId()}. */
    public Builder mailboxes(Collection<String> referenceIds) {
      for (String id : referenceIds) {
        if (id == null || id.isBlank()) {
          throw new IllegalArgumentException("A mailbox reference id must not be blank");
        }
        mailboxes.add(id.strip());
      }
      return this;
    }

    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /** Statistics only (the default). */
    public Builder statistics() {
      this.resultType = ResultType.STATISTICS;
      return this;
    }

    /** Previews, {@code pageSize} (1 to 10000) per page. */
    public Builder previews(int pageSize) {
      if (pageSize < 1 || pageSize > 10000) {
        throw new IllegalArgumentException("pageSize must be between 1 and 10000");
      }
      this.resultType = ResultType.PREVIEW;
      this.pageSize = pageSize;
      return this;
    }

    /** The next page of previews: after the item with this {@link DiscoveryItem#sortValue()}. */
    public Builder pageAfter(String sortValue) {
      this.pageAfter = sortValue == null || sortValue.isBlank() ? null : sortValue;
      return this;
    }

    /** Returns one copy of items found in several mailboxes. */
    public Builder deduplicate(boolean deduplicate) {
      this.deduplicate = deduplicate;
      return this;
    }

    public Builder language(String language) {
      this.language = language == null || language.isBlank() ? null : language.strip();
      return this;
    }

    public DiscoveryQuery build() {
      return new DiscoveryQuery(this);
    }
  }
}
