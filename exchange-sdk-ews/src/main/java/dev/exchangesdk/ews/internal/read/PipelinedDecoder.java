package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.ews.internal.xml.Base64Decoder;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Runs a {@link Base64Decoder} (and so the hashing and writing behind it) on a second thread, so
 * that scanning the XML and decoding overlap: for large contents this nearly halves the time on a
 * machine with a spare core. Text is copied into a few pooled 64 Ki-character buffers; memory stays
 * constant.
 *
 * <p>The decoder must not be used by the caller once handed over. Failures of the decoding thread
 * (invalid base64, a failing destination) are rethrown to the caller at its next {@link #write} or
 * at {@link #finish()}. Confined to one calling thread; always {@link #close()} it.
 */
final class PipelinedDecoder implements AutoCloseable {
  private static final int BUFFER_CHARS = 64 * 1024;
  private static final int BUFFERS = 4;
  private static final Chunk END = new Chunk(new char[0], 0);

  private final Base64Decoder decoder;
  private final BlockingQueue<Chunk> full = new ArrayBlockingQueue<>(BUFFERS + 1);
  private final BlockingQueue<char[]> free = new ArrayBlockingQueue<>(BUFFERS);
  private final Thread worker;
  private volatile Throwable failure;

  /** Set by {@link #finish()} (not by an abort): only then is the data complete. */
  private volatile boolean complete;

  private char[] current;
  private int filled;
  private boolean ended;

  private record Chunk(char[] chars, int length) {}

  PipelinedDecoder(Base64Decoder decoder) {
    this.decoder = decoder;
    for (int i = 0; i < BUFFERS; i++) {
      free.add(new char[BUFFER_CHARS]);
    }
    current = free.poll();
    worker = new Thread(this::decodeChunks, "ews-base64-decoder");
    worker.setDaemon(true);
    worker.start();
  }

  void write(char[] text, int off, int len) {
    while (len > 0) {
      int n = Math.min(len, current.length - filled);
      System.arraycopy(text, off, current, filled, n);
      filled += n;
      off += n;
      len -= n;
      if (filled == current.length) {
        handOver();
      }
    }
  }

  /** Decodes what is left, waits for the decoding thread, and rethrows its failure if any. */
  void finish() {
    if (filled > 0) {
      handOver();
    }
    complete = true;
    end();
    join();
    rethrowFailure();
  }

  /** Stops the decoding thread if {@link #finish()} was not reached. */
  @Override
  public void close() {
    if (!ended) {
      end();
      join();
    }
  }

  private void handOver() {
    rethrowFailure();
    try {
      full.put(new Chunk(current, filled));
      current = free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException("The download was interrupted", null, true, e);
    }
    filled = 0;
  }

  private void end() {
    ended = true;
    try {
      full.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.interrupt();
    }
  }

  private void join() {
    try {
      worker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      worker.interrupt();
    }
  }

  private void rethrowFailure() {
    Throwable f = failure;
    if (f instanceof RuntimeException) {
      throw (RuntimeException) f;
    }
    if (f instanceof Error) {
      throw (Error) f;
    }
    if (f != null) {
      throw new ExchangeException("Decoding the content failed: " + f.getMessage(), f);
    }
  }

  /** The decoding thread: decodes chunks in order; after a failure only drains until the end. */
  private void decodeChunks() {
    try {
      while (true) {
        Chunk c = full.take();
        if (c == END) {
          if (failure == null && complete) {
            decoder.finish();
          }
          return;
        }
        if (failure == null) {
          try {
            decoder.decode(c.chars(), 0, c.length());
          } catch (IOException | RuntimeException e) {
            failure = e;
          }
        }
        free.put(c.chars());
      }
    } catch (InterruptedException e) {
      failure = e;
    } catch (IOException | RuntimeException e) {
      failure = e;
    }
  }
}
