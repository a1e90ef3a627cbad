package dev.exchangesdk.ews.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names a folder for any mailbox operation: by path ({@code Inbox/Phishing} or {@code
 * Inbox\Phishing}), by id, or as a {@link WellKnownFolder}; mailbox folders or public folders.
 *
 * <p>Paths are walked from Top of Information Store by display name, ignoring case. A first segment
 * that names a well-known folder ({@code Inbox}, {@code inbox}, {@code Sent Items}, {@code
 * sentitems}, {@code deleteditems} ...) starts at that folder whatever its localized display name;
 * a first segment {@code AllItems} is looked up under the mailbox root. An unknown segment fails
 * with a {@link dev.exchangesdk.core.NotFoundException} naming it. Public folder paths are walked
 * from the public folders root.
 *
 * <p>Immutable and thread-safe.
 */
public final class FolderRef {
  /** How a reference names its folder. */
  public enum Kind {
    ID,
    WELL_KNOWN,
    PATH
  }

  /** Long base64 text without spaces: what an EWS folder id looks like (120+ characters). */
  private static final Pattern ID_LIKE = Pattern.compile("[A-Za-z0-9+/=_-]{100,}");

  private final Kind kind;
  private final String id;
  private final WellKnownFolder wellKnown;
  private final List<String> segments;
  private final boolean publicFolder;

  private FolderRef(
      Kind kind, String id, WellKnownFolder wellKnown, List<String> segments, boolean pub) {
    this.kind = kind;
    this.id = id;
    this.wellKnown = wellKnown;
    this.segments = segments;
    this.publicFolder = pub;
  }

  /** A folder by its id (as returned in {@link MailFolder#id()}). */
  public static FolderRef id(String folderId) {
    requireText(folderId, "folderId");
    return new FolderRef(Kind.ID, folderId.strip(), null, List.of(), false);
  }

  public static FolderRef wellKnown(WellKnownFolder folder) {
    Objects.requireNonNull(folder, "folder");
    return new FolderRef(
        Kind.WELL_KNOWN, null, folder, List.of(), folder == WellKnownFolder.PUBLIC_FOLDERS_ROOT);
  }

  /**
   * A well-known folder by name ({@code inbox}, {@code Sent Items} ...).
   *
   * @throws IllegalArgumentException when the name is not a well-known folder
   */
  public static FolderRef wellKnown(String name) {
    return wellKnown(
        WellKnownFolder.fromName(name)
            .orElseThrow(
                () -> new IllegalArgumentException("Not a well-known folder name: " + name)));
  }

  /** A mailbox folder by path, segments separated by {@code /} or {@code \}. */
  public static FolderRef path(String path) {
    return new FolderRef(Kind.PATH, null, null, split(path), false);
  }

  /** A public folder by path below the public folders root. */
  public static FolderRef publicFolderPath(String path) {
    return new FolderRef(Kind.PATH, null, null, split(path), true);
  }

  /**
   * Reads a folder the way users type it: a long id-like string is an id, a well-known name is that
   * folder, anything else is a path.
   */
  public static FolderRef parse(String text) {
    return parse(text, false);
  }

  /** As {@link #parse(String)}; with {@code publicFolder}, paths are public folder paths. */
  public static FolderRef parse(String text, boolean publicFolder) {
    requireText(text, "folder");
    String t = text.strip();
    if (ID_LIKE.matcher(t).matches()) {
      return id(t);
    }
    if (!publicFolder && t.indexOf('/') < 0 && t.indexOf('\\') < 0) {
      var known = WellKnownFolder.fromName(t);
      if (known.isPresent()) {
        return wellKnown(known.get());
      }
    }
    return publicFolder ? publicFolderPath(t) : path(t);
  }

  public Kind kind() {
    return kind;
  }

  /** The folder id ({@link Kind#ID}), else {@code null}. */
  public String folderId() {
    return id;
  }

  /** The well-known folder ({@link Kind#WELL_KNOWN}), else {@code null}. */
  public WellKnownFolder wellKnownFolder() {
    return wellKnown;
  }

  /** The path segments ({@link Kind#PATH}; empty for the root), else empty. */
  public List<String> segments() {
    return segments;
  }

  /** Whether this names a public folder. */
  public boolean isPublicFolder() {
    return publicFolder;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FolderRef)) {
      return false;
    }
    FolderRef f = (FolderRef) o;
    return kind == f.kind
        && Objects.equals(id, f.id)
        && wellKnown == f.wellKnown
        && segments.equals(f.segments)
        && publicFolder == f.publicFolder;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, wellKnown, segments, publicFolder);
  }

  /** {@code path:Inbox/Phishing}, {@code public-path:Sales}, {@code id:AAMk...}, {@code inbox}. */
  @Override
  public String toString() {
    switch (kind) {
      case ID:
        return "id:" + id;
      case WELL_KNOWN:
        return wellKnown.wireName();
      default:
        return (publicFolder ? "public-path:" : "path:") + String.join("/", segments);
    }
  }

  private static List<String> split(String path) {
    Objects.requireNonNull(path, "path");
    List<String> out = new ArrayList<>();
    for (String s : path.split("[/\\\\]")) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }

  private static void requireText(String s, String name) {
    if (s == null || s.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
