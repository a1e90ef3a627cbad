package dev.exchangesdk.ews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.ews.testing.EwsSchema;
import dev.exchangesdk.ews.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented and recorded requests of the write operations pass the schema oracle the SDK's own
 * requests are checked with, except the one the documentation got wrong.
 */
class WriteRequestExamplesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "examples/CopyItem-request.xml",
        "examples/CreateFolder-request.xml",
        "examples/CreateItem-sendmail-request.xml",
        "examples/DeleteAttachment-request.xml",
        "examples/DeleteItem-request.xml",
        "examples/ExpandDL-private-request.xml",
        "examples/GetInboxRules-request.xml",
        "examples/GetSearchableMailboxes-request.xml",
        "examples/GetUserOofSettings-request.xml",
        "examples/MarkAsJunk-request.xml",
        "examples/MarkAsJunk-remove-request.xml",
        "examples/MoveItem-request.xml",
        "examples/ResolveNames-request.xml",
        "examples/SearchMailboxes-request.xml",
        "examples/UpdateItem-markread-request.constructed.xml",
        "examples/UpdateItem-SetItemField-request.xml",
        "examples/UpdateItem-subject-request.xml",
        "recorded/CreateItemWithAttachment.xml",
        "recorded/CreateItemWithTwoFileAttachment.xml",
        "recorded/DLExpansionRequest.xml",
        "recorded/SendItemRequest.xml",
      })
  void acceptsTheDocumentedRequest(String path) {
    assertThat(EwsSchema.problems(Fixtures.ews(path).getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void rejectsTheDocumentedPublicExpandDlRequestThatUsesTheTypesNamespace() {
    byte[] typo =
        Fixtures.ews("examples/ExpandDL-public-request.xml").getBytes(StandardCharsets.UTF_8);

    assertThat(EwsSchema.problems(typo)).anySatisfy(p -> assertThat(p).contains("ExpandDL"));
  }
}
