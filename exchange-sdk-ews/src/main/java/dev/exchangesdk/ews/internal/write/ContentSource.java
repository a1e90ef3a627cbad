package dev.exchangesdk.ews.internal.write;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of a streamed base64 element come from. Opened once per write.
 *
 * <p>Implementations say whether they can be opened more than once.
 */
@FunctionalInterface
public interface ContentSource {
  InputStream open() throws IOException;
}
