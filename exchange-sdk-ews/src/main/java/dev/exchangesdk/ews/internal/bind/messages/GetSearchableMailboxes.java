package dev.exchangesdk.ews.internal.bind.messages;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:GetSearchableMailboxes}: the mailboxes an eDiscovery manager may search. */
@XmlRootElement(name = "GetSearchableMailboxes")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"searchFilter", "expandGroupMembership"})
public final class GetSearchableMailboxes {
  @XmlElement(name = "SearchFilter")
  private String searchFilter;

  @XmlElement(name = "ExpandGroupMembership")
  private Boolean expandGroupMembership;

  private GetSearchableMailboxes() {}

  /**
   * @param searchFilter a name prefix, or {@code null} for all
   */
  public GetSearchableMailboxes(String searchFilter, boolean expandGroupMembership) {
    this.searchFilter = searchFilter;
    this.expandGroupMembership = expandGroupMembership;
  }
}
