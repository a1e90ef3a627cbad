package dev.exchangesdk.ews.internal.bind.messages;

import dev.exchangesdk.ews.internal.bind.types.AttachmentIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

/** {@code m:GetAttachment}: attachments (content included) by attachment id. */
@XmlRootElement(name = "GetAttachment")
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(propOrder = {"attachmentShape", "attachmentIds"})
public final class GetAttachment {
  @XmlElement(name = "AttachmentShape")
  private ResponseShape attachmentShape;

  @XmlElement(name = "AttachmentIds", required = true)
  private AttachmentIds attachmentIds;

  private GetAttachment() {}

  public GetAttachment(ResponseShape attachmentShape, AttachmentIds attachmentIds) {
    this.attachmentShape = attachmentShape;
    this.attachmentIds = attachmentIds;
  }
}
