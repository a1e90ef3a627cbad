package dev.exchangesdk.ews.monitor.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Collects one attachment's content: in memory up to a limit, then in a temporary file. Not
 * thread-safe (one download writes it).
 */
final class Spool extends OutputStream {
  private final long memoryLimit;
  private final Path directory;
  private ByteArrayOutputStream memory = new ByteArrayOutputStream();
  private Path file;
  private OutputStream fileOut;
  private long size;

  /**
   * @param memoryLimit bytes kept in memory before switching to a file
   * @param directory where the temporary file goes ({@code null}: the JVM's temp directory)
   */
  Spool(long memoryLimit, Path directory) {
    this.memoryLimit = memoryLimit;
    this.directory = directory;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (fileOut == null && size + len > memoryLimit) {
      file =
          directory == null
              ? Files.createTempFile("exchange-monitor-", ".attachment")
              : Files.createTempFile(directory, "exchange-monitor-", ".attachment");
      fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
      memory.writeTo(fileOut);
      memory = null;
    }
    if (fileOut != null) {
      fileOut.write(b, off, len);
    } else {
      memory.write(b, off, len);
    }
    size += len;
  }

  /** Completes the content; then {@link #bytes()} or {@link #file()} holds it. */
  void finish() throws IOException {
    if (fileOut != null) {
      fileOut.close();
    }
  }

  long size() {
    return size;
  }

  /** The content, when it stayed in memory. */
  byte[] bytes() {
    return memory == null ? null : memory.toByteArray();
  }

  /** The temporary file, when the content went to disk. */
  Path file() {
    return file;
  }

  /** Throws the content away (a failed download). */
  void discard() {
    memory = null;
    if (fileOut != null) {
      try {
        fileOut.close();
      } catch (IOException ignored) {
        // The file is deleted next.
      }
    }
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // Best effort: it is a temporary file with a recognizable name.
      }
      file = null;
    }
  }
}
