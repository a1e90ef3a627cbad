package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.DiscoveryItem;
import dev.exchangesdk.ews.model.DiscoveryQuery;
import dev.exchangesdk.ews.model.DiscoveryResult;
import dev.exchangesdk.ews.model.DiscoveryResult.FailedMailbox;
import dev.exchangesdk.ews.model.DiscoveryResult.KeywordHit;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.SearchableMailbox;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maps the eDiscovery payloads ({@code t:SearchableMailbox}, {@code m:SearchMailboxesResult}) to
 * the model. Stateless and thread-safe.
 */
public final class DiscoveryXmlReader {
  private DiscoveryXmlReader() {}

  /**
   * Reads {@code t:SearchableMailbox}; {@code null} for an entry without a reference id, which
   * cannot be searched.
   */
  public static SearchableMailbox searchableMailbox(XMLStreamReader r) throws XMLStreamException {
    String[] v = new String[5];
    boolean[] b = {false, false};
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "Guid":
              v[0] = XmlCursor.trimmedText(c);
              break;
            case "PrimarySmtpAddress":
              v[1] = XmlCursor.trimmedText(c);
              break;
            case "IsExternalMailbox":
              b[0] = Boolean.TRUE.equals(XmlCursor.booleanText(c));
              break;
            case "ExternalEmailAddress":
              v[2] = XmlCursor.trimmedText(c);
              break;
            case "DisplayName":
              v[3] = XmlCursor.trimmedText(c);
              break;
            case "IsMembershipGroup":
              b[1] = Boolean.TRUE.equals(XmlCursor.booleanText(c));
              break;
            case "ReferenceId":
              v[4] = XmlCursor.trimmedText(c);
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    if (v[4] == null) {
      return null;
    }
    return new SearchableMailbox(v[1], v[4], v[3], b[0], v[2], v[0], b[1]);
  }

  /** Reads {@code t:FailedMailbox}. */
  public static FailedMailbox failedMailbox(XMLStreamReader r) throws XMLStreamException {
    String[] v = new String[2];
    long[] code = {0};
    boolean[] archive = {false};
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "Mailbox":
              v[0] = XmlCursor.trimmedText(c);
              break;
            case "ErrorCode":
              Long n = XmlCursor.longText(c);
              code[0] = n == null ? 0 : n;
              break;
            case "ErrorMessage":
              v[1] = XmlCursor.trimmedText(c);
              break;
            case "IsArchive":
              archive[0] = Boolean.TRUE.equals(XmlCursor.booleanText(c));
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    return new FailedMailbox(v[0], (int) code[0], v[1], archive[0]);
  }

  /** Reads {@code m:SearchMailboxesResult}. */
  public static DiscoveryResult searchResult(XMLStreamReader r) throws XMLStreamException {
    String[] type = {null};
    long[] counts = {0, 0};
    List<KeywordHit> hits = new ArrayList<>();
    List<DiscoveryItem> items = new ArrayList<>();
    List<FailedMailbox> failed = new ArrayList<>();
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "ResultType":
              type[0] = XmlCursor.trimmedText(c);
              break;
            case "ItemCount":
              counts[0] = orZero(XmlCursor.longText(c));
              break;
            case "Size":
              counts[1] = orZero(XmlCursor.longText(c));
              break;
            case "KeywordStats":
              XmlCursor.forEachChild(c, k -> hits.add(keywordHit(k)));
              break;
            case "Items":
              XmlCursor.forEachChild(c, i -> items.add(previewItem(i)));
              break;
            case "FailedMailboxes":
              XmlCursor.forEachChild(c, f -> failed.add(failedMailbox(f)));
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    DiscoveryQuery.ResultType resultType =
        "PreviewOnly".equals(type[0])
            ? DiscoveryQuery.ResultType.PREVIEW
            : DiscoveryQuery.ResultType.STATISTICS;
    return new DiscoveryResult(resultType, counts[0], counts[1], hits, items, failed);
  }

  private static KeywordHit keywordHit(XMLStreamReader r) throws XMLStreamException {
    String[] keyword = {null};
    long[] v = {0, 0};
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "Keyword":
              keyword[0] = XmlCursor.text(c);
              break;
            case "ItemHits":
              v[0] = orZero(XmlCursor.longText(c));
              break;
            case "Size":
              v[1] = orZero(XmlCursor.longText(c));
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    return new KeywordHit(keyword[0], v[0], v[1]);
  }

  private static DiscoveryItem previewItem(XMLStreamReader r) throws XMLStreamException {
    PreviewFields f = new PreviewFields();
    XmlCursor.forEachChild(r, c -> f.read(c));
    return new DiscoveryItem(
        f.id,
        f.mailbox,
        f.itemClass,
        f.subject,
        f.sender,
        f.to,
        f.cc,
        f.received,
        f.sent,
        f.size,
        f.preview,
        f.importance,
        f.read,
        f.hasAttachment,
        f.sortValue);
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  private static final class PreviewFields {
    String id;
    String mailbox;
    String itemClass;
    String subject;
    String sender;
    List<String> to = List.of();
    List<String> cc = List.of();
    java.time.Instant received;
    java.time.Instant sent;
    Long size;
    String preview;
    Importance importance;
    Boolean read;
    Boolean hasAttachment;
    String sortValue;

    void read(XMLStreamReader c) throws XMLStreamException {
      switch (c.getLocalName()) {
        case "Id":
          id = XmlCursor.attribute(c, "Id");
          XmlCursor.skip(c);
          break;
        case "Mailbox":
          XmlCursor.forEachChild(
              c,
              m -> {
                if ("PrimarySmtpAddress".equals(m.getLocalName())) {
                  mailbox = XmlCursor.trimmedText(m);
                } else {
                  XmlCursor.skip(m);
                }
              });
          break;
        case "ItemClass":
          itemClass = XmlCursor.trimmedText(c);
          break;
        case "Subject":
          subject = XmlCursor.text(c);
          break;
        case "Sender":
          sender = XmlCursor.trimmedText(c);
          break;
        case "ToRecipients":
          to = smtpAddresses(c);
          break;
        case "CcRecipients":
          cc = smtpAddresses(c);
          break;
        case "ReceivedTime":
          received = XmlCursor.instantText(c);
          break;
        case "SentTime":
          sent = XmlCursor.instantText(c);
          break;
        case "Size":
          size = XmlCursor.longText(c);
          break;
        case "Preview":
          preview = XmlCursor.text(c, XmlCursor.MAX_BODY);
          break;
        case "Importance":
          importance = Importance.parse(XmlCursor.trimmedText(c));
          break;
        case "Read":
          read = XmlCursor.booleanText(c);
          break;
        case "HasAttachment":
          hasAttachment = XmlCursor.booleanText(c);
          break;
        case "SortValue":
          sortValue = XmlCursor.trimmedText(c);
          break;
        default:
          XmlCursor.skip(c);
      }
    }

    private static List<String> smtpAddresses(XMLStreamReader r) throws XMLStreamException {
      List<String> out = new ArrayList<>();
      XmlCursor.forEachChild(
          r,
          a -> {
            String s = XmlCursor.trimmedText(a);
            if (s != null) {
              out.add(s);
            }
          });
      return out;
    }
  }
}
