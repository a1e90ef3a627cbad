package dev.exchangesdk.testkit.internal.cmdlet;

import dev.exchangesdk.testkit.internal.store.AdminData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parameters of {@code New-/Set-TransportRule} the fake accepts: rule metadata, conditions,
 * their {@code ExceptIf} forms, and actions. Which of them the fake's mail flow also enforces is
 * documented in TESTKIT.md; the rest are stored and returned as given.
 *
 * <p>Stateless and thread-safe.
 */
final class TransportRuleParameters {
  private TransportRuleParameters() {}

  static final List<String> META =
      List.of(
          "Name",
          "Priority",
          "Mode",
          "Comments",
          "Enabled",
          "ActivationDate",
          "ExpiryDate",
          "RuleErrorAction",
          "RuleSubType",
          "SenderAddressLocation",
          "DlpPolicy");

  static final List<String> CONDITIONS =
      List.of(
          "From",
          "FromAddressContainsWords",
          "FromAddressMatchesPatterns",
          "SenderDomainIs",
          "FromScope",
          "FromMemberOf",
          "SentTo",
          "SentToMemberOf",
          "SentToScope",
          "RecipientDomainIs",
          "RecipientAddressContainsWords",
          "SubjectContainsWords",
          "SubjectMatchesPatterns",
          "SubjectOrBodyContainsWords",
          "SubjectOrBodyMatchesPatterns",
          "HeaderContainsMessageHeader",
          "HeaderContainsWords",
          "HeaderMatchesMessageHeader",
          "HeaderMatchesPatterns",
          "AttachmentExtensionMatchesWords",
          "AttachmentNameMatchesPatterns",
          "AttachmentContainsWords",
          "AttachmentHasExecutableContent",
          "AttachmentSizeOver",
          "MessageSizeOver",
          "SCLOver",
          "SenderIpRanges",
          "HasNoClassification");

  static final List<String> ACTIONS =
      List.of(
          "PrependSubject",
          "SetHeaderName",
          "SetHeaderValue",
          "RemoveHeader",
          "SetSCL",
          "Quarantine",
          "DeleteMessage",
          "RejectMessageReasonText",
          "RejectMessageEnhancedStatusCode",
          "RedirectMessageTo",
          "BlindCopyTo",
          "AddToRecipients",
          "CopyTo",
          "ModerateMessageByUser",
          "ModerateMessageByManager",
          "ApplyHtmlDisclaimerText",
          "ApplyHtmlDisclaimerLocation",
          "ApplyHtmlDisclaimerFallbackAction",
          "StopRuleProcessing",
          "SetAuditSeverity",
          "GenerateIncidentReport",
          "IncidentReportContent",
          "GenerateNotification",
          "NotifySender",
          "ApplyClassification",
          "RouteMessageOutboundConnector",
          "RouteMessageOutboundRequireTls");

  /** Every parameter name New-/Set-TransportRule accepts (plus {@code Identity} for Set). */
  static String[] all(boolean withIdentity) {
    Set<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    s.addAll(META);
    s.addAll(CONDITIONS);
    for (String c : CONDITIONS) {
      s.add("ExceptIf" + c);
    }
    s.addAll(ACTIONS);
    if (withIdentity) {
      s.add("Identity");
    }
    return s.toArray(new String[0]);
  }

  static String kind(String parameter) {
    if (parameter.startsWith("ExceptIf")) {
      return "exception";
    }
    for (String c : CONDITIONS) {
      if (c.equalsIgnoreCase(parameter)) {
        return "condition";
      }
    }
    for (String a : ACTIONS) {
      if (a.equalsIgnoreCase(parameter)) {
        return "action";
      }
    }
    return "meta";
  }

  /** The .NET predicate or action class name the service lists in Conditions/Actions. */
  static String className(String parameter) {
    String p = parameter.startsWith("ExceptIf") ? parameter.substring(8) : parameter;
    String base = p.replace("Words", "").replace("Patterns", "").replace("MessageHeader", "Header");
    return base + ("action".equals(kind(parameter)) ? "Action" : "Predicate");
  }

  /** The human-readable rule description the service returns. */
  static String describe(AdminData.TransportRule r) {
    StringBuilder conditions = new StringBuilder();
    StringBuilder actions = new StringBuilder();
    StringBuilder exceptions = new StringBuilder();
    for (Map.Entry<String, Object> e : r.parameters.entrySet()) {
      String line = "\t" + e.getKey() + " " + render(e.getValue()) + "\r\n";
      switch (kind(e.getKey())) {
        case "condition" -> conditions.append(line);
        case "action" -> actions.append(line);
        case "exception" -> exceptions.append(line);
        default -> {}
      }
    }
    StringBuilder sb = new StringBuilder("If the message:\r\n");
    sb.append(conditions.length() == 0 ? "\tApply to all messages\r\n" : conditions);
    sb.append("Take the following actions:\r\n").append(actions);
    if (exceptions.length() > 0) {
      sb.append("Except if the message:\r\n").append(exceptions);
    }
    return sb.toString();
  }

  private static String render(Object v) {
    if (v instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      c.forEach(o -> parts.add("'" + o + "'"));
      return String.join(" or ", parts);
    }
    return "'" + v + "'";
  }

  static int size(AdminData.TransportRule r) {
    return 256 + describe(r).length() * 2;
  }
}
