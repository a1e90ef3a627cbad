package dev.exchangesdk.testkit.internal.store;

/**
 * One internet message header, name as written and value unfolded.
 *
 * <p>Immutable and thread-safe.
 */
public record Header(String name, String value) {

  /** Whether this header has the given name, ignoring case as MIME does. */
  public boolean is(String headerName) {
    return name.equalsIgnoreCase(headerName);
  }
}
