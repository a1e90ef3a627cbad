package dev.exchangesdk.core.internal.cmdlet;

import dev.exchangesdk.core.internal.http.Idempotency;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One cmdlet invocation: its name, its parameters (in order, explicit nulls kept), an optional
 * {@code $select} list, the mailbox to route by, and how safe it is to repeat.
 *
 * <p>Defaults follow the cmdlet's verb: writes ({@code Set-}, {@code New-}, {@code Remove-} ...)
 * send {@code "Confirm": false} (except the Tenant Allow/Block List cmdlets, which have no {@code
 * -Confirm}); {@code New-}, {@code Add-}, {@code Remove-}, {@code Release-}, {@code Start-}, {@code
 * Send-} ... are {@link Idempotency#NOT_IDEMPOTENT} (retried only when the service refused them
 * before running them), everything else {@link Idempotency#IDEMPOTENT}. See {@link CmdletTransport}
 * for what that means for retries.
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class CmdletRequest {
  /** Verbs of cmdlets that only read; they never get {@code Confirm}. */
  private static final Set<String> READ_VERBS =
      Set.of("get", "test", "export", "search", "find", "read", "show", "resolve");

  /**
   * Verbs whose repetition after an unclear failure could act twice (create two rules, release a
   * message twice) or report a misleading error (a second Remove- says "not found").
   */
  private static final Set<String> NOT_IDEMPOTENT_VERBS =
      Set.of(
          "new", "add", "remove", "delete", "release", "start", "send", "invoke", "import", "copy",
          "move", "restore", "resume", "submit");

  private final String cmdletName;
  private final Map<String, Object> parameters;
  private final List<String> select;
  private final String anchorMailbox;
  private final Idempotency idempotency;
  private final int maxItems;

  private CmdletRequest(Builder b) {
    this.cmdletName = b.cmdletName;
    Map<String, Object> params = new LinkedHashMap<>(b.parameters);
    boolean confirm = b.confirm != null ? b.confirm : defaultSendsConfirm(b.cmdletName);
    if (confirm && !params.containsKey("Confirm")) {
      params.put("Confirm", false);
    }
    this.parameters = Collections.unmodifiableMap(params);
    this.select = List.copyOf(b.select);
    this.anchorMailbox = b.anchorMailbox;
    this.idempotency = b.idempotency != null ? b.idempotency : defaultIdempotency(b.cmdletName);
    this.maxItems = b.maxItems;
  }

  /** Starts a request for {@code cmdletName} (e.g. {@code Get-Mailbox}). */
  public static Builder builder(String cmdletName) {
    return new Builder(cmdletName);
  }

  public String cmdletName() {
    return cmdletName;
  }

  /** The parameters in insertion order; values may be {@code null} (sent as JSON null). */
  public Map<String, Object> parameters() {
    return parameters;
  }

  /** Properties to return ({@code ?$select=}); empty for all. */
  public List<String> select() {
    return select;
  }

  /** The SMTP address to route by, or {@code null} for the tenant's system mailbox. */
  public String anchorMailbox() {
    return anchorMailbox;
  }

  public Idempotency idempotency() {
    return idempotency;
  }

  /** Stop after this many objects over all pages; 0 for no client-side limit. */
  public int maxItems() {
    return maxItems;
  }

  /** Whether the verb only reads (Get-, Test-, Export- ...). */
  public static boolean isRead(String cmdletName) {
    return READ_VERBS.contains(verb(cmdletName));
  }

  static boolean defaultSendsConfirm(String cmdletName) {
    // The Tenant Allow/Block List cmdlets declare no -Confirm; sending it fails parameter binding.
    return !isRead(cmdletName)
        && !cmdletName.toLowerCase(Locale.ROOT).contains("tenantallowblocklist");
  }

  static Idempotency defaultIdempotency(String cmdletName) {
    return NOT_IDEMPOTENT_VERBS.contains(verb(cmdletName))
        ? Idempotency.NOT_IDEMPOTENT
        : Idempotency.IDEMPOTENT;
  }

  private static String verb(String cmdletName) {
    int dash = cmdletName.indexOf('-');
    return (dash < 0 ? cmdletName : cmdletName.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    // Parameter names only: values can be personal data or, rarely, secrets (PasswordV2).
    return "CmdletRequest{" + cmdletName + ", parameters=" + parameters.keySet() + '}';
  }

  /** Builds a {@link CmdletRequest}. Not thread-safe. */
  public static final class Builder {
    private final String cmdletName;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<String> select = new ArrayList<>();
    private String anchorMailbox;
    private Idempotency idempotency;
    private Boolean confirm;
    private int maxItems;

    private Builder(String cmdletName) {
      Objects.requireNonNull(cmdletName, "cmdletName");
      if (!cmdletName.matches("[A-Za-z]+-[A-Za-z0-9]+")) {
        throw new IllegalArgumentException("Not a cmdlet name: " + cmdletName);
      }
      this.cmdletName = cmdletName;
    }

    /**
     * Sets a parameter; a {@code null} value is sent as JSON {@code null} (PowerShell's {@code
     * $null}, which clears a property). See {@link CmdletRequestWriter} for the value types.
     */
    public Builder param(String name, Object value) {
      parameters.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /** Sets a parameter when the value is not {@code null}; unset inputs are not sent at all. */
    public Builder paramIfSet(String name, Object value) {
      if (value != null) {
        parameters.put(name, value);
      }
      return this;
    }

    /** Sets a list parameter when it has at least one element; always sent as a JSON array. */
    public Builder listIfSet(String name, Collection<?> values) {
      if (values != null && !values.isEmpty()) {
        parameters.put(name, List.copyOf(values));
      }
      return this;
    }

    /** Sends the switch ({@code true}) when {@code on}; omits it otherwise. */
    public Builder switchIf(String name, boolean on) {
      if (on) {
        parameters.put(name, true);
      }
      return this;
    }

    /**
     * An {@code @{Add=...; Remove=...}} edit of a multi-valued property, sent as a {@code
     * #Exchange.GenericHashTable}. Empty sides are left out; nothing is sent when both are empty.
     */
    public Builder addRemove(String name, Collection<?> add, Collection<?> remove) {
      Map<String, Object> table = new LinkedHashMap<>();
      if (add != null && !add.isEmpty()) {
        table.put("Add", List.copyOf(add));
      }
      if (remove != null && !remove.isEmpty()) {
        table.put("Remove", List.copyOf(remove));
      }
      if (!table.isEmpty()) {
        parameters.put(name, table);
      }
      return this;
    }

    /**
     * {@code ResultSize}: {@code Unlimited} when {@code limit <= 0}, else the limit, which also
     * stops paging once that many objects arrived.
     */
    public Builder resultSize(int limit) {
      if (limit <= 0) {
        parameters.put("ResultSize", CmdletValues.UNLIMITED);
        maxItems = 0;
      } else {
        parameters.put("ResultSize", limit);
        maxItems = limit;
      }
      return this;
    }

    /** Stops paging after this many objects without sending a parameter; 0 for no limit. */
    public Builder maxItems(int maxItems) {
      this.maxItems = Math.max(0, maxItems);
      return this;
    }

    /** Returns only these properties ({@code ?$select=A,B}). */
    public Builder select(Collection<String> properties) {
      select.clear();
      select.addAll(properties);
      return this;
    }

    /**
     * Routes the call by this mailbox ({@code X-AnchorMailbox: SMTP:...} with {@code
     * parameter-based-routing: true}) when it is an SMTP address; other identities (GUIDs, aliases)
     * keep the default system-mailbox anchor.
     */
    public Builder anchorMailbox(String mailbox) {
      this.anchorMailbox =
          mailbox != null && mailbox.matches("[^@\\s]+@[^@\\s]+") ? mailbox.strip() : null;
      return this;
    }

    /** Overrides the verb-based retry safety. */
    public Builder idempotency(Idempotency idempotency) {
      this.idempotency = idempotency;
      return this;
    }

    /** Overrides the verb-based decision to send {@code "Confirm": false}. */
    public Builder confirm(boolean sendConfirmFalse) {
      this.confirm = sendConfirmFalse;
      return this;
    }

    public CmdletRequest build() {
      return new CmdletRequest(this);
    }
  }
}
