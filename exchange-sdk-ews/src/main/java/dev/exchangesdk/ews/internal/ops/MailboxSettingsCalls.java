package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.ews.internal.bind.messages.GetInboxRules;
import dev.exchangesdk.ews.internal.bind.messages.GetUserOofSettingsRequest;
import dev.exchangesdk.ews.internal.read.MailboxSettingsXmlReader;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.InboxRule;
import dev.exchangesdk.ews.model.OutOfOfficeSettings;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * GetUserOofSettings and GetInboxRules for one mailbox.
 *
 * <p>Stateless; the calls it makes are immutable.
 */
final class MailboxSettingsCalls {
  private MailboxSettingsCalls() {}

  static EwsCall<?, OutOfOfficeSettings> outOfOffice(String mailbox) {
    return new OofCall(mailbox);
  }

  static EwsCall<?, List<InboxRule>> inboxRules(String mailbox) {
    return new RulesCall(mailbox);
  }

  /** The payload of GetUserOofSettings: the settings and the allowed external audience. */
  private record Oof(MailboxSettingsXmlReader.Oof settings, String allowExternal) {}

  private static final class OofCall extends EwsCall<Oof, OutOfOfficeSettings> {
    private final String mailbox;

    OofCall(String mailbox) {
      super("GetUserOofSettings", new GetUserOofSettingsRequest(mailbox));
      this.mailbox = mailbox;
    }

    @Override
    public MessageReader<Oof> newMessageReader() {
      return new MessageReader<>() {
        private MailboxSettingsXmlReader.Oof settings;
        private String allowExternal;

        @Override
        public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
          switch (r.getLocalName()) {
            case "OofSettings":
              settings = MailboxSettingsXmlReader.oof(r);
              break;
            case "AllowExternalOof":
              allowExternal = XmlCursor.trimmedText(r);
              break;
            default:
              XmlCursor.skip(r);
          }
        }

        @Override
        public Oof result() {
          return new Oof(settings, allowExternal);
        }
      };
    }

    @Override
    public OutOfOfficeSettings result(List<ResponseMessage<Oof>> messages, ReadContext context) {
      Oof oof = single(messages, context, "automatic replies");
      if (oof.settings() == null) {
        throw new ResponseFormatException(
            "EWS GetUserOofSettings succeeded but returned no settings for " + mailbox,
            context.httpStatus(),
            null,
            context.requestId(),
            null);
      }
      return oof.settings().toSettings(mailbox, oof.allowExternal());
    }
  }

  private static final class RulesCall extends EwsCall<List<InboxRule>, List<InboxRule>> {
    RulesCall(String mailbox) {
      super("GetInboxRules", new GetInboxRules(mailbox));
    }

    @Override
    public MessageReader<List<InboxRule>> newMessageReader() {
      return new MessageReader<>() {
        private final List<InboxRule> rules = new ArrayList<>();

        @Override
        public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
          if ("InboxRules".equals(r.getLocalName())) {
            XmlCursor.forEachChild(r, rule -> rules.add(MailboxSettingsXmlReader.rule(rule)));
          } else {
            XmlCursor.skip(r);
          }
        }

        @Override
        public List<InboxRule> result() {
          return rules;
        }
      };
    }

    @Override
    public List<InboxRule> result(List<ResponseMessage<List<InboxRule>>> messages, ReadContext c) {
      return List.copyOf(single(messages, c, "Inbox rules"));
    }
  }
}
