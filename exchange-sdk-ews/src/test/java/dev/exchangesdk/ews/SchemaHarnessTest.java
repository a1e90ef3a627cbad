package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.ews.testing.EwsSchema;
import dev.exchangesdk.ews.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema oracle itself: it accepts the documented requests and rejects broken ones. */
class SchemaHarnessTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "examples/FindItem-request.xml",
        "examples/FindItem-paged-page1-request.xml",
        "examples/GetItem-request.xml",
        "examples/GetAttachment-request.xml",
        "examples/FindFolder-request.xml",
        "examples/GetFolder-request.xml",
        "examples/SyncFolderItems-request.xml",
        "examples/SyncFolderItems-initial-request.xml",
      })
  void acceptsTheDocumentedRequests(String path) {
    assertThat(EwsSchema.problems(Fixtures.ews(path).getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void rejectsElementsOutOfSchemaOrder() {
    String swapped =
        Fixtures.ews("examples/GetFolder-request.xml")
            .replace("<FolderShape>", "<X>")
            .replace("</FolderShape>", "</X>");

    assertThat(EwsSchema.problems(swapped.getBytes(StandardCharsets.UTF_8)))
        .anySatisfy(p -> assertThat(p).contains("GetFolder"));
  }

  @Test
  void rejectsUnknownEnumerationValues() {
    String bad =
        Fixtures.ews("examples/GetFolder-request.xml").replace("Id=\"inbox\"", "Id=\"postbox\"");

    assertThat(EwsSchema.problems(bad.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }

  @Test
  void rejectsABodyThatIsNotASoapEnvelope() {
    assertThat(EwsSchema.problems("<GetFolder/>".getBytes(StandardCharsets.UTF_8)))
        .containsExactly("root element is not soap:Envelope but GetFolder");
  }
}
