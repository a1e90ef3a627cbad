package dev.exchangesdk.testkit;

/**
 * How {@code GetItem} fails to give a client an item ({@link Faults#unreadableItem}).
 *
 * <p>Immutable and thread-safe.
 */
public enum UnreadableItem {
  /**
   * The server reports the item corrupt: its response message is {@code ResponseClass="Error"} with
   * {@code ErrorCorruptData} and an empty {@code m:Items}, next to the other items' successes.
   */
  CORRUPT_DATA,
  /**
   * The server sends the item, but its body holds the character reference {@code &#x1A;}, which XML
   * 1.0 does not allow: the whole response is not well-formed and a conforming XML parser rejects
   * it. Exchange does this for mail whose text contains control characters.
   */
  INVALID_XML_CHARACTER
}
