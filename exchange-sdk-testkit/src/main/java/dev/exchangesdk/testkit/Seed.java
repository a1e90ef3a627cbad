package dev.exchangesdk.testkit;

/**
 * What a new FakeExchange contains.
 *
 * <p>Immutable and thread-safe.
 */
public enum Seed {
  /** The tenant and nothing else: tests create the mailboxes they need. */
  EMPTY,
  /**
   * A contoso-style tenant with SOC, user and shared phishing-report mailboxes, realistic mail
   * (phishing with file attachments and inline images, a forwarded phish as an attached message,
   * newsletters, internal mail, one message without a Message-ID), subfolders, inbox rules (one
   * forwarding outside the company), junk settings, Tenant Allow/Block List entries, mail flow
   * rules, quarantined mail, message trace, and a distribution group with a nested group. The
   * content is the same on every start; times are relative to the fake's clock. TESTKIT.md lists
   * it.
   */
  DEMO
}
