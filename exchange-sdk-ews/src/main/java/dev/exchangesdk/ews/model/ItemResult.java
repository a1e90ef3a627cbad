package dev.exchangesdk.ews.model;

import dev.exchangesdk.core.ExchangeException;
import java.util.Objects;

/**
 * The outcome for one id of a batch call: the value, or the typed error for that id alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the id as the caller gave it
 * @param value the value, {@code null} on failure
 * @param error the failure ({@link dev.exchangesdk.core.NotFoundException} for a missing item ...),
 *     {@code null} on success
 */
public record ItemResult<T>(String id, T value, ExchangeException error) {

  public ItemResult {
    Objects.requireNonNull(id, "id");
    if ((value == null) == (error == null)) {
      throw new IllegalArgumentException("exactly one of value and error is set");
    }
  }

  public static <T> ItemResult<T> success(String id, T value) {
    return new ItemResult<>(id, value, null);
  }

  public static <T> ItemResult<T> failure(String id, ExchangeException error) {
    return new ItemResult<>(id, null, error);
  }

  public boolean isSuccess() {
    return error == null;
  }

  /** The value, or the error thrown. */
  public T orElseThrow() {
    if (error != null) {
      throw error;
    }
    return value;
  }
}
