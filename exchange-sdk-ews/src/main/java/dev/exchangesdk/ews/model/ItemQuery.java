package dev.exchangesdk.ews.model;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What to list from a folder: which items (an AQS query, or one Internet Message-ID and/or a
 * received or last-modified time range, or everything), which fields, in which order, and how many.
 * An AQS query stands alone: EWS does not take it together with the other filters, so {@link
 * Builder#build()} refuses the combination.
 *
 * <pre>{@code
 * ItemQuery q = ItemQuery.builder()
 *     .aqs("subject:invoice AND from:contoso.com")
 *     .fields(ItemField.summary())
 *     .limit(50)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ItemQuery {
  /** The largest page EWS serves. */
  public static final int MAX_PAGE_SIZE = 1000;

  private final String aqs;
  private final String internetMessageId;
  private final Instant receivedFrom;
  private final Instant receivedBefore;
  private final Instant modifiedFrom;
  private final Instant modifiedBefore;
  private final Set<ItemField> fields;
  private final ItemSort sort;
  private final Integer limit;
  private final int pageSize;

  private ItemQuery(Builder b) {
    if (b.aqs != null && b.internetMessageId != null) {
      throw new IllegalArgumentException("Give either an AQS query or a Message-ID, not both");
    }
    // The Message-ID and the time ranges are sent as m:Restriction, the AQS as m:QueryString, and
    // Microsoft documents that QueryString excludes the use of restrictions: a request with both
    // is not one the server promises to honour. Translating the range into AQS is not exact
    // either (AQS dates are whole days, read in the mailbox's time zone and language), so the
    // combination is refused here, before anything is sent, saying what to do instead.
    if (b.aqs != null
        && (b.receivedFrom != null
            || b.receivedBefore != null
            || b.modifiedFrom != null
            || b.modifiedBefore != null)) {
      throw new IllegalArgumentException(
          "An AQS query cannot be combined with receivedBetween or modifiedBetween: EWS takes a"
              + " QueryString or a restriction, never both. Put the dates in the AQS (received:,"
              + " sent:, whole days) or filter the results on MailItem.receivedAt() or"
              + " lastModifiedAt()");
    }
    this.aqs = b.aqs;
    this.internetMessageId = b.internetMessageId;
    this.receivedFrom = b.receivedFrom;
    this.receivedBefore = b.receivedBefore;
    this.modifiedFrom = b.modifiedFrom;
    this.modifiedBefore = b.modifiedBefore;
    EnumSet<ItemField> f = EnumSet.copyOf(b.fields);
    f.add(ItemField.ID);
    this.fields = Collections.unmodifiableSet(f);
    this.sort = b.sort;
    this.limit = b.limit;
    this.pageSize = b.pageSize;
  }

  /** Every item, summary fields, newest first, in pages of 100. */
  public static ItemQuery all() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.aqs = aqs;
    b.internetMessageId = internetMessageId;
    b.receivedFrom = receivedFrom;
    b.receivedBefore = receivedBefore;
    b.modifiedFrom = modifiedFrom;
    b.modifiedBefore = modifiedBefore;
    b.fields = fields;
    b.sort = sort;
    b.limit = limit;
    b.pageSize = pageSize;
    return b;
  }

  public Optional<String> aqs() {
    return Optional.ofNullable(aqs);
  }

  /** The Message-ID to match exactly, with angle brackets. */
  public Optional<String> internetMessageId() {
    return Optional.ofNullable(internetMessageId);
  }

  /** Items received at or after this instant. */
  public Optional<Instant> receivedFrom() {
    return Optional.ofNullable(receivedFrom);
  }

  /** Items received before this instant. */
  public Optional<Instant> receivedBefore() {
    return Optional.ofNullable(receivedBefore);
  }

  /** Items last modified at or after this instant. */
  public Optional<Instant> modifiedFrom() {
    return Optional.ofNullable(modifiedFrom);
  }

  /** Items last modified before this instant. */
  public Optional<Instant> modifiedBefore() {
    return Optional.ofNullable(modifiedBefore);
  }

  public Set<ItemField> fields() {
    return fields;
  }

  public ItemSort sort() {
    return sort;
  }

  /** At most this many items in all. */
  public OptionalInt limit() {
    return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  public int pageSize() {
    return pageSize;
  }

  @Override
  public String toString() {
    return "ItemQuery{"
        + (aqs != null ? "aqs='" + aqs + "', " : "")
        + (internetMessageId != null ? "messageId=" + internetMessageId + ", " : "")
        + (receivedFrom != null ? "receivedFrom=" + receivedFrom + ", " : "")
        + (receivedBefore != null ? "receivedBefore=" + receivedBefore + ", " : "")
        + (modifiedFrom != null ? "modifiedFrom=" + modifiedFrom + ", " : "")
        + (modifiedBefore != null ? "modifiedBefore=" + modifiedBefore + ", " : "")
        + "fields="
        + fields.size()
        + ", sort="
        + sort
        + ", limit="
        + limit
        + ", pageSize="
        + pageSize
        + '}';
  }

  /** Builds an {@link ItemQuery}. Not thread-safe. */
  public static final class Builder {
    private String aqs;
    private String internetMessageId;
    private Instant receivedFrom;
    private Instant receivedBefore;
    private Instant modifiedFrom;
    private Instant modifiedBefore;
    private Set<ItemField> fields = ItemField.summary();
    private ItemSort sort = ItemSort.newestFirst();
    private Integer limit;
    private int pageSize = 100;

    private Builder() {}

    /**
     * An Advanced Query Syntax search ({@code subject:invoice from:bob}), as in Outlook. It cannot
     * be combined with {@link #internetMessageId}, {@link #receivedBetween} or {@link
     * #modifiedBetween}: {@link #build()} throws {@link IllegalArgumentException}; put dates in the
     * AQS ({@code received:}, {@code sent:}) instead.
     */
    public Builder aqs(String aqs) {
      this.aqs = blankToNull(aqs);
      return this;
    }

    /** The item(s) with this Internet Message-ID; angle brackets are added when missing. */
    public Builder internetMessageId(String messageId) {
      String m = blankToNull(messageId);
      if (m != null && !m.startsWith("<")) {
        m = "<" + m + ">";
      }
      this.internetMessageId = m;
      return this;
    }

    /**
     * Items received in [{@code from}, {@code before}); either end may be {@code null}. Not with an
     * {@link #aqs AQS query}.
     */
    public Builder receivedBetween(Instant from, Instant before) {
      this.receivedFrom = from;
      this.receivedBefore = before;
      return this;
    }

    /**
     * Items last modified in [{@code from}, {@code before}); either end may be {@code null}. Not
     * with an {@link #aqs AQS query}.
     */
    public Builder modifiedBetween(Instant from, Instant before) {
      this.modifiedFrom = from;
      this.modifiedBefore = before;
      return this;
    }

    /** The fields to return (the id always comes back). Default {@link ItemField#summary()}. */
    public Builder fields(Collection<ItemField> fields) {
      Objects.requireNonNull(fields, "fields");
      this.fields = fields.isEmpty() ? EnumSet.of(ItemField.ID) : EnumSet.copyOf(fields);
      return this;
    }

    public Builder fields(ItemField... fields) {
      return fields(java.util.List.of(fields));
    }

    /**
     * The fields by pack name ({@code subject}, {@code datetimeReceived}, {@code all} ...).
     *
     * @throws dev.exchangesdk.core.InvalidRequestException for an unknown name
     */
    public Builder fieldNames(Collection<String> names) {
      this.fields = ItemField.fromNames(names);
      return this;
    }

    public Builder sort(ItemSort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /** At most this many items in all (at least 1). */
    public Builder limit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1");
      }
      this.limit = limit;
      return this;
    }

    /** Items per server call, 1 to {@value ItemQuery#MAX_PAGE_SIZE}; default 100. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException for an AQS query combined with a Message-ID or a time range
     */
    public ItemQuery build() {
      return new ItemQuery(this);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
