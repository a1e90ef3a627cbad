package dev.exchangesdk.examples.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** File names from mail data (subjects, attachment names), safe on every file system. */
public final class FileNames {
  private FileNames() {}

  /** {@code name} without path separators and characters Windows refuses, at most 100 chars. */
  public static String safe(String name) {
    String s = name == null || name.isBlank() ? "untitled" : name.strip();
    s = s.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    if (s.startsWith(".")) {
      s = "_" + s;
    }
    return s.length() <= 100 ? s : s.substring(0, 100);
  }

  /** {@code dir/name}, with {@code (2)}, {@code (3)} ... before the extension if it exists. */
  public static Path unique(Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    String safe = safe(name);
    Path p = dir.resolve(safe);
    int dot = safe.lastIndexOf('.');
    String base = dot > 0 ? safe.substring(0, dot) : safe;
    String ext = dot > 0 ? safe.substring(dot) : "";
    for (int n = 2; Files.exists(p); n++) {
      p = dir.resolve(base + " (" + n + ")" + ext);
    }
    return p;
  }
}
