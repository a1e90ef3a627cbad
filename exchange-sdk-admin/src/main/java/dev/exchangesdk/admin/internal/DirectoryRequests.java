package dev.exchangesdk.admin.internal;

import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link DirectoryQuery} into cmdlet parameters. Every filter is sent: the pack read its
 * OU, SMTP and UPN arguments and never passed them on, so its "filtered" listings returned
 * everything.
 */
public final class DirectoryRequests {
  private DirectoryRequests() {}

  /**
   * Starts a request for a directory listing.
   *
   * @param acceptsRecipientTypeDetails whether the cmdlet has {@code -RecipientTypeDetails}
   */
  public static CmdletRequest.Builder listing(
      String cmdlet, DirectoryQuery q, boolean acceptsRecipientTypeDetails) {
    if (!acceptsRecipientTypeDetails && !q.recipientTypeDetails().isEmpty()) {
      throw new InvalidRequestException(
          cmdlet + " cannot filter by RecipientTypeDetails; use filter(...) or another listing");
    }
    return CmdletRequest.builder(cmdlet)
        .paramIfSet("Identity", blankToNull(q.identity()))
        .paramIfSet("OrganizationalUnit", blankToNull(q.organizationalUnit()))
        .listIfSet("RecipientTypeDetails", q.recipientTypeDetails())
        .paramIfSet(
            "Filter",
            and(
                q.filter(),
                equals("PrimarySmtpAddress", q.primarySmtpAddress()),
                equals("UserPrincipalName", q.userPrincipalName())))
        .resultSize(q.limit());
  }

  /** {@code Property -eq 'value'} with the value's quotes doubled, or null for no value. */
  public static String equals(String property, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return property + " -eq '" + value.strip().replace("'", "''") + "'";
  }

  /** The non-null clauses joined with {@code -and}, each in parentheses; null when none. */
  public static String and(String... clauses) {
    List<String> present = new ArrayList<>();
    for (String c : clauses) {
      if (c != null && !c.isBlank()) {
        present.add(c.strip());
      }
    }
    if (present.isEmpty()) {
      return null;
    }
    if (present.size() == 1) {
      return present.get(0);
    }
    return "(" + String.join(") -and (", present) + ")";
  }

  public static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
