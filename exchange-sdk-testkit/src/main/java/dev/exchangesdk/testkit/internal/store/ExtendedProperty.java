package dev.exchangesdk.testkit.internal.store;

import java.util.List;
import java.util.Locale;

/**
 * A MAPI extended property as EWS addresses it ({@code t:ExtendedFieldURI}): by tag, or by property
 * set (distinguished name or GUID) plus a name or numeric id, with a type. Values are kept as the
 * strings EWS puts on the wire; array types have several.
 *
 * <p>Immutable and thread-safe.
 */
public record ExtendedProperty(
    String distinguishedSet,
    String setGuid,
    Integer tag,
    String name,
    Integer id,
    String type,
    List<String> values) {

  /** A key that identifies the property regardless of how the request spelled it. */
  public String key() {
    return key(distinguishedSet, setGuid, tag, name, id);
  }

  public static String key(
      String distinguishedSet, String setGuid, Integer tag, String name, Integer id) {
    if (tag != null) {
      return "tag:" + tag;
    }
    String set =
        distinguishedSet != null
            ? "set:" + distinguishedSet.toLowerCase(Locale.ROOT)
            : "guid:" + (setGuid == null ? "" : setGuid.toLowerCase(Locale.ROOT));
    return set + (name != null ? ":name:" + name.toLowerCase(Locale.ROOT) : ":id:" + id);
  }

  /** Whether the type is a multi-valued one ({@code StringArray}, ...). */
  public boolean isArray() {
    return type != null && type.endsWith("Array");
  }
}
