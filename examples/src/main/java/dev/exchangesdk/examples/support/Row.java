package dev.exchangesdk.examples.support;

import java.util.LinkedHashMap;

/**
 * One table row or record, keys in insertion order: {@code new Row().with("mailbox",
 * address).with("copies", 2)}. Keys become JSON names and, humanized, text column titles.
 */
public final class Row extends LinkedHashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  /** Adds a column; returns this row. */
  public Row with(String key, Object value) {
    put(key, value);
    return this;
  }
}
