package dev.exchangesdk.ews.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A folder with its subfolders, for showing a folder tree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param folder this folder
 * @param children its direct subfolders, in the order the server listed them
 */
public record FolderNode(MailFolder folder, List<FolderNode> children) {

  public FolderNode {
    children = List.copyOf(children);
  }

  /** This folder and every folder below it, depth first. */
  public List<MailFolder> flatten() {
    List<MailFolder> out = new ArrayList<>();
    addTo(out);
    return out;
  }

  private void addTo(List<MailFolder> out) {
    out.add(folder);
    for (FolderNode c : children) {
      c.addTo(out);
    }
  }
}
