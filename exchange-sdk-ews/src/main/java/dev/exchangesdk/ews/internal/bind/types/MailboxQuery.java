package dev.exchangesdk.ews.internal.bind.types;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

/** {@code t:MailboxQuery}: a keyword query and the mailboxes (by reference id) it runs in. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"query", "scopes"})
public final class MailboxQuery {
  @XmlElement(name = "Query", required = true)
  private String query;

  @XmlElementWrapper(name = "MailboxSearchScopes", required = true)
  @XmlElement(name = "MailboxSearchScope")
  private List<Scope> scopes = new ArrayList<>();

  private MailboxQuery() {}

  /**
   * @param searchScope {@code All}, {@code PrimaryOnly} or {@code ArchiveOnly}
   */
  public MailboxQuery(String query, List<String> mailboxReferenceIds, String searchScope) {
    this.query = query;
    for (String id : mailboxReferenceIds) {
      Scope s = new Scope();
      s.mailbox = id;
      s.searchScope = searchScope;
      scopes.add(s);
    }
  }

  @XmlAccessorType(XmlAccessType.FIELD)
  @XmlType(propOrder = {"mailbox", "searchScope"})
  static final class Scope {
    @XmlElement(name = "Mailbox", required = true)
    private String mailbox;

    @XmlElement(name = "SearchScope", required = true)
    private String searchScope;
  }
}
