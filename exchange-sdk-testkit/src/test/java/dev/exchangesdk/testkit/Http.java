package dev.exchangesdk.testkit;

import dev.exchangesdk.core.HttpOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Raw HTTP access to a FakeExchange for tests: an OkHttp client that trusts the fake's CA, SOAP
 * envelopes with the headers the SDK sends, and XPath over responses. Deliberately not the SDK's
 * clients: these tests pin the wire protocol.
 */
final class Http {
  static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String M = "http://schemas.microsoft.com/exchange/services/2006/messages";
  static final String T = "http://schemas.microsoft.com/exchange/services/2006/types";
  private static final MediaType XML = MediaType.get("text/xml; charset=utf-8");
  private static final MediaType JSON = MediaType.get("application/json");

  private Http() {}

  static OkHttpClient client(FakeExchange fake) {
    HttpOptions o = fake.httpOptions();
    return new OkHttpClient.Builder()
        .sslSocketFactory(o.sslSocketFactory(), o.trustManager())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .readTimeout(Duration.ofSeconds(30))
        .build();
  }

  /** An EWS envelope acting on {@code mailbox}, with the headers the SDK sends. */
  static String envelope(String mailbox, String body) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
        + "<soap:Envelope xmlns:soap=\""
        + SOAP
        + "\" xmlns:m=\""
        + M
        + "\" xmlns:t=\""
        + T
        + "\">"
        + "<soap:Header><t:RequestServerVersion Version=\"Exchange2016\"/>"
        + (mailbox == null
            ? ""
            : "<t:ExchangeImpersonation><t:ConnectingSID><t:SmtpAddress>"
                + mailbox
                + "</t:SmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>")
        + "<t:TimeZoneContext><t:TimeZoneDefinition Id=\"UTC\"/></t:TimeZoneContext>"
        + "</soap:Header><soap:Body>"
        + body
        + "</soap:Body></soap:Envelope>";
  }

  /** Adds the SDK's SOAP headers to a documented example request that has none. */
  static String withHeaders(String exampleXml, String mailbox) {
    String header =
        "<t:RequestServerVersion xmlns:t=\""
            + T
            + "\" Version=\"Exchange2016\"/>"
            + "<t:ExchangeImpersonation xmlns:t=\""
            + T
            + "\"><t:ConnectingSID><t:SmtpAddress>"
            + mailbox
            + "</t:SmtpAddress></t:ConnectingSID></t:ExchangeImpersonation>";
    String x = exampleXml.replaceAll("<t:RequestServerVersion[^>]*/>", "");
    if (x.matches("(?s).*<soap:Header\\s*/>.*")) {
      return x.replaceFirst("<soap:Header\\s*/>", "<soap:Header>" + header + "</soap:Header>");
    }
    if (x.contains("<soap:Header>")) {
      return x.replaceFirst("<soap:Header>", "<soap:Header>" + header);
    }
    return x.replaceFirst("<soap:Body", "<soap:Header>" + header + "</soap:Header><soap:Body");
  }

  /** One HTTP answer: status, headers, body and (for XML) a namespace-aware DOM. */
  record Answer(int code, Map<String, List<String>> headers, String body, Document doc) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      return null;
    }

    String text(String xpath) {
      return Http.text(doc, xpath);
    }

    List<String> texts(String xpath) {
      return Http.texts(doc, xpath);
    }

    int count(String xpath) {
      return Http.nodes(doc, xpath).getLength();
    }

    Element element(String xpath) {
      NodeList n = Http.nodes(doc, xpath);
      return n.getLength() == 0 ? null : (Element) n.item(0);
    }
  }

  static Answer ews(FakeExchange fake, String xml) {
    return ews(client(fake), fake, fake.acceptedToken(), xml);
  }

  static Answer ews(OkHttpClient client, FakeExchange fake, String token, String xml) {
    Request.Builder r =
        new Request.Builder().url(fake.ewsUrl().toString()).post(RequestBody.create(xml, XML));
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    return call(client, r.build());
  }

  /** An EWS call whose answer is returned as text only, for answers that are not well-formed. */
  static Answer ewsUnparsed(FakeExchange fake, String xml) {
    Request request =
        new Request.Builder()
            .url(fake.ewsUrl().toString())
            .header("Authorization", "Bearer " + fake.acceptedToken())
            .post(RequestBody.create(xml, XML))
            .build();
    try (Response response = client(fake).newCall(request).execute()) {
      return new Answer(
          response.code(), response.headers().toMultimap(), response.body().string(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Answer invoke(FakeExchange fake, String url, String json, String... headers) {
    Request.Builder r =
        new Request.Builder()
            .url(url)
            .header("Authorization", "Bearer " + fake.acceptedToken())
            .header("X-ResponseFormat", "json")
            .post(RequestBody.create(json, JSON));
    for (int i = 0; i < headers.length; i += 2) {
      r.header(headers[i], headers[i + 1]);
    }
    return call(client(fake), r.build());
  }

  static Answer call(OkHttpClient client, Request request) {
    try (Response response = client.newCall(request).execute()) {
      String body = response.body().string();
      Document doc = null;
      String type = response.header("Content-Type", "");
      if (type.contains("xml") && !body.isEmpty()) {
        doc = parse(body);
      }
      return new Answer(response.code(), response.headers().toMultimap(), body, doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      try (InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
        return f.newDocumentBuilder().parse(in);
      }
    } catch (Exception e) {
      throw new AssertionError(
          "Response is not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  private static final XPath XPATH = xpath();

  private static XPath xpath() {
    XPath x = XPathFactory.newInstance().newXPath();
    x.setNamespaceContext(
        new NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return switch (prefix) {
              case "s" -> SOAP;
              case "m" -> M;
              case "t" -> T;
              case "e" -> "http://schemas.microsoft.com/exchange/services/2006/errors";
              default -> XMLConstants.NULL_NS_URI;
            };
          }

          @Override
          public String getPrefix(String uri) {
            return null;
          }

          @Override
          public Iterator<String> getPrefixes(String uri) {
            return null;
          }
        });
    return x;
  }

  static NodeList nodes(Document doc, String xpath) {
    try {
      synchronized (XPATH) {
        return (NodeList) XPATH.evaluate(xpath, doc, XPathConstants.NODESET);
      }
    } catch (XPathExpressionException e) {
      throw new AssertionError(e);
    }
  }

  static String text(Document doc, String xpath) {
    NodeList n = nodes(doc, xpath);
    return n.getLength() == 0 ? null : n.item(0).getTextContent();
  }

  static List<String> texts(Document doc, String xpath) {
    NodeList n = nodes(doc, xpath);
    java.util.List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  static String resource(String path) {
    try (InputStream in = Http.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new AssertionError("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
