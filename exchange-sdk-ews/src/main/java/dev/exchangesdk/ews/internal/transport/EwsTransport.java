package dev.exchangesdk.ews.internal.transport;

import dev.exchangesdk.core.AuthenticationException;
import dev.exchangesdk.core.ExchangeException;
import dev.exchangesdk.core.ResponseFormatException;
import dev.exchangesdk.core.ServiceUnavailableException;
import dev.exchangesdk.core.TransportException;
import dev.exchangesdk.core.internal.http.HttpErrors;
import dev.exchangesdk.core.internal.http.HttpPipeline;
import dev.exchangesdk.core.internal.http.Redaction;
import dev.exchangesdk.ews.EwsDisabledException;
import dev.exchangesdk.ews.internal.bind.EwsJaxb;
import dev.exchangesdk.ews.internal.bind.soap.SoapEnvelope;
import dev.exchangesdk.ews.internal.bind.types.ExchangeImpersonation;
import dev.exchangesdk.ews.internal.bind.types.RequestServerVersion;
import dev.exchangesdk.ews.internal.bind.types.TimeZoneContext;
import dev.exchangesdk.ews.internal.write.StreamedEnvelope;
import dev.exchangesdk.ews.internal.write.StreamedRequest;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends EWS calls: wraps the request element in a SOAP envelope with the EWS headers
 * (RequestServerVersion, ExchangeImpersonation for the mailbox, UTC TimeZoneContext), adds {@code
 * X-AnchorMailbox}, bounds the calls in flight per mailbox, and reads the response with {@link
 * SoapResponseReader}. Retries are the {@link HttpPipeline}'s: this class only throws retryable
 * exceptions.
 *
 * <p>Thread-safe; one per client.
 */
public final class EwsTransport {
  private static final Logger LOG = LoggerFactory.getLogger("dev.exchangesdk.ews");
  private static final MediaType SOAP_XML = MediaType.get("text/xml; charset=utf-8");

  private final HttpPipeline pipeline;
  private final HttpUrl endpoint;
  private final String serverVersion;

  public EwsTransport(HttpPipeline pipeline, HttpUrl endpoint, String serverVersion) {
    this.pipeline = pipeline;
    this.endpoint = endpoint;
    this.serverVersion = serverVersion;
  }

  public String serverVersion() {
    return serverVersion;
  }

  /** Sends {@code call} on behalf of {@code mailbox} and returns its result. */
  public <T, R> R execute(MailboxContext mailbox, EwsCall<T, R> call) {
    Request request =
        new Request.Builder()
            .url(endpoint)
            .header("Accept", "text/xml")
            .header("X-AnchorMailbox", mailbox.address())
            .post(requestBody(mailbox.address(), call.request()))
            .build();
    String what = "EWS " + call.operation();
    acquire(mailbox, what);
    try {
      return pipeline.execute(
          what, request, call.idempotency(), response -> handle(response, call, mailbox));
    } finally {
      mailbox.permits().release();
    }
  }

  /** The SOAP envelope of a request: exposed so tests can list every request the SDK writes. */
  public SoapEnvelope envelope(String mailbox, Object request) {
    return SoapEnvelope.of(headerElements(mailbox), request);
  }

  /**
   * The body of a request: a JAXB request marshalled at once, or a {@link StreamedRequest} written
   * (and its content encoded) while the body is sent.
   */
  public RequestBody requestBody(String mailbox, Object request) {
    if (request instanceof StreamedRequest) {
      return new StreamedBody(headerElements(mailbox), (StreamedRequest) request);
    }
    return RequestBody.create(EwsJaxb.marshal(envelope(mailbox, request)), SOAP_XML);
  }

  /** The bytes of a request body, for tests that validate every request the SDK writes. */
  public byte[] render(String mailbox, Object request) {
    try {
      okio.Buffer buffer = new okio.Buffer();
      requestBody(mailbox, request).writeTo(buffer);
      return buffer.readByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private List<Object> headerElements(String mailbox) {
    return List.of(
        new RequestServerVersion(serverVersion),
        ExchangeImpersonation.smtpAddress(mailbox),
        TimeZoneContext.UTC);
  }

  /** A streamed request body: chunked, written once per attempt, never buffered whole. */
  private static final class StreamedBody extends RequestBody {
    private final List<Object> headers;
    private final StreamedRequest request;

    StreamedBody(List<Object> headers, StreamedRequest request) {
      this.headers = headers;
      this.request = request;
    }

    @Override
    public MediaType contentType() {
      return SOAP_XML;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      StreamedEnvelope.write(sink.outputStream(), headers, request);
    }
  }

  private <T, R> R handle(Response response, EwsCall<T, R> call, MailboxContext mailbox)
      throws IOException {
    int status = response.code();
    String requestId = HttpErrors.requestId(response);
    if (status == 403) {
      throw ewsDisabled(response, requestId);
    }
    if (status == 401) {
      throw unauthorized(response, requestId);
    }
    if (status != 200 && status != 500) {
      throw HttpErrors.forStatus(response, "EWS", pipeline.clock());
    }
    ResponseBody body = response.body();
    if (!isXml(body.contentType())) {
      throw new ResponseFormatException(
          "EWS "
              + call.operation()
              + " answered HTTP "
              + status
              + " with content type "
              + body.contentType()
              + " instead of XML: "
              + HttpErrors.bodySnippet(response),
          status,
          null,
          requestId,
          null);
    }
    ReadContext ctx = new ReadContext(call.operation(), mailbox.address(), status, requestId);
    TruncationWatch watch = call.mayBeTruncated() ? new TruncationWatch(body.byteStream()) : null;
    try {
      List<ResponseMessage<T>> messages =
          SoapResponseReader.read(watch != null ? watch : body.byteStream(), call, ctx);
      if (status == 500) {
        throw new ResponseFormatException(
            "EWS " + call.operation() + " answered HTTP 500 without a SOAP fault",
            status,
            null,
            requestId,
            null);
      }
      R result = call.result(messages, ctx);
      LOG.debug(
          "EWS {} for {}: {} response messages",
          call.operation(),
          mailbox.address(),
          messages.size());
      return result;
    } catch (ExchangeException e) {
      if (watch != null && e instanceof ResponseFormatException && watch.endsTruncated()) {
        e = truncated(call, ctx, e);
      }
      throw ctx.outputStarted() && e.isRetryable() ? notRepeatable(e, ctx) : e;
    } catch (IOException e) {
      if (ctx.outputStarted()) {
        throw notRepeatable(
            new TransportException(
                "EWS " + call.operation() + " lost its connection: " + e.getMessage(),
                requestId,
                true,
                e),
            ctx);
      }
      throw e;
    }
  }

  /**
   * Reads a response body as {@link #execute} does after an HTTP 200, without the network (for
   * benchmarks and tools).
   */
  public static <T, R> R parse(java.io.InputStream body, EwsCall<T, R> call, String mailbox)
      throws IOException {
    ReadContext ctx = new ReadContext(call.operation(), mailbox, 200, null);
    return call.result(SoapResponseReader.read(body, call, ctx), ctx);
  }

  /** A failure after bytes reached the caller's destination: repeating would write them twice. */
  private static ExchangeException notRepeatable(ExchangeException cause, ReadContext ctx) {
    return new ExchangeException(
        cause.getMessage()
            + " (after part of the content had been written to the destination; not retried)",
        cause.statusCode(),
        cause.errorCode(),
        cause.requestId(),
        cause);
  }

  /** Exchange could not gather the data and said so at the end of the response: transient. */
  private static ExchangeException truncated(EwsCall<?, ?> call, ReadContext ctx, Exception e) {
    return new ServiceUnavailableException(
        "EWS "
            + call.operation()
            + " returned a response that ends in '"
            + TruncationWatch.MARKER
            + "': the server could not gather the data (a transient condition)",
        ctx.httpStatus(),
        "TruncatedData",
        ctx.requestId(),
        null,
        e);
  }

  private static boolean isXml(MediaType type) {
    if (type == null) {
      return false;
    }
    String sub = type.subtype().toLowerCase(Locale.ROOT);
    return sub.equals("xml") || sub.endsWith("+xml");
  }

  private static ExchangeException ewsDisabled(Response response, String requestId) {
    String snippet = HttpErrors.bodySnippet(response);
    return new EwsDisabledException(
        "EWS refused the request with HTTP 403"
            + (snippet.isEmpty() ? "" : " (" + snippet + ")")
            + ". In Exchange Online this means EWS is disabled for the tenant or for this"
            + " application: an administrator runs 'Set-OrganizationConfig -EWSEnabled $true' and,"
            + " when EWSAppAccessPolicy is EnforceAllowList, adds this application's id to"
            + " EWSAllowedAppIDs (per mailbox: 'Set-CASMailbox -EwsEnabled $true'). Microsoft"
            + " phases EWS out of Exchange Online from 2026-10-01 and turns it off on 2027-04-01;"
            + " plan the move to Microsoft Graph. Exchange Server on premises keeps EWS.",
        403,
        requestId);
  }

  private static ExchangeException unauthorized(Response response, String requestId) {
    // Exchange explains token rejections in x-ms-diagnostics (e.g. "2000008;reason=...").
    String diagnostics = response.header("x-ms-diagnostics");
    return new AuthenticationException(
        "EWS rejected the access token (HTTP 401)"
            + (diagnostics != null ? ": " + Redaction.oneLine(diagnostics, 300) : ""),
        401,
        null,
        requestId,
        "the token must be for https://outlook.office365.com/.default (or your cloud's EWS"
            + " scope) and the app needs the full_access_as_app permission with admin consent",
        null);
  }

  private static void acquire(MailboxContext mailbox, String what) {
    try {
      mailbox.permits().acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(what + " was interrupted", null, false, e);
    }
  }
}
