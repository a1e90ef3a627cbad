package dev.exchangesdk.examples.support;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** Certificate secrets: generated passwords, and files only their owner can read. Never printed. */
public final class Passwords {
  private Passwords() {}

  /** 24 random printable ASCII characters (the JDK's PKCS#12 reader accepts nothing else). */
  public static char[] random() {
    SecureRandom random = new SecureRandom();
    char[] p = new char[24];
    for (int i = 0; i < p.length; i++) {
      p[i] = (char) ('!' + random.nextInt('~' - '!' + 1));
    }
    return p;
  }

  /** Writes the password to a new file that only its owner can read (on POSIX file systems). */
  public static void writeOwnerOnly(Path file, char[] password) throws IOException {
    createOwnerOnly(file);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      w.write(password);
      w.write(System.lineSeparator());
    }
  }

  /** Writes bytes (a PFX) to a new file that only its owner can read (on POSIX file systems). */
  public static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    createOwnerOnly(file);
    Files.write(file, content);
  }

  private static void createOwnerOnly(Path file) throws IOException {
    Files.deleteIfExists(file);
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }
}
