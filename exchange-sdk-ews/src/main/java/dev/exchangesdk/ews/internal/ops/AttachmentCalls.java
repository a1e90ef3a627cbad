package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.InvalidRequestException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.messages.GetAttachment;
import dev.exchangesdk.ews.internal.bind.types.AttachmentIds;
import dev.exchangesdk.ews.internal.bind.types.ResponseShape;
import dev.exchangesdk.ews.internal.read.Base64Content;
import dev.exchangesdk.ews.internal.read.ItemXmlReader;
import dev.exchangesdk.ews.internal.read.ItemXmlReader.AttachmentFields;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.AttachmentInfo;
import dev.exchangesdk.ews.model.MailItem;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The GetAttachment calls: file content streamed, an attached item parsed, or its MIME streamed.
 */
final class AttachmentCalls {
  private AttachmentCalls() {}

  /** What was read of one attachment. */
  record Attachment(AttachmentInfo info, MailItem item, long bytesWritten, boolean contentFound) {}

  /** A file attachment's content, decoded into {@code out} while it arrives. */
  static EwsCall<Attachment, Attachment> fileContent(String attachmentId, OutputStream out) {
    return new Call(
        attachmentId,
        ResponseShape.attachments(false, List.of()),
        true,
        () -> new Reader(out, false));
  }

  /** An attached item's properties. */
  static EwsCall<Attachment, Attachment> item(String attachmentId, List<String> fieldUris) {
    return new Call(
        attachmentId,
        ResponseShape.attachments(false, fieldUris),
        false,
        () -> new Reader(null, false));
  }

  /** An attached item's MIME content, decoded into {@code out} while it arrives. */
  static EwsCall<Attachment, Attachment> itemMime(String attachmentId, OutputStream out) {
    return new Call(
        attachmentId,
        ResponseShape.attachments(true, List.of()),
        false,
        () -> new Reader(out, true));
  }

  private static final class Call extends EwsCall<Attachment, Attachment> {
    private final String attachmentId;
    private final boolean fileOnly;
    private final java.util.function.Supplier<Reader> readers;

    Call(
        String attachmentId,
        ResponseShape shape,
        boolean fileOnly,
        java.util.function.Supplier<Reader> readers) {
      super("GetAttachment", new GetAttachment(shape, AttachmentIds.of(List.of(attachmentId))));
      this.attachmentId = attachmentId;
      this.fileOnly = fileOnly;
      this.readers = readers;
    }

    @Override
    public MessageReader<Attachment> newMessageReader() {
      return readers.get();
    }

    @Override
    public Attachment result(List<ResponseMessage<Attachment>> messages, ReadContext context) {
      // The message count is checked first: in an answer with more messages than ids asked for,
      // an error about the kind of some other message's attachment would blame the wrong one.
      Attachment a = single(messages, context, "attachment " + attachmentId);
      if (a == null || a.info() == null) {
        throw new ResponseFormatException(
            "EWS GetAttachment succeeded but returned no attachment for " + attachmentId, null);
      }
      if (fileOnly && a.info().kind() != AttachmentInfo.Kind.FILE) {
        throw new InvalidRequestException(
            "Attachment is an attached "
                + (a.info().kind() == AttachmentInfo.Kind.ITEM ? "item" : "cloud file link")
                + ", not a file: export it as .eml or read it as an item instead",
            context.httpStatus(),
            "NotAFileAttachment",
            context.requestId(),
            null);
      }
      return a;
    }
  }

  /**
   * Reads {@code m:Attachments}: the attachment's properties, and either its content (files, to
   * {@code out}), its item (item attachments), or the item's MIME (to {@code out}).
   */
  private static final class Reader implements MessageReader<Attachment> {
    private final OutputStream out;
    private final boolean mime;
    private final AttachmentFields fields = new AttachmentFields();
    private AttachmentInfo.Kind kind;
    private MailItem item;
    private long written;
    private boolean contentFound;

    Reader(OutputStream out, boolean mime) {
      this.out = out;
      this.mime = mime;
    }

    @Override
    public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
      if (!"Attachments".equals(r.getLocalName())) {
        XmlCursor.skip(r);
        return;
      }
      XmlCursor.forEachChild(r, a -> attachment(a, ctx));
    }

    private void attachment(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
      if (kind != null) {
        XmlCursor.skip(r); // one id was asked for; ignore anything more
        return;
      }
      String element = r.getLocalName();
      kind =
          "ItemAttachment".equals(element)
              ? AttachmentInfo.Kind.ITEM
              : "ReferenceAttachment".equals(element)
                  ? AttachmentInfo.Kind.REFERENCE
                  : AttachmentInfo.Kind.FILE;
      XmlCursor.forEachChild(r, c -> property(c, ctx));
    }

    private void property(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
      if (ItemXmlReader.attachmentProperty(r, fields)) {
        return;
      }
      if (kind == AttachmentInfo.Kind.FILE && "Content".equals(r.getLocalName()) && out != null) {
        if (ctx.outputStarted()) {
          // Another message of this response already wrote to the caller's stream: this one is
          // surplus to the one id asked for, and the call refuses the response once it is read.
          XmlCursor.skip(r);
          return;
        }
        written = Base64Content.copy(r, out, ctx);
        contentFound = true;
      } else if (out != null && !mime) {
        // A file was asked for but this is an attached item or link: the call reports that once
        // the whole response is read; parsing the item would be wasted.
        XmlCursor.skip(r);
      } else if (kind == AttachmentInfo.Kind.ITEM && !"IsContactPhoto".equals(r.getLocalName())) {
        if (mime) {
          streamMime(r, ctx);
        } else {
          item = ItemXmlReader.read(r);
        }
      } else {
        XmlCursor.skip(r);
      }
    }

    /** The attached item element: its {@code t:MimeContent} goes to {@code out}. */
    private void streamMime(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
      XmlCursor.forEachChild(
          r,
          c -> {
            if ("MimeContent".equals(c.getLocalName())) {
              written = Base64Content.copy(c, out, ctx);
              contentFound = true;
            } else {
              XmlCursor.skip(c);
            }
          });
    }

    @Override
    public Attachment result() {
      return new Attachment(kind == null ? null : fields.toInfo(kind), item, written, contentFound);
    }
  }
}
