package dev.exchangesdk.ews.monitor.internal;

import dev.exchangesdk.ews.Mailbox;
import dev.exchangesdk.ews.model.FolderRef;
import dev.exchangesdk.ews.model.ItemActionResult;
import dev.exchangesdk.ews.model.ItemField;
import dev.exchangesdk.ews.model.ItemResult;
import dev.exchangesdk.ews.model.MailItem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Binds the post-action writes to a mailbox's operations. Stateless and thread-safe. */
final class ItemWriters {
  private ItemWriters() {}

  static PostActionRunner.ItemWriter of(Mailbox mailbox) {
    return new PostActionRunner.ItemWriter() {
      @Override
      public List<ItemResult<String>> markRead(List<String> itemIds) {
        return outcomes(mailbox.markAsRead(itemIds, true));
      }

      @Override
      public List<ItemResult<String>> move(List<String> itemIds, FolderRef target) {
        return outcomes(mailbox.moveItems(itemIds, target));
      }

      @Override
      public Map<String, String> changeKeys(List<String> itemIds) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ItemResult<MailItem> r : mailbox.getItems(itemIds, EnumSet.of(ItemField.ID))) {
          if (r.isSuccess() && r.value().changeKey() != null) {
            out.put(r.id(), r.value().changeKey());
          }
        }
        return out;
      }
    };
  }

  private static List<ItemResult<String>> outcomes(List<ItemResult<ItemActionResult>> results) {
    List<ItemResult<String>> out = new ArrayList<>(results.size());
    for (ItemResult<ItemActionResult> r : results) {
      out.add(
          r.isSuccess()
              ? ItemResult.success(r.id(), r.value().currentItemId())
              : ItemResult.failure(r.id(), r.error()));
    }
    return out;
  }
}
