package dev.exchangesdk.admin.model;

import dev.exchangesdk.core.InvalidRequestException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a mail flow rule to create ({@code New-TransportRule}) or change ({@code
 * Set-TransportRule}): the common conditions and actions as typed methods, and {@link
 * Builder#parameter(String, Object)} for any of the cmdlets' other parameters ({@code ExceptIf...}
 * exceptions, DLP, headers...), which are passed as named. A {@code null} value is sent as {@code
 * $null}, which clears the setting on update. Immutable and thread-safe; the builder is not.
 */
public final class TransportRuleSpec {
  private static final Set<String> RESERVED = Set.of("identity", "confirm", "whatif");

  private final Map<String, Object> parameters;

  private TransportRuleSpec(Map<String, Object> parameters) {
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The cmdlet parameters, in the order they were set; values may be null. */
  public Map<String, Object> parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "TransportRuleSpec" + parameters.keySet();
  }

  /** Builds a {@link TransportRuleSpec}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private Builder() {}

    /** The rule's name (required to create one; renames on update). */
    public Builder name(String name) {
      return parameter("Name", name);
    }

    public Builder priority(int priority) {
      return parameter("Priority", priority);
    }

    public Builder mode(TransportRuleMode mode) {
      return parameter("Mode", mode.wireName());
    }

    /** On creation only ({@code -Enabled}); to switch an existing rule use enable or disable. */
    public Builder enabled(boolean enabled) {
      return parameter("Enabled", enabled);
    }

    public Builder comments(String comments) {
      return parameter("Comments", comments);
    }

    public Builder activationDate(Instant when) {
      return parameter("ActivationDate", when);
    }

    public Builder expiryDate(Instant when) {
      return parameter("ExpiryDate", when);
    }

    /** Condition: the sender is one of these. */
    public Builder from(String... senders) {
      return parameter("From", List.of(senders));
    }

    /** Condition: the sender's domain is one of these. */
    public Builder senderDomainIs(String... domains) {
      return parameter("SenderDomainIs", List.of(domains));
    }

    /** Condition: {@code InOrganization} or {@code NotInOrganization}. */
    public Builder fromScope(String scope) {
      return parameter("FromScope", scope);
    }

    /** Condition: a recipient is one of these. */
    public Builder sentTo(String... recipients) {
      return parameter("SentTo", List.of(recipients));
    }

    /** Condition: {@code InOrganization}, {@code NotInOrganization}, {@code ExternalPartner}... */
    public Builder sentToScope(String scope) {
      return parameter("SentToScope", scope);
    }

    /** Condition: the subject contains one of these words. */
    public Builder subjectContainsWords(String... words) {
      return parameter("SubjectContainsWords", List.of(words));
    }

    /** Condition: the subject or body contains one of these words. */
    public Builder subjectOrBodyContainsWords(String... words) {
      return parameter("SubjectOrBodyContainsWords", List.of(words));
    }

    /** Condition: an attachment's extension is one of these. */
    public Builder attachmentExtensionMatchesWords(String... extensions) {
      return parameter("AttachmentExtensionMatchesWords", List.of(extensions));
    }

    /** Action: reject with this explanation. */
    public Builder rejectMessageReasonText(String text) {
      return parameter("RejectMessageReasonText", text);
    }

    /** Action: delete the message silently. */
    public Builder deleteMessage(boolean delete) {
      return parameter("DeleteMessage", delete);
    }

    /** Action: deliver to the hosted quarantine. */
    public Builder quarantine(boolean quarantine) {
      return parameter("Quarantine", quarantine);
    }

    /** Action: redirect to these recipients. */
    public Builder redirectMessageTo(String... recipients) {
      return parameter("RedirectMessageTo", List.of(recipients));
    }

    /** Action: Bcc these recipients. */
    public Builder blindCopyTo(String... recipients) {
      return parameter("BlindCopyTo", List.of(recipients));
    }

    /** Action: prepend this text to the subject. */
    public Builder prependSubject(String text) {
      return parameter("PrependSubject", text);
    }

    /** Action: set the spam confidence level (-1 to bypass filtering, 0-9). */
    public Builder setScl(int scl) {
      if (scl < -1 || scl > 9) {
        throw new InvalidRequestException("SCL must be between -1 and 9, not " + scl);
      }
      return parameter("SetSCL", scl);
    }

    /** Action: set a header. */
    public Builder setHeader(String name, String value) {
      parameter("SetHeaderName", name);
      return parameter("SetHeaderValue", value);
    }

    /** Action: stop processing later rules. */
    public Builder stopRuleProcessing(boolean stop) {
      return parameter("StopRuleProcessing", stop);
    }

    /**
     * Any other parameter of New-/Set-TransportRule, by its name, e.g. {@code
     * ExceptIfFromMemberOf}. Values follow the cmdlet transport's encoding: text, booleans,
     * numbers, instants, collections (arrays), maps (hashtables), null ($null).
     */
    public Builder parameter(String name, Object value) {
      if (name == null || !name.matches("[A-Za-z][A-Za-z0-9]*")) {
        throw new InvalidRequestException("Not a parameter name: " + name);
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new InvalidRequestException(name + " is set by the SDK");
      }
      parameters.put(name, value);
      return this;
    }

    public TransportRuleSpec build() {
      return new TransportRuleSpec(parameters);
    }
  }
}
