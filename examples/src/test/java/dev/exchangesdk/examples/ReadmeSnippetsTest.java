package dev.exchangesdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps README.md honest: its Java code is the code compiled in this module's tests. */
class ReadmeSnippetsTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SOURCES =
      Path.of("src", "test", "java", "dev", "exchangesdk", "examples");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void everyJavaBlockOfTheReadmeIsCompiledCode() throws IOException {
    String compiled =
        normalize(
            Files.readString(SOURCES.resolve("ReadmeSnippets.java"))
                + Files.readString(SOURCES.resolve("PhishCleanupTest.java")));
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(Files.readString(README));
    while (m.find()) {
      blocks.add(m.group(1));
    }

    assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
    for (String block : blocks) {
      assertThat(compiled).as("README block:%n%s", block).contains(normalize(block));
    }
  }

  /** Whitespace and line breaks do not matter (google-java-format wraps the sources). */
  private static String normalize(String code) {
    return code.replaceAll("\\s+", "").replace(",)", ")");
  }
}
