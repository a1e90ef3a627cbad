package dev.exchangesdk.ews.monitor.internal;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * A set of item hashes that remembers insertion order and forgets the oldest beyond a capacity.
 * Serialized as base64 of the big-endian longs, oldest first. Not thread-safe (a folder's state is
 * confined to the thread polling it).
 */
public final class IdSet {
  private final int capacity;
  private final LinkedHashSet<Long> ids = new LinkedHashSet<>();
  private String encoded;

  public IdSet(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  public boolean contains(long id) {
    return ids.contains(id);
  }

  /**
   * Adds {@code id}; returns false when it was there already. Evicts the oldest beyond capacity.
   */
  public boolean add(long id) {
    if (!ids.add(id)) {
      return false;
    }
    encoded = null;
    if (ids.size() > capacity) {
      Iterator<Long> eldest = ids.iterator();
      eldest.next();
      eldest.remove();
    }
    return true;
  }

  /** Removes {@code id}; returns false when it was not there. */
  public boolean remove(long id) {
    if (!ids.remove(id)) {
      return false;
    }
    encoded = null;
    return true;
  }

  /** Whether both sets hold the same ids, in any order. */
  public boolean sameIds(IdSet other) {
    return ids.equals(other.ids);
  }

  public int size() {
    return ids.size();
  }

  public boolean isEmpty() {
    return ids.isEmpty();
  }

  public void clear() {
    if (!ids.isEmpty()) {
      ids.clear();
      encoded = null;
    }
  }

  /** Adds every id of {@code other}, oldest first. */
  public void addAll(IdSet other) {
    for (long id : other.ids) {
      add(id);
    }
  }

  public int capacity() {
    return capacity;
  }

  /** Base64 of the ids, oldest first; kept until the set changes (checkpoints write it often). */
  public String encode() {
    String e = encoded;
    if (e == null) {
      ByteBuffer b = ByteBuffer.allocate(ids.size() * Long.BYTES);
      for (long id : ids) {
        b.putLong(id);
      }
      e = Base64.getEncoder().encodeToString(b.array());
      encoded = e;
    }
    return e;
  }

  /**
   * Reads {@link #encode()} output into a set of this capacity (keeping the newest when there are
   * more).
   *
   * @throws IllegalArgumentException when the text is not such output
   */
  public static IdSet decode(String text, int capacity) {
    IdSet s = new IdSet(capacity);
    if (text == null || text.isEmpty()) {
      return s;
    }
    byte[] bytes = Base64.getDecoder().decode(text);
    if (bytes.length % Long.BYTES != 0) {
      throw new IllegalArgumentException("an id set is a whole number of 8-byte ids");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    while (b.hasRemaining()) {
      s.add(b.getLong());
    }
    return s;
  }

  @Override
  public String toString() {
    return "IdSet{" + ids.size() + "/" + capacity + '}';
  }
}
