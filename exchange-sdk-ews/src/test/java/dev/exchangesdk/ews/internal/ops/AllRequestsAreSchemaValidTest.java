package dev.exchangesdk.ews.internal.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.exchangesdk.ews.internal.bind.EwsJaxb;
import dev.exchangesdk.ews.internal.bind.messages.FindItem;
import dev.exchangesdk.ews.internal.bind.types.DistinguishedFolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderId;
import dev.exchangesdk.ews.internal.bind.types.FolderIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.bind.types.Restriction;
import dev.exchangesdk.ews.internal.bind.types.SearchExpression;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.EwsTransport;
import dev.exchangesdk.ews.internal.write.StreamedRequests;
import dev.exchangesdk.ews.testing.EwsSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every request the client can write, in each of its variants, is valid against the official EWS
 * schema. A new operation adds its variants to {@link #calls()}; {@link
 * #everyRegisteredRequestElementIsCovered()} fails until it does.
 */
class AllRequestsAreSchemaValidTest {
  private static final EwsTransport TRANSPORT =
      new EwsTransport(null, HttpUrl.get("https://ews.invalid/EWS/Exchange.asmx"), "Exchange2016");

  static List<EwsCall<?, ?>> calls() {
    List<EwsCall<?, ?>> calls = new ArrayList<>();
    FolderId id = new FolderId("AAMkAD=", "AQAAAA==");
    DistinguishedFolderId inbox = new DistinguishedFolderId("inbox");
    calls.add(new GetFolderCall(inbox, "inbox"));
    calls.add(new GetFolderCall(id, "folder"));
    calls.add(new GetFolderCall(new DistinguishedFolderId("msgfolderroot"), true, "root"));
    calls.add(new FindFolderCall(inbox, false, 0, "inbox"));
    calls.add(new FindFolderCall(id, true, 1000, "folder"));
    calls.addAll(RequestCatalog.itemCalls());
    calls.addAll(WriteRequestCatalog.calls());
    return calls;
  }

  static Stream<Arguments> requests() {
    return calls().stream()
        .map(c -> Arguments.of(c.operation() + " #" + System.identityHashCode(c), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void requestIsSchemaValid(String name, EwsCall<?, ?> call) {
    byte[] body = TRANSPORT.render("soc@contoso.com", call.request());

    EwsSchema.validateRequest(body);
  }

  @Test
  void everyRegisteredRequestElementIsCovered() {
    Set<Class<?>> covered = new HashSet<>();
    for (EwsCall<?, ?> c : calls()) {
      covered.add(c.request().getClass());
    }

    assertThat(covered).containsAll(EwsJaxb.requestClasses());
    assertThat(covered).containsAll(StreamedRequests.TYPES);
  }

  /** Microsoft's FindItem reference: QueryString excludes the use of restrictions. */
  @Test
  void noFindItemRequestCarriesBothAQueryStringAndARestriction() {
    for (EwsCall<?, ?> c : calls()) {
      String body =
          new String(TRANSPORT.render("soc@contoso.com", c.request()), StandardCharsets.UTF_8);
      if (body.contains("<m:QueryString")) {
        assertThat(body).as(c.operation()).doesNotContain("<m:Restriction");
      }
    }
    assertThatThrownBy(
            () ->
                new FindItem(
                    ResponseShape.items(List.of(), false),
                    null,
                    Restriction.of(
                        SearchExpression.isEqualTo("message:InternetMessageId", "<a@b>")),
                    null,
                    FolderIds.of(new DistinguishedFolderId("inbox")),
                    "subject:invoice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("QueryString or a Restriction, not both");
  }
}
