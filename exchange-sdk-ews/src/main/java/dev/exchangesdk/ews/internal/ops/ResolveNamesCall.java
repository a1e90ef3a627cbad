package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.ews.internal.bind.messages.ResolveNames;
import dev.exchangesdk.ews.internal.read.DirectoryXmlReader;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.Contact;
import dev.exchangesdk.ews.model.NameResolution;
import dev.exchangesdk.ews.model.NameResolution.ResolvedName;
import dev.exchangesdk.ews.model.Recipient;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ResolveNames for one entry. No match ({@code ErrorNameResolutionNoResults}) is an empty result;
 * several ({@code ErrorNameResolutionMultipleResults}, class Warning) keep the warning.
 *
 * <p>Immutable; readers are made per response message.
 */
final class ResolveNamesCall extends EwsCall<ResolveNamesCall.Matches, NameResolution> {
  record Matches(List<ResolvedName> names, boolean complete) {}

  private static final String MULTIPLE = "ErrorNameResolutionMultipleResults";

  private final String entry;

  ResolveNamesCall(String entry, boolean withContactData) {
    super("ResolveNames", new ResolveNames(entry, withContactData));
    this.entry = entry;
  }

  @Override
  public MessageReader<Matches> newMessageReader() {
    return new MessageReader<>() {
      private final List<ResolvedName> names = new ArrayList<>();
      private boolean complete = true;

      @Override
      public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
        if (!"ResolutionSet".equals(r.getLocalName())) {
          XmlCursor.skip(r);
          return;
        }
        complete = !"false".equalsIgnoreCase(XmlCursor.attribute(r, "IncludesLastItemInRange"));
        XmlCursor.forEachChild(r, this::resolution);
      }

      private void resolution(XMLStreamReader r) throws XMLStreamException {
        Recipient[] recipient = {null};
        Contact[] contact = {null};
        XmlCursor.forEachChild(
            r,
            c -> {
              if ("Mailbox".equals(c.getLocalName())) {
                recipient[0] = DirectoryXmlReader.recipient(c);
              } else if ("Contact".equals(c.getLocalName())) {
                contact[0] = DirectoryXmlReader.contact(c);
              } else {
                XmlCursor.skip(c);
              }
            });
        if (recipient[0] != null) {
          names.add(new ResolvedName(recipient[0], contact[0]));
        }
      }

      @Override
      public Matches result() {
        return new Matches(names, complete);
      }
    };
  }

  @Override
  public NameResolution result(List<ResponseMessage<Matches>> messages, ReadContext context) {
    if (messages.size() == 1
        && "ErrorNameResolutionNoResults".equals(messages.get(0).status().code())) {
      return NameResolution.none();
    }
    Matches m = single(messages, context, "name '" + entry + "'");
    ResponseMessage<Matches> message = messages.get(0);
    boolean ambiguous = MULTIPLE.equals(message.status().code());
    String warning =
        "Warning".equals(message.status().responseClass()) ? message.status().messageText() : null;
    return new NameResolution(m.names(), ambiguous, warning, m.complete());
  }
}
