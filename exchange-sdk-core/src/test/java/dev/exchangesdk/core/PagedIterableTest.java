package dev.exchangesdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PagedIterableTest {
  private final List<String> requestedTokens = new ArrayList<>();

  /** Three pages: [1,2] -> "p2" -> [3,4] -> "p3" -> [5]. */
  private Page<Integer> threePages(String token) {
    requestedTokens.add(token);
    if (token == null) {
      return new Page<>(List.of(1, 2), "p2");
    }
    if (token.equals("p2")) {
      return new Page<>(List.of(3, 4), "p3");
    }
    return new Page<>(List.of(5), null);
  }

  @Test
  void iteratesEveryItemOfEveryPageInOrder() {
    PagedIterable<Integer> items = PagedIterable.of(this::threePages);

    assertThat(items).containsExactly(1, 2, 3, 4, 5);
    assertThat(requestedTokens).containsExactly(null, "p2", "p3");
  }

  @Test
  void fetchesPagesOnlyAsTheCallerNeedsThem() {
    PagedIterable<Integer> items = PagedIterable.of(this::threePages);

    assertThat(items.stream().limit(3).collect(Collectors.toList())).containsExactly(1, 2, 3);
    assertThat(requestedTokens).containsExactly(null, "p2");
  }

  @Test
  void exposesPagesAndResumesFromAContinuationToken() {
    PagedIterable<Integer> items = PagedIterable.of(this::threePages);

    Page<Integer> first = items.byPage().iterator().next();
    String token = first.continuationToken().orElseThrow();
    List<Integer> rest = new ArrayList<>();
    items.byPage(token).forEach(p -> rest.addAll(p.items()));

    assertThat(first.items()).containsExactly(1, 2);
    assertThat(rest).containsExactly(3, 4, 5);
  }

  @Test
  void skipsEmptyPagesInTheMiddle() {
    PagedIterable<String> items =
        PagedIterable.of(
            t -> t == null ? new Page<>(List.of(), "next") : new Page<>(List.of("only"), null));

    assertThat(items).containsExactly("only");
  }

  @Test
  void stopsWhenTheServiceRepeatsAContinuationToken() {
    PagedIterable<Integer> looping =
        PagedIterable.of(t -> new Page<>(List.of(1), t == null ? "a" : t.equals("a") ? "b" : "a"));

    assertThatThrownBy(() -> looping.forEach(i -> {}))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("continuation token");
  }
}
