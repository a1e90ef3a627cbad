package dev.exchangesdk.ews.internal.read;

import dev.exchangesdk.ews.internal.xml.XmlCursor;
import dev.exchangesdk.ews.model.EmailAddress;
import dev.exchangesdk.ews.model.Importance;
import dev.exchangesdk.ews.model.InboxRule;
import dev.exchangesdk.ews.model.OutOfOfficeSettings;
import dev.exchangesdk.ews.model.RuleActions;
import dev.exchangesdk.ews.model.RuleConditions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maps {@code t:OofSettings} and {@code t:Rule} to the model. Unknown elements are skipped.
 * Stateless and thread-safe.
 */
public final class MailboxSettingsXmlReader {
  private MailboxSettingsXmlReader() {}

  /** The parts of {@code t:OofSettings} (the mailbox and allowed audience come from elsewhere). */
  public static final class Oof {
    public String state;
    public String externalAudience;
    public Instant start;
    public Instant end;
    public String internalReply;
    public String externalReply;

    public OutOfOfficeSettings toSettings(String mailbox, String allowedExternalAudience) {
      return new OutOfOfficeSettings(
          mailbox,
          OutOfOfficeSettings.State.parse(state),
          OutOfOfficeSettings.Audience.parse(externalAudience),
          start,
          end,
          internalReply,
          externalReply,
          OutOfOfficeSettings.Audience.parse(allowedExternalAudience));
    }
  }

  public static Oof oof(XMLStreamReader r) throws XMLStreamException {
    Oof o = new Oof();
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "OofState":
              o.state = XmlCursor.trimmedText(c);
              break;
            case "ExternalAudience":
              o.externalAudience = XmlCursor.trimmedText(c);
              break;
            case "Duration":
              XmlCursor.forEachChild(
                  c,
                  d -> {
                    if ("StartTime".equals(d.getLocalName())) {
                      o.start = XmlCursor.instantText(d);
                    } else if ("EndTime".equals(d.getLocalName())) {
                      o.end = XmlCursor.instantText(d);
                    } else {
                      XmlCursor.skip(d);
                    }
                  });
              break;
            case "InternalReply":
              o.internalReply = replyMessage(c);
              break;
            case "ExternalReply":
              o.externalReply = replyMessage(c);
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    return o;
  }

  /** {@code t:ReplyBody/t:Message}: the reply text, as stored. */
  private static String replyMessage(XMLStreamReader r) throws XMLStreamException {
    String[] message = {null};
    XmlCursor.forEachChild(
        r,
        c -> {
          if ("Message".equals(c.getLocalName())) {
            String text = XmlCursor.text(c, XmlCursor.MAX_BODY);
            message[0] = text.isEmpty() ? null : text;
          } else {
            XmlCursor.skip(c);
          }
        });
    return message[0];
  }

  public static InboxRule rule(XMLStreamReader r) throws XMLStreamException {
    String[] s = new String[2];
    int[] priority = {0};
    boolean[] b = {true, true, false};
    RuleConditions[] conditions = {RuleConditions.NONE, RuleConditions.NONE};
    RuleActions[] actions = {RuleActions.NONE};
    XmlCursor.forEachChild(
        r,
        c -> {
          switch (c.getLocalName()) {
            case "RuleId":
              s[0] = XmlCursor.trimmedText(c);
              break;
            case "DisplayName":
              s[1] = XmlCursor.text(c);
              break;
            case "Priority":
              Long p = XmlCursor.longText(c);
              priority[0] = p == null ? 0 : p.intValue();
              break;
            case "IsEnabled":
              b[0] = !Boolean.FALSE.equals(XmlCursor.booleanText(c));
              break;
            case "IsNotSupported":
              b[1] = !Boolean.TRUE.equals(XmlCursor.booleanText(c));
              break;
            case "IsInError":
              b[2] = Boolean.TRUE.equals(XmlCursor.booleanText(c));
              break;
            case "Conditions":
              conditions[0] = conditions(c);
              break;
            case "Exceptions":
              conditions[1] = conditions(c);
              break;
            case "Actions":
              actions[0] = actions(c);
              break;
            default:
              XmlCursor.skip(c);
          }
        });
    return new InboxRule(
        s[0], s[1], priority[0], b[0], b[1], b[2], conditions[0], conditions[1], actions[0]);
  }

  private static RuleConditions conditions(XMLStreamReader r) throws XMLStreamException {
    Conditions c = new Conditions();
    XmlCursor.forEachChild(r, e -> c.read(e));
    return c.build();
  }

  private static RuleActions actions(XMLStreamReader r) throws XMLStreamException {
    Actions a = new Actions();
    XmlCursor.forEachChild(r, e -> a.read(e));
    return a.build();
  }

  private static List<String> strings(XMLStreamReader r) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    XmlCursor.forEachChild(
        r,
        c -> {
          String s = XmlCursor.text(c);
          if (!s.isEmpty()) {
            out.add(s);
          }
        });
    return out;
  }

  /** {@code ArrayOfEmailAddressesType}: {@code t:Address} elements. */
  private static List<EmailAddress> addresses(XMLStreamReader r) throws XMLStreamException {
    List<EmailAddress> out = new ArrayList<>();
    XmlCursor.forEachChild(
        r,
        c -> {
          var recipient = DirectoryXmlReader.recipient(c);
          out.add(new EmailAddress(recipient.name(), recipient.address(), recipient.routingType()));
        });
    return out;
  }

  /** A {@code TargetFolderIdType} child's id. */
  private static String folderId(XMLStreamReader r) throws XMLStreamException {
    String[] id = {null};
    XmlCursor.forEachChild(
        r,
        c -> {
          if (id[0] == null) {
            id[0] = XmlCursor.attribute(c, "Id");
          }
          XmlCursor.skip(c);
        });
    return id[0];
  }

  private static final class Conditions {
    final List<List<String>> strings = new ArrayList<>();
    List<EmailAddress> from = List.of();
    List<EmailAddress> sentTo = List.of();
    Boolean hasAttachments;
    Importance importance;
    String sensitivity;
    String flaggedForAction;
    Instant rangeStart;
    Instant rangeEnd;
    Integer minSize;
    Integer maxSize;
    final Set<String> flags = new LinkedHashSet<>();

    /** Order of the string-list conditions in {@link #strings}. */
    static final List<String> STRING_LISTS =
        List.of(
            "ContainsSubjectStrings",
            "ContainsBodyStrings",
            "ContainsSubjectOrBodyStrings",
            "ContainsHeaderStrings",
            "ContainsSenderStrings",
            "ContainsRecipientStrings",
            "Categories",
            "ItemClasses");

    Conditions() {
      for (int i = 0; i < STRING_LISTS.size(); i++) {
        strings.add(List.of());
      }
    }

    void read(XMLStreamReader e) throws XMLStreamException {
      String name = e.getLocalName();
      int list = STRING_LISTS.indexOf(name);
      if (list >= 0) {
        strings.set(list, strings(e));
        return;
      }
      switch (name) {
        case "FromAddresses":
          from = addresses(e);
          break;
        case "SentToAddresses":
          sentTo = addresses(e);
          break;
        case "HasAttachments":
          hasAttachments = XmlCursor.booleanText(e);
          break;
        case "Importance":
          importance = Importance.parse(XmlCursor.trimmedText(e));
          break;
        case "Sensitivity":
          sensitivity = XmlCursor.trimmedText(e);
          break;
        case "FlaggedForAction":
          flaggedForAction = XmlCursor.trimmedText(e);
          break;
        case "WithinDateRange":
          XmlCursor.forEachChild(
              e,
              d -> {
                if ("StartDateTime".equals(d.getLocalName())) {
                  rangeStart = XmlCursor.instantText(d);
                } else if ("EndDateTime".equals(d.getLocalName())) {
                  rangeEnd = XmlCursor.instantText(d);
                } else {
                  XmlCursor.skip(d);
                }
              });
          break;
        case "WithinSizeRange":
          XmlCursor.forEachChild(
              e,
              d -> {
                switch (d.getLocalName()) {
                  case "MinimumSize":
                    minSize = toInt(XmlCursor.longText(d));
                    break;
                  case "MaximumSize":
                    maxSize = toInt(XmlCursor.longText(d));
                    break;
                  default:
                    XmlCursor.skip(d);
                }
              });
          break;
        default:
          // Every other predicate of RulePredicatesType is a boolean flag (IsNDR, SentToMe ...);
          // a newer non-boolean one is read as text and kept only if it says true.
          Boolean flag = XmlCursor.booleanText(e);
          if (Boolean.TRUE.equals(flag)) {
            flags.add(name);
          }
      }
    }

    private static Integer toInt(Long v) {
      return v == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    RuleConditions build() {
      return new RuleConditions(
          strings.get(0),
          strings.get(1),
          strings.get(2),
          strings.get(3),
          strings.get(4),
          strings.get(5),
          from,
          sentTo,
          strings.get(6),
          strings.get(7),
          hasAttachments,
          importance,
          sensitivity,
          flaggedForAction,
          rangeStart,
          rangeEnd,
          minSize,
          maxSize,
          flags);
    }
  }

  private static final class Actions {
    String moveTo;
    String copyTo;
    boolean delete;
    boolean permanentDelete;
    boolean markAsRead;
    Importance markImportance;
    List<String> categories = List.of();
    List<EmailAddress> forward = List.of();
    List<EmailAddress> forwardAsAttachment = List.of();
    List<EmailAddress> redirect = List.of();
    List<EmailAddress> sms = List.of();
    String replyTemplate;
    boolean stop;

    void read(XMLStreamReader e) throws XMLStreamException {
      switch (e.getLocalName()) {
        case "MoveToFolder":
          moveTo = folderId(e);
          break;
        case "CopyToFolder":
          copyTo = folderId(e);
          break;
        case "Delete":
          delete = Boolean.TRUE.equals(XmlCursor.booleanText(e));
          break;
        case "PermanentDelete":
          permanentDelete = Boolean.TRUE.equals(XmlCursor.booleanText(e));
          break;
        case "MarkAsRead":
          markAsRead = Boolean.TRUE.equals(XmlCursor.booleanText(e));
          break;
        case "MarkImportance":
          markImportance = Importance.parse(XmlCursor.trimmedText(e));
          break;
        case "AssignCategories":
          categories = strings(e);
          break;
        case "ForwardToRecipients":
          forward = addresses(e);
          break;
        case "ForwardAsAttachmentToRecipients":
          forwardAsAttachment = addresses(e);
          break;
        case "RedirectToRecipients":
          redirect = addresses(e);
          break;
        case "SendSMSAlertToRecipients":
          sms = addresses(e);
          break;
        case "ServerReplyWithMessage":
          replyTemplate = XmlCursor.attribute(e, "Id");
          XmlCursor.skip(e);
          break;
        case "StopProcessingRules":
          stop = Boolean.TRUE.equals(XmlCursor.booleanText(e));
          break;
        default:
          XmlCursor.skip(e);
      }
    }

    RuleActions build() {
      return new RuleActions(
          moveTo,
          copyTo,
          delete,
          permanentDelete,
          markAsRead,
          markImportance,
          categories,
          forward,
          forwardAsAttachment,
          redirect,
          sms,
          replyTemplate,
          stop);
    }
  }
}
