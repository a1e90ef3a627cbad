package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlTransient;

/** A folder id in a request: {@link FolderId} or {@link DistinguishedFolderId}. */
@XmlTransient
public abstract class BaseFolderId {
  BaseFolderId() {}
}
