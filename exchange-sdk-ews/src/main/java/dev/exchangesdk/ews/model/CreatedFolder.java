package dev.exchangesdk.ews.model;

import java.util.Objects;

/**
 * The folder {@code createFolder} made, or found already there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the folder id (use with {@link FolderRef#id(String)})
 * @param displayName its name
 * @param alreadyExisted {@code true} when a folder of that name was already under the parent and is
 *     returned instead of a new one
 */
public record CreatedFolder(String id, String displayName, boolean alreadyExisted) {

  public CreatedFolder {
    Objects.requireNonNull(id, "id");
  }
}
