package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.bind.messages.ExpandDL;
import dev.exchangesdk.ews.internal.bind.types.EmailAddressXml;
import dev.exchangesdk.ews.internal.read.DirectoryXmlReader;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.Recipient;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ExpandDL for one group: its direct members. A group the server does not know ({@code
 * ErrorNameResolutionNoResults}) has no members rather than failing; other errors throw.
 *
 * <p>Immutable; readers are made per response message.
 */
final class ExpandDlCall extends EwsCall<ExpandDlCall.Expansion, ExpandDlCall.Expansion> {
  /** The members of one group and whether the server listed them all. */
  record Expansion(List<Recipient> members, boolean complete) {}

  private final String subject;

  ExpandDlCall(EmailAddressXml group, String subject) {
    super("ExpandDL", new ExpandDL(group));
    this.subject = subject;
  }

  @Override
  public MessageReader<Expansion> newMessageReader() {
    return new MessageReader<>() {
      private final List<Recipient> members = new ArrayList<>();
      private boolean complete = true;

      @Override
      public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
        if (!"DLExpansion".equals(r.getLocalName())) {
          XmlCursor.skip(r);
          return;
        }
        complete = !"false".equalsIgnoreCase(XmlCursor.attribute(r, "IncludesLastItemInRange"));
        XmlCursor.forEachChild(
            r,
            m -> {
              if ("Mailbox".equals(m.getLocalName())) {
                members.add(DirectoryXmlReader.recipient(m));
              } else {
                XmlCursor.skip(m);
              }
            });
      }

      @Override
      public Expansion result() {
        return new Expansion(members, complete);
      }
    };
  }

  @Override
  public Expansion result(List<ResponseMessage<Expansion>> messages, ReadContext context) {
    if (messages.size() == 1
        && "ErrorNameResolutionNoResults".equals(messages.get(0).status().code())) {
      return new Expansion(List.of(), true);
    }
    return single(messages, context, subject);
  }
}
