package dev.exchangesdk.admin;

import dev.exchangesdk.admin.internal.AdminContext;
import dev.exchangesdk.admin.internal.Cmdlets;
import dev.exchangesdk.admin.internal.RuleMappers;
import dev.exchangesdk.admin.model.AdminResult;
import dev.exchangesdk.admin.model.TransportRule;
import dev.exchangesdk.admin.model.TransportRuleSpec;
import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.PagedIterable;
import dev.exchangesdk.core.internal.cmdlet.CmdletRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mail flow (transport) rules: list, read, create, change, remove, enable, disable. From {@link
 * ExchangeAdminClient#transportRules()}; thread-safe.
 *
 * <p>Creating a rule is not repeated after an unclear failure (a timeout could otherwise leave two
 * rules); a throttled call is, since the service refused it before running it.
 */
public final class TransportRules {
  /** The summary properties; {@code extendedOutput} returns every property instead. */
  private static final List<String> SUMMARY =
      List.of(
          "Identity",
          "Name",
          "Guid",
          "ImmutableId",
          "State",
          "Mode",
          "Priority",
          "Description",
          "Comments",
          "CreatedBy",
          "ExpiryDate",
          "Quarantine",
          "Size",
          "Conditions",
          "Exceptions",
          "Actions",
          "RouteMessageOutboundConnector",
          "WhenChanged",
          "WhenChangedUTC");

  private final AdminContext ctx;

  TransportRules(AdminContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Lists the rules.
   *
   * @param extendedOutput every property in {@code raw()}; otherwise the summary only
   * @param limit the most rules; 0 or less for all
   */
  public PagedIterable<TransportRule> list(boolean extendedOutput, int limit) {
    return ctx.transport()
        .list(
            CmdletRequest.builder("Get-TransportRule")
                .resultSize(limit)
                .select(extendedOutput ? List.of() : SUMMARY)
                .build(),
            RuleMappers::transportRule);
  }

  /** One rule, every property. */
  public TransportRule get(String identity) {
    Mailboxes.requireIdentity(identity, "identity");
    return Cmdlets.readOne(
        ctx.transport(),
        CmdletRequest.builder("Get-TransportRule").param("Identity", identity).build(),
        RuleMappers::transportRule,
        identity);
  }

  /** Creates a rule ({@code New-TransportRule}); the spec must name it. */
  public AdminResult<TransportRule> create(TransportRuleSpec spec) {
    Objects.requireNonNull(spec, "spec");
    Object name = spec.parameters().get("Name");
    if (!(name instanceof String s) || s.isBlank()) {
      throw new InvalidRequestException("A new transport rule needs a name");
    }
    CmdletRequest.Builder b = CmdletRequest.builder("New-TransportRule");
    put(b, spec.parameters());
    AdminResult<List<TransportRule>> r =
        Cmdlets.writeReturning(ctx.transport(), b.build(), RuleMappers::transportRule);
    return new AdminResult<>(r.value().isEmpty() ? null : r.value().get(0), r.warnings());
  }

  /** Changes a rule ({@code Set-TransportRule}); only the spec's parameters are sent. */
  public AdminResult<Void> update(String identity, TransportRuleSpec spec) {
    Mailboxes.requireIdentity(identity, "identity");
    Objects.requireNonNull(spec, "spec");
    if (spec.parameters().isEmpty()) {
      throw new InvalidRequestException("The transport rule change set is empty");
    }
    if (spec.parameters().containsKey("Enabled")) {
      throw new InvalidRequestException(
          "Set-TransportRule has no Enabled parameter: use enable(...) or disable(...)");
    }
    CmdletRequest.Builder b =
        CmdletRequest.builder("Set-TransportRule").param("Identity", identity);
    put(b, spec.parameters());
    return Cmdlets.write(ctx.transport(), b.build());
  }

  public AdminResult<Void> remove(String identity) {
    return simple("Remove-TransportRule", identity);
  }

  public AdminResult<Void> disable(String identity) {
    return simple("Disable-TransportRule", identity);
  }

  public AdminResult<Void> enable(String identity) {
    return simple("Enable-TransportRule", identity);
  }

  private AdminResult<Void> simple(String cmdlet, String identity) {
    Mailboxes.requireIdentity(identity, "identity");
    return Cmdlets.write(
        ctx.transport(), CmdletRequest.builder(cmdlet).param("Identity", identity).build());
  }

  private static void put(CmdletRequest.Builder b, Map<String, Object> parameters) {
    parameters.forEach(b::param);
  }
}
