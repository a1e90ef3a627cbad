package dev.exchangesdk.testkit.internal.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Evaluates the tenant's enabled mail flow rules against a message in transit, for the subset of
 * conditions and actions documented in TESTKIT.md (sender, recipient, subject/body words, headers,
 * attachment extensions, scopes; prepend subject, set header, SCL, quarantine, delete, reject,
 * redirect, Bcc, disclaimer, stop processing). Rules in Audit mode match but do not act.
 *
 * <p>Not thread-safe: called under the tenant lock.
 */
public final class TransportRuleEngine {
  private final Tenant tenant;

  TransportRuleEngine(Tenant tenant) {
    this.tenant = tenant;
  }

  /** What the matching rules decided for one message. */
  public static final class Verdict {
    private final List<String> prefixes = new ArrayList<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> redirectTo = new ArrayList<>();
    private final List<String> blindCopyTo = new ArrayList<>();
    private final List<String> disclaimers = new ArrayList<>();
    private int scl = -2;
    private boolean quarantine;
    private boolean delete;
    private String reject;
    private String ruleName;

    public List<String> redirectTo() {
      return redirectTo;
    }

    /** Whether a redirect replaces the original recipients. */
    public boolean redirectOnly() {
      return !redirectTo.isEmpty();
    }

    public List<String> blindCopyTo() {
      return blindCopyTo;
    }

    public int scl() {
      return scl;
    }

    public boolean quarantine() {
      return quarantine;
    }

    public boolean delete() {
      return delete;
    }

    public String reject() {
      return reject;
    }

    public String ruleName() {
      return ruleName;
    }

    /** Applies the content changes (subject prefix, headers, SCL, disclaimer) to a copy. */
    public void applyTo(Item copy) {
      for (String p : prefixes) {
        copy.subject = p + (copy.subject == null ? "" : copy.subject);
        copy.setHeader("Subject", copy.subject);
      }
      headers.forEach(copy::setHeader);
      if (scl > -2) {
        copy.setHeader("X-MS-Exchange-Organization-SCL", Integer.toString(scl));
      }
      for (String d : disclaimers) {
        if (copy.htmlBody != null) {
          copy.htmlBody = copy.htmlBody + "<div>" + d + "</div>";
        }
        if (copy.textBody != null) {
          copy.textBody = copy.textBody + "\r\n" + d.replaceAll("<[^>]*>", "");
        }
      }
      if (!prefixes.isEmpty() || !headers.isEmpty() || !disclaimers.isEmpty()) {
        copy.rawMime = null; // content changed in transit: MIME is regenerated from fields
      }
    }
  }

  /** Evaluates every enabled rule in priority order. */
  public Verdict evaluate(Item msg, boolean fromInside) {
    Verdict v = new Verdict();
    List<AdminData.TransportRule> ordered = new ArrayList<>(tenant.admin.transportRules);
    ordered.sort(Comparator.comparingInt(r -> r.priority));
    for (AdminData.TransportRule rule : ordered) {
      if (!rule.enabled || !matches(rule.parameters, msg, fromInside)) {
        continue;
      }
      if (hasAny(rule.parameters, "ExceptIf")
          && matchesAnyException(rule.parameters, msg, fromInside)) {
        continue;
      }
      if (!"Enforce".equalsIgnoreCase(rule.mode)) {
        continue;
      }
      act(rule, v);
      if (Boolean.TRUE.equals(rule.parameters.get("StopRuleProcessing"))) {
        break;
      }
    }
    return v;
  }

  private void act(AdminData.TransportRule rule, Verdict v) {
    Map<String, Object> p = rule.parameters;
    if (v.ruleName == null) {
      v.ruleName = rule.name;
    }
    if (p.get("PrependSubject") instanceof String s) {
      v.prefixes.add(s);
    }
    if (p.get("SetHeaderName") instanceof String n
        && p.get("SetHeaderValue") instanceof String val) {
      v.headers.put(n, val);
    }
    if (p.get("SetSCL") != null) {
      v.scl = Integer.parseInt(String.valueOf(p.get("SetSCL")).replace(".0", ""));
    }
    if (Boolean.TRUE.equals(p.get("Quarantine"))) {
      v.quarantine = true;
    }
    if (Boolean.TRUE.equals(p.get("DeleteMessage"))) {
      v.delete = true;
    }
    if (p.get("RejectMessageReasonText") instanceof String r) {
      v.reject = r;
    }
    v.redirectTo.addAll(list(p.get("RedirectMessageTo")));
    v.blindCopyTo.addAll(list(p.get("BlindCopyTo")));
    v.blindCopyTo.addAll(list(p.get("AddToRecipients")));
    if (p.get("ApplyHtmlDisclaimerText") instanceof String d) {
      v.disclaimers.add(d);
    }
  }

  private boolean matchesAnyException(Map<String, Object> p, Item msg, boolean fromInside) {
    Map<String, Object> exceptions = new LinkedHashMap<>();
    p.forEach(
        (k, val) -> {
          if (k.startsWith("ExceptIf")) {
            exceptions.put(k.substring("ExceptIf".length()), val);
          }
        });
    // Exceptions are OR-ed: any one that matches exempts the message.
    for (Map.Entry<String, Object> e : exceptions.entrySet()) {
      Map<String, Object> single = new LinkedHashMap<>();
      single.put(e.getKey(), e.getValue());
      if (e.getKey().equals("HeaderContainsMessageHeader")) {
        single.put("HeaderContainsWords", exceptions.get("HeaderContainsWords"));
      }
      if (isCondition(e.getKey()) && matches(single, msg, fromInside)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasAny(Map<String, Object> p, String prefix) {
    return p.keySet().stream().anyMatch(k -> k.startsWith(prefix));
  }

  private static boolean isCondition(String name) {
    return List.of(
            "From",
            "FromAddressContainsWords",
            "SenderDomainIs",
            "FromScope",
            "SentTo",
            "SentToScope",
            "RecipientDomainIs",
            "SubjectContainsWords",
            "SubjectOrBodyContainsWords",
            "HeaderContainsMessageHeader",
            "AttachmentExtensionMatchesWords",
            "SubjectMatchesPatterns",
            "HasNoClassification")
        .contains(name);
  }

  /** All conditions present (not exceptions) must hold; a rule without conditions matches all. */
  private boolean matches(Map<String, Object> p, Item msg, boolean fromInside) {
    String sender = msg.from == null ? "" : msg.from.address().toLowerCase(Locale.ROOT);
    List<String> recipients = new ArrayList<>();
    for (EmailAddress a : msg.allRecipients()) {
      recipients.add(a.key());
    }
    String subject = msg.subject == null ? "" : msg.subject.toLowerCase(Locale.ROOT);
    String body =
        ((msg.textBody == null ? "" : msg.textBody)
                + " "
                + (msg.htmlBody == null ? "" : msg.htmlBody))
            .toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Object> e : p.entrySet()) {
      String key = e.getKey();
      if (key.startsWith("ExceptIf") || !isCondition(key)) {
        continue;
      }
      List<String> values = lowerList(e.getValue());
      boolean ok =
          switch (key) {
            case "From" -> values.contains(sender);
            case "FromAddressContainsWords" -> values.stream().anyMatch(sender::contains);
            case "SenderDomainIs" ->
                values.stream().anyMatch(d -> sender.endsWith("@" + d) || sender.endsWith("." + d));
            case "FromScope" ->
                values.contains(fromInside ? "inorganization" : "notinorganization");
            case "SentTo" -> recipients.stream().anyMatch(values::contains);
            case "SentToScope" ->
                recipients.stream()
                    .anyMatch(
                        r ->
                            values.contains(
                                tenant.isInternal(r) ? "inorganization" : "notinorganization"));
            case "RecipientDomainIs" ->
                recipients.stream()
                    .anyMatch(r -> values.stream().anyMatch(d -> r.endsWith("@" + d)));
            case "SubjectContainsWords" -> values.stream().anyMatch(subject::contains);
            case "SubjectOrBodyContainsWords" ->
                values.stream().anyMatch(w -> subject.contains(w) || body.contains(w));
            case "SubjectMatchesPatterns" -> values.stream().anyMatch(rx -> find(rx, subject));
            case "HeaderContainsMessageHeader" -> {
              String h = msg.header(String.valueOf(e.getValue()));
              List<String> words = lowerList(p.get("HeaderContainsWords"));
              yield h != null
                  && (words.isEmpty()
                      || words.stream().anyMatch(h.toLowerCase(Locale.ROOT)::contains));
            }
            case "AttachmentExtensionMatchesWords" ->
                msg.attachments.stream()
                    .anyMatch(
                        a ->
                            a.name != null
                                && values.stream()
                                    .anyMatch(
                                        x -> a.name.toLowerCase(Locale.ROOT).endsWith("." + x)));
            default -> true;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean find(String regex, String text) {
    try {
      return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(text).find();
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  static List<String> list(Object value) {
    List<String> out = new ArrayList<>();
    if (value instanceof Collection<?> c) {
      for (Object o : c) {
        out.add(String.valueOf(o));
      }
    } else if (value != null) {
      out.add(String.valueOf(value));
    }
    return out;
  }

  private static List<String> lowerList(Object value) {
    List<String> out = new ArrayList<>();
    for (String s : list(value)) {
      out.add(s.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
