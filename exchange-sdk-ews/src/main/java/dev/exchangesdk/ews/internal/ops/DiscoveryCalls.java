package dev.exchangesdk.ews.internal.ops;

import dev.exchangesdk.core.AccessDeniedException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.ews.internal.bind.messages.GetSearchableMailboxes;
import dev.exchangesdk.ews.internal.bind.messages.SearchMailboxes;
import dev.exchangesdk.ews.internal.bind.types.MailboxQuery;
import dev.exchangesdk.ews.internal.read.DiscoveryXmlReader;
import dev.exchangesdk.ews.internal.transport.EwsCall;
import dev.exchangesdk.ews.internal.transport.EwsErrors;
import dev.exchangesdk.ews.internal.transport.MessageReader;
import dev.exchangesdk.ews.internal.transport.ReadContext;
import dev.exchangesdk.ews.internal.transport.ResponseMessage;
import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.DiscoveryQuery;
import dev.exchangesdk.ews.model.DiscoveryResult;
import dev.exchangesdk.ews.model.SearchableMailbox;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The eDiscovery calls, GetSearchableMailboxes and SearchMailboxes. Both run with the rights of the
 * impersonated mailbox's user, who needs eDiscovery permissions; a refusal says so.
 *
 * <p>Stateless; the calls it makes are immutable.
 */
final class DiscoveryCalls {
  static final String RBAC =
      "the eDiscovery role for the impersonated user: membership of the 'Discovery Management'"
          + " role group (the 'Mailbox Search' role), which full_access_as_app alone does not give";

  private DiscoveryCalls() {}

  static EwsCall<List<SearchableMailbox>, List<SearchableMailbox>> searchableMailboxes(
      String filter, boolean expandGroups) {
    return new SearchableMailboxesCall(filter, expandGroups);
  }

  static EwsCall<DiscoveryResult, DiscoveryResult> search(DiscoveryQuery q) {
    return new SearchCall(q);
  }

  /** The mailbox's failure, with the eDiscovery permission named when it is a refusal. */
  static ExchangeException failure(ResponseMessage<?> m, ReadContext ctx, String subject) {
    ExchangeException e = EwsErrors.forStatus(m.status(), ctx, subject);
    String text = m.status().messageText() == null ? "" : m.status().messageText();
    boolean permission =
        e instanceof AccessDeniedException
            || text.toLowerCase(java.util.Locale.ROOT).contains("permission");
    if (!permission) {
      return e;
    }
    return new AccessDeniedException(
        e.getMessage() + ". eDiscovery calls need " + RBAC,
        e.statusCode(),
        e.errorCode(),
        e.requestId(),
        RBAC,
        null);
  }

  private static final class SearchableMailboxesCall
      extends EwsCall<List<SearchableMailbox>, List<SearchableMailbox>> {
    SearchableMailboxesCall(String filter, boolean expandGroups) {
      super("GetSearchableMailboxes", new GetSearchableMailboxes(filter, expandGroups));
    }

    @Override
    public MessageReader<List<SearchableMailbox>> newMessageReader() {
      return new MessageReader<>() {
        private final List<SearchableMailbox> boxes = new ArrayList<>();

        @Override
        public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
          if (!"SearchableMailboxes".equals(r.getLocalName())) {
            XmlCursor.skip(r);
            return;
          }
          XmlCursor.forEachChild(
              r,
              b -> {
                if ("SearchableMailbox".equals(b.getLocalName())) {
                  SearchableMailbox box = DiscoveryXmlReader.searchableMailbox(b);
                  if (box != null) {
                    boxes.add(box);
                  }
                } else {
                  XmlCursor.skip(b);
                }
              });
        }

        @Override
        public List<SearchableMailbox> result() {
          return boxes;
        }
      };
    }

    @Override
    public List<SearchableMailbox> result(
        List<ResponseMessage<List<SearchableMailbox>>> messages, ReadContext context) {
      if (messages.size() == 1 && messages.get(0).isError()) {
        throw failure(messages.get(0), context, "searchable mailboxes");
      }
      return List.copyOf(single(messages, context, "searchable mailboxes"));
    }
  }

  private static final class SearchCall extends EwsCall<DiscoveryResult, DiscoveryResult> {
    SearchCall(DiscoveryQuery q) {
      super(
          "SearchMailboxes",
          new SearchMailboxes(
              new MailboxQuery(q.query(), q.mailboxReferenceIds(), q.scope().wireName()),
              q.resultType().wireName(),
              q.language(),
              q.deduplicate(),
              q.resultType() == DiscoveryQuery.ResultType.PREVIEW ? q.pageSize() : null,
              q.resultType() == DiscoveryQuery.ResultType.PREVIEW ? q.pageAfter() : null));
    }

    @Override
    public MessageReader<DiscoveryResult> newMessageReader() {
      return new MessageReader<>() {
        private DiscoveryResult result;

        @Override
        public void element(XMLStreamReader r, ReadContext ctx) throws XMLStreamException {
          if ("SearchMailboxesResult".equals(r.getLocalName())) {
            result = DiscoveryXmlReader.searchResult(r);
          } else {
            XmlCursor.skip(r);
          }
        }

        @Override
        public DiscoveryResult result() {
          return result;
        }
      };
    }

    @Override
    public DiscoveryResult result(
        List<ResponseMessage<DiscoveryResult>> messages, ReadContext context) {
      if (messages.size() == 1 && messages.get(0).isError()) {
        throw failure(messages.get(0), context, "eDiscovery search");
      }
      DiscoveryResult r = single(messages, context, "eDiscovery search");
      if (r == null) {
        throw new dev.exchangesdk.core.ResponseFormatException(
            "EWS SearchMailboxes succeeded but returned no result",
            context.httpStatus(),
            null,
            context.requestId(),
            null);
      }
      return r;
    }
  }
}
