package dev.exchangesdk.ews.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The order of a listing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param field a sortable field: {@link ItemField#RECEIVED_AT}, {@link ItemField#SENT_AT}, {@link
 *     ItemField#CREATED_AT}, {@link ItemField#LAST_MODIFIED_AT}, {@link ItemField#SUBJECT}, {@link
 *     ItemField#SIZE} or {@link ItemField#IMPORTANCE}
 * @param ascending oldest/smallest first when true
 */
public record ItemSort(ItemField field, boolean ascending) {
  private static final Set<ItemField> SORTABLE =
      EnumSet.of(
          ItemField.RECEIVED_AT,
          ItemField.SENT_AT,
          ItemField.CREATED_AT,
          ItemField.LAST_MODIFIED_AT,
          ItemField.SUBJECT,
          ItemField.SIZE,
          ItemField.IMPORTANCE);

  public ItemSort {
    Objects.requireNonNull(field, "field");
    if (!SORTABLE.contains(field)) {
      throw new IllegalArgumentException("Cannot sort on " + field + "; sortable: " + SORTABLE);
    }
  }

  /** Newest received first (the default). */
  public static ItemSort newestFirst() {
    return new ItemSort(ItemField.RECEIVED_AT, false);
  }

  /** Oldest received first. */
  public static ItemSort oldestFirst() {
    return new ItemSort(ItemField.RECEIVED_AT, true);
  }
}
