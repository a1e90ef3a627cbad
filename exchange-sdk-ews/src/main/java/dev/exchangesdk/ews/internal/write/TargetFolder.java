package dev.exchangesdk.ews.internal.write;

import javax.xml.stream.XMLStreamException;

/**
 * A folder named in a streamed request: a well-known folder ({@code t:DistinguishedFolderId}) or a
 * folder id ({@code t:FolderId}).
 *
 * <p>Immutable and thread-safe.
 */
public record TargetFolder(String distinguishedId, String folderId) {

  public static TargetFolder wellKnown(String distinguishedId) {
    return new TargetFolder(distinguishedId, null);
  }

  public static TargetFolder id(String folderId) {
    return new TargetFolder(null, folderId);
  }

  /** Writes the id element inside the element just started. */
  void write(XmlOut x) throws XMLStreamException {
    if (distinguishedId != null) {
      x.tEmpty("DistinguishedFolderId").attribute("Id", distinguishedId);
    } else {
      x.tEmpty("FolderId").attribute("Id", folderId);
    }
  }
}
