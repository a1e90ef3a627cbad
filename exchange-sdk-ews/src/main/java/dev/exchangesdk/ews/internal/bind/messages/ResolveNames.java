package dev.exchangesdk.ews.internal.bind.messages;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code m:ResolveNames}: ambiguous names against the directory and the mailbox's contacts ({@code
 * ActiveDirectoryContacts}).
 */
@XmlRootElement(name = "ResolveNames")
@XmlAccessorType(XmlAccessType.FIELD)
public final class ResolveNames {
  @XmlElement(name = "UnresolvedEntry", required = true)
  private String unresolvedEntry;

  @XmlAttribute(name = "ReturnFullContactData", required = true)
  private boolean returnFullContactData;

  @XmlAttribute(name = "SearchScope")
  private String searchScope = "ActiveDirectoryContacts";

  private ResolveNames() {}

  public ResolveNames(String unresolvedEntry, boolean returnFullContactData) {
    this.unresolvedEntry = unresolvedEntry;
    this.returnFullContactData = returnFullContactData;
  }
}
