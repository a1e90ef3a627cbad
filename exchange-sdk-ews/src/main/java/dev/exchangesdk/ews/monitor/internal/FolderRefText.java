package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.ews.model.FolderRef;

/** Reads back the text {@link FolderRef#toString()} writes (kept in checkpoints). */
final class FolderRefText {
  private FolderRefText() {}

  static FolderRef parse(String text) {
    if (text.startsWith("public-path:")) {
      return FolderRef.publicFolderPath(text.substring("public-path:".length()));
    }
    if (text.startsWith("path:")) {
      return FolderRef.path(text.substring("path:".length()));
    }
    if (text.startsWith("id:")) {
      return FolderRef.id(text.substring("id:".length()));
    }
    return FolderRef.wellKnown(text);
  }
}
