package dev.exchangesdk.ews.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.core.ResponseFormatException;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Base64DecoderTest {

  private static byte[] decodeInChunks(String text, int chunk) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Base64Decoder d = new Base64Decoder(out);
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i += chunk) {
      d.decode(chars, i, Math.min(chunk, chars.length - i));
    }
    d.finish();
    return out.toByteArray();
  }

  @Test
  void decodesWhateverTheChunkBoundariesAndLineBreaks() throws Exception {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 2, 3, 4, 5, 57, 100, 8191, 8192, 8193, 70_000}) {
      byte[] data = new byte[size];
      random.nextBytes(data);
      for (String encoded :
          new String[] {
            Base64.getEncoder().encodeToString(data),
            Base64.getMimeEncoder().encodeToString(data),
            Base64.getEncoder().withoutPadding().encodeToString(data)
          }) {
        for (int chunk : new int[] {1, 3, 7, 4096, 16384}) {
          assertThat(decodeInChunks(encoded, chunk))
              .as("size %d chunk %d", size, chunk)
              .isEqualTo(data);
        }
      }
    }
  }

  @Test
  void refusesCharactersOutsideTheAlphabet() {
    assertThatThrownBy(() -> decodeInChunks("QUJD*EVG", 8))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("invalid base64 character");
    assertThatThrownBy(() -> decodeInChunks("QUJDRA==QUJD", 4))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("after its padding");
    assertThatThrownBy(() -> decodeInChunks("QUJDR", 5))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("truncated");
  }
}
