package dev.exchangesdk.testkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An inbox rule to add to a fake mailbox. Rules run when mail is delivered (conditions are
 * case-insensitive substrings; all given conditions must hold) and show up in EWS {@code
 * GetInboxRules} and the {@code Get-InboxRule} cmdlet.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class NewInboxRule {
  private final String name;
  private final boolean enabled;
  private final List<String> from;
  private final List<String> sentTo;
  private final List<String> subjectContainsWords;
  private final List<String> bodyContainsWords;
  private final List<String> forwardTo;
  private final List<String> forwardAsAttachmentTo;
  private final List<String> redirectTo;
  private final String moveToFolder;
  private final boolean deleteMessage;
  private final boolean markAsRead;
  private final boolean stopProcessingRules;

  private NewInboxRule(Builder b) {
    this.name = b.name;
    this.enabled = b.enabled;
    this.from = List.copyOf(b.from);
    this.sentTo = List.copyOf(b.sentTo);
    this.subjectContainsWords = List.copyOf(b.subjectContainsWords);
    this.bodyContainsWords = List.copyOf(b.bodyContainsWords);
    this.forwardTo = List.copyOf(b.forwardTo);
    this.forwardAsAttachmentTo = List.copyOf(b.forwardAsAttachmentTo);
    this.redirectTo = List.copyOf(b.redirectTo);
    this.moveToFolder = b.moveToFolder;
    this.deleteMessage = b.deleteMessage;
    this.markAsRead = b.markAsRead;
    this.stopProcessingRules = b.stopProcessingRules;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  public boolean enabled() {
    return enabled;
  }

  public List<String> from() {
    return from;
  }

  public List<String> sentTo() {
    return sentTo;
  }

  public List<String> subjectContainsWords() {
    return subjectContainsWords;
  }

  public List<String> bodyContainsWords() {
    return bodyContainsWords;
  }

  public List<String> forwardTo() {
    return forwardTo;
  }

  public List<String> forwardAsAttachmentTo() {
    return forwardAsAttachmentTo;
  }

  public List<String> redirectTo() {
    return redirectTo;
  }

  public String moveToFolder() {
    return moveToFolder;
  }

  public boolean deleteMessage() {
    return deleteMessage;
  }

  public boolean markAsRead() {
    return markAsRead;
  }

  public boolean stopProcessingRules() {
    return stopProcessingRules;
  }

  /** Builds a {@link NewInboxRule}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private boolean enabled = true;
    private final List<String> from = new ArrayList<>();
    private final List<String> sentTo = new ArrayList<>();
    private final List<String> subjectContainsWords = new ArrayList<>();
    private final List<String> bodyContainsWords = new ArrayList<>();
    private final List<String> forwardTo = new ArrayList<>();
    private final List<String> forwardAsAttachmentTo = new ArrayList<>();
    private final List<String> redirectTo = new ArrayList<>();
    private String moveToFolder;
    private boolean deleteMessage;
    private boolean markAsRead;
    private boolean stopProcessingRules;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    public Builder from(String... addresses) {
      from.addAll(List.of(addresses));
      return this;
    }

    public Builder sentTo(String... addresses) {
      sentTo.addAll(List.of(addresses));
      return this;
    }

    public Builder subjectContainsWords(String... words) {
      subjectContainsWords.addAll(List.of(words));
      return this;
    }

    public Builder bodyContainsWords(String... words) {
      bodyContainsWords.addAll(List.of(words));
      return this;
    }

    public Builder forwardTo(String... addresses) {
      forwardTo.addAll(List.of(addresses));
      return this;
    }

    public Builder forwardAsAttachmentTo(String... addresses) {
      forwardAsAttachmentTo.addAll(List.of(addresses));
      return this;
    }

    public Builder redirectTo(String... addresses) {
      redirectTo.addAll(List.of(addresses));
      return this;
    }

    /** A folder path below Top of Information Store, e.g. {@code Inbox/Newsletters}. */
    public Builder moveToFolder(String path) {
      this.moveToFolder = path;
      return this;
    }

    public Builder deleteMessage() {
      this.deleteMessage = true;
      return this;
    }

    public Builder markAsRead() {
      this.markAsRead = true;
      return this;
    }

    public Builder stopProcessingRules() {
      this.stopProcessingRules = true;
      return this;
    }

    public NewInboxRule build() {
      return new NewInboxRule(this);
    }
  }
}
