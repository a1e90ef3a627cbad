package dev.exchangesdk.ews.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of recovering deleted messages by Message-ID (pack {@code ews-recover-messages}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param moves one outcome per message found in Recoverable Items: its new id in the target folder
 *     ({@link ItemAction#RECOVERED}), or the error that kept it there. A Message-ID found more than
 *     once (several copies) has one entry per copy.
 * @param notFound the Message-IDs (as given) that matched nothing
 */
public record RecoveryResult(List<ItemResult<ItemActionResult>> moves, List<String> notFound) {

  public RecoveryResult {
    moves = List.copyOf(moves);
    notFound = List.copyOf(notFound);
  }

  /** The messages that were moved back. */
  public List<ItemActionResult> recovered() {
    List<ItemActionResult> out = new ArrayList<>();
    for (ItemResult<ItemActionResult> r : moves) {
      if (r.isSuccess()) {
        out.add(r.value());
      }
    }
    return out;
  }

  /** Whether every Message-ID was found and every copy moved back. */
  public boolean complete() {
    return notFound.isEmpty() && moves.stream().allMatch(ItemResult::isSuccess);
  }
}
