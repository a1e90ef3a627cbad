package dev.exchangesdk.testkit.internal.ews;

import dev.exchangesdk.testkit.MailboxUnavailable;
import dev.exchangesdk.testkit.ServerBusyForm;
import dev.exchangesdk.testkit.internal.auth.IdentityPlatform;
import dev.exchangesdk.testkit.internal.http.FaultPlan;
import dev.exchangesdk.testkit.internal.http.HttpCall;
import dev.exchangesdk.testkit.internal.store.Mailbox;
import dev.exchangesdk.testkit.internal.store.Tenant;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The EWS endpoint ({@code POST /EWS/Exchange.asmx}): parses and validates the SOAP request,
 * resolves {@code ExchangeImpersonation} to the mailbox acted on, answers injected throttling in
 * either of Exchange's two shapes and injected mailbox unavailability (an error response message),
 * and dispatches to the operation, whose per-item outcomes become response messages.
 *
 * <p>Thread-safe: operations run under the tenant lock.
 */
public final class EwsService {
  private static final Logger LOG = LoggerFactory.getLogger(EwsService.class);

  /** The work of one EWS operation. */
  @FunctionalInterface
  interface Handler {
    void run(EwsContext ctx, EwsResponse out) throws EwsError;
  }

  /**
   * An operation: the request element's name, the base of the response element's name (they differ
   * for {@code GetUserOofSettingsRequest}), response shape, schema-required error tail and handler.
   */
  record Op(
      String name,
      String responseBase,
      EwsResponse.Shape shape,
      Consumer<XmlWriter> errorTail,
      Handler handler) {}

  private final Tenant tenant;
  private final boolean validateRequests;
  private final FaultPlan faults;
  private final Map<String, Op> ops = new LinkedHashMap<>();

  /** A service without injected mailbox or item faults. */
  public EwsService(Tenant tenant, boolean validateRequests) {
    this(tenant, validateRequests, new FaultPlan());
  }

  /** A service that answers the mailbox and item faults queued in {@code faults}. */
  public EwsService(Tenant tenant, boolean validateRequests, FaultPlan faults) {
    this.tenant = tenant;
    this.validateRequests = validateRequests;
    this.faults = faults;
    ItemOps.register(this);
    AttachmentOps.register(this);
    FolderOps.register(this);
    SyncOps.register(this);
    DirectoryOps.register(this);
    TransferOps.register(this);
    if (validateRequests) {
      EwsSchema.warmUp();
    }
  }

  void add(String name, EwsResponse.Shape shape, Consumer<XmlWriter> errorTail, Handler handler) {
    String base =
        name.endsWith("Request") ? name.substring(0, name.length() - "Request".length()) : name;
    ops.put(name, new Op(name, base, shape, errorTail, handler));
  }

  void add(String name, Consumer<XmlWriter> errorTail, Handler handler) {
    add(name, EwsResponse.Shape.MESSAGES, errorTail, handler);
  }

  /** The operation names served, for tests and documentation. */
  public java.util.Set<String> operations() {
    return ops.keySet();
  }

  /** Handles one request. {@code throttle} is an injected throttle fault, or null. */
  public void handle(HttpCall call, IdentityPlatform.Principal principal, FaultPlan.Fault throttle)
      throws IOException {
    byte[] body = call.body();
    call.addHeader("request-id", UUID.randomUUID().toString());
    String cid = call.header("client-request-id");
    if (cid != null) {
      call.addHeader("client-request-id", cid);
    }
    call.addHeader("X-FEServer", "PH0PR11CA0001");
    call.addHeader("X-BEServer", "PH0PR11MB4966");
    Document doc;
    try {
      doc = SoapParser.parse(body, validateRequests);
    } catch (SoapParser.Invalid e) {
      fault(call, e.code, e.getMessage(), Map.of(), e.line, e.column);
      return;
    }
    Element envelope = doc.getDocumentElement();
    Element soapBody = Dom.child(envelope, Dom.SOAP, "Body");
    if (envelope == null || !Dom.SOAP.equals(envelope.getNamespaceURI()) || soapBody == null) {
      fault(
          call,
          "ErrorInvalidRequest",
          "The request is not a SOAP 1.1 envelope with a Body.",
          Map.of(),
          0,
          0);
      return;
    }
    Element opElement = Dom.children(soapBody).stream().findFirst().orElse(null);
    Op op =
        opElement == null || !Dom.M.equals(opElement.getNamespaceURI())
            ? null
            : ops.get(opElement.getLocalName());
    if (op == null) {
      String name = opElement == null ? "(none)" : opElement.getLocalName();
      fault(
          call,
          "ErrorInvalidRequest",
          "The request is invalid: FakeExchange does not implement the EWS operation " + name + ".",
          Map.of(),
          0,
          0);
      return;
    }
    Element header = Dom.child(envelope, Dom.SOAP, "Header");
    Element version = Dom.t(header, "RequestServerVersion");
    String serverVersion = version == null ? "Exchange2007_SP1" : version.getAttribute("Version");
    if (throttle != null) {
      long backOff = throttle.duration() == null ? 5000 : throttle.duration().toMillis();
      EwsError busy = EwsError.serverBusy(backOff);
      if (throttle.form() == ServerBusyForm.RESPONSE_MESSAGE) {
        EwsResponse out = new EwsResponse(op.responseBase(), op.shape(), op.errorTail());
        out.error(busy);
        send(call, out.finish());
      } else {
        fault(
            call,
            "ErrorServerBusy",
            busy.getMessage(),
            Map.of("BackOffMilliseconds", Long.toString(backOff)),
            0,
            0);
      }
      return;
    }
    byte[] response;
    try {
      synchronized (tenant) {
        Mailbox mailbox = impersonated(header);
        EwsResponse out = new EwsResponse(op.responseBase(), op.shape(), op.errorTail());
        MailboxUnavailable unavailable = faults.nextMailboxUnavailable(mailbox.guid);
        if (unavailable != null) {
          out.error(new EwsError(unavailable.responseCode(), unavailable.messageText()));
        } else {
          EwsContext ctx =
              new EwsContext(tenant, mailbox, opElement, principal, serverVersion, faults);
          try {
            op.handler().run(ctx, out);
          } catch (EwsError e) {
            out.error(e);
          }
        }
        response = out.finish();
      }
    } catch (ImpersonationFault f) {
      fault(call, f.code, f.getMessage(), f.values, 0, 0);
      return;
    } catch (RuntimeException e) {
      LOG.warn("EWS {} failed inside FakeExchange", op.name(), e);
      fault(
          call,
          "ErrorInternalServerError",
          "An internal server error occurred. The operation failed., " + e,
          Map.of(),
          0,
          0);
      return;
    }
    send(call, response);
  }

  private static void send(HttpCall call, byte[] xml) throws IOException {
    call.addHeader("Cache-Control", "private");
    call.send(200, "text/xml; charset=utf-8", xml);
  }

  private static void fault(
      HttpCall call, String code, String text, Map<String, String> values, int line, int col)
      throws IOException {
    call.send(500, "text/xml; charset=utf-8", EwsResponse.fault(code, text, values, line, col));
  }

  /** A problem with the impersonation header, answered as a SOAP fault. */
  private static final class ImpersonationFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String code;
    final Map<String, String> values;

    ImpersonationFault(String code, String text, Map<String, String> values) {
      super(text, null, false, false);
      this.code = code;
      this.values = values;
    }
  }

  private Mailbox impersonated(Element header) {
    Element imp = Dom.t(header, "ExchangeImpersonation");
    if (imp == null) {
      throw new ImpersonationFault(
          "ErrorInvalidExchangeImpersonationHeaderData",
          "ExchangeImpersonation SOAP header must be present for this type of OAuth token.",
          Map.of());
    }
    Element sid = Dom.t(imp, "ConnectingSID");
    String value = null;
    for (String kind : new String[] {"PrimarySmtpAddress", "SmtpAddress", "PrincipalName", "SID"}) {
      String v = Dom.tText(sid, kind);
      if (v != null) {
        value = v;
        Mailbox m = kind.equals("SID") ? bySid(v) : tenant.mailbox(v);
        if (m != null) {
          return m;
        }
      }
    }
    throw new ImpersonationFault(
        "ErrorNonExistentMailbox",
        "The SMTP address has no mailbox associated with it.",
        value == null ? Map.of() : Map.of("SmtpAddress", value));
  }

  private Mailbox bySid(String sid) {
    for (Mailbox m : tenant.mailboxes()) {
      if (m.sid().equalsIgnoreCase(sid)) {
        return m;
      }
    }
    return null;
  }
}
