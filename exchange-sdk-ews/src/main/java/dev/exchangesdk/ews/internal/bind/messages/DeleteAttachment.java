package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.AttachmentIds;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** {@code m:DeleteAttachment}: attachments by id. */
@XmlRootElement(name = "DeleteAttachment")
@XmlAccessorType(XmlAccessType.FIELD)
public final class DeleteAttachment {
  @XmlElement(name = "AttachmentIds", required = true)
  private AttachmentIds attachmentIds;

  private DeleteAttachment() {}

  public DeleteAttachment(AttachmentIds attachmentIds) {
    this.attachmentIds = attachmentIds;
  }
}
