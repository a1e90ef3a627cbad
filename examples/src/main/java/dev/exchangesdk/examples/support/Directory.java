package dev.exchangesdk.examples.support;

import dev.exchangesdk.admin.ExchangeAdminClient;
import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.admin.model.Mailbox;
import java.util.ArrayList;
import java.util.List;

/** The mailboxes to search when the user names none. */
public final class Directory {
  private Directory() {}

  /**
   * Every user and shared mailbox of the tenant (Get-Mailbox through the admin client, page by
   * page), by primary SMTP address.
   */
  public static List<String> userAndSharedMailboxes(ExchangeAdminClient admin) {
    List<String> addresses = new ArrayList<>();
    DirectoryQuery query =
        DirectoryQuery.builder().recipientTypeDetails("UserMailbox", "SharedMailbox").build();
    for (Mailbox m : admin.mailboxes().list(query)) {
      addresses.add(m.primarySmtpAddress());
    }
    return addresses;
  }
}
