package dev.exchangesdk.admin;

import static dev.exchangesdk.admin.AdminTestServer.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.exchangesdk.admin.model.BulkUpdateOptions;
import dev.exchangesdk.admin.model.CasMailbox;
import dev.exchangesdk.admin.model.DirectoryQuery;
import dev.exchangesdk.admin.model.DirectoryUser;
import dev.exchangesdk.admin.model.JunkEmailChanges;
import dev.exchangesdk.admin.model.Mailbox;
import dev.exchangesdk.admin.model.MailboxPropertySet;
import dev.exchangesdk.admin.model.MessageTraceDetail;
import dev.exchangesdk.admin.model.MessageTraceEntry;
import dev.exchangesdk.admin.model.MessageTraceQuery;
import dev.exchangesdk.admin.model.Recipient;
import dev.exchangesdk.admin.model.RecipientPermission;
import java.io.ByteArrayInputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The client against the service's published contract: the OData {@code $metadata} of {@code
 * adminapi/beta} (test resource {@code exo/adminapi-beta-metadata.xml}, a September 2025 snapshot)
 * and a captured InvokeCommand request. If Microsoft renames a property, or the SDK starts to
 * select or map a name the service does not have, these tests fail instead of a typed field
 * silently staying null.
 *
 * <p>Property names the SDK selects ({@code $select}) must exist on the entity. Mapped names are
 * checked by serving an object that holds exactly the entity's properties (values made up by Edm
 * type) and requiring every component of the resulting model record to be filled.
 *
 * <p>Not covered, on purpose: {@code MailboxPermission} (the entity groups rights in a {@code
 * PermissionList} of {@code MailboxPermissionInfo}, while the cmdlet output InvokeCommand returns
 * is flat) and the audit bypass association (no entity in the metadata).
 */
class AdminApiContractTest {
  private static final Metadata METADATA = Metadata.load("adminapi-beta-metadata.xml");
  private static final Pattern DATE_LIKE =
      Pattern.compile("^When.*|.*(Date|Time|ValidFrom)$|^Received$");
  private static final Instant SAMPLE_TIME = Instant.parse("2026-03-01T10:00:00Z");
  private static final String GUID = "[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}";

  private final AdminTestServer t = new AdminTestServer();

  @AfterEach
  void close() {
    t.close();
  }

  @ParameterizedTest
  @EnumSource(MailboxPropertySet.class)
  void selectsOnlyPropertiesTheMailboxEntityHas(MailboxPropertySet set) {
    t.enqueue(ok(""));

    t.client.mailboxes().list(DirectoryQuery.all(), set).stream().toList();

    List<String> selected = selected(t.take());
    if (set == MailboxPropertySet.ALL) {
      assertThat(selected).isEmpty();
    } else {
      assertThat(selected).containsAll(set.properties());
      assertThat(METADATA.properties("Mailbox"))
          .as("the Mailbox entity's properties, for $select of %s", set)
          .containsAll(selected);
    }
  }

  @Test
  void theBulkUpdateSelectsOnlyMailboxProperties() {
    t.enqueue(ok(""));

    t.client
        .junkEmail()
        .updateAllMailboxes(
            JunkEmailChanges.builder().enabled(true).build(), BulkUpdateOptions.defaults());

    List<String> selected = selected(t.take());
    assertThat(selected).isNotEmpty();
    assertThat(METADATA.properties("Mailbox"))
        .as("the Mailbox entity's properties, for the bulk update's $select")
        .containsAll(selected);
  }

  @Test
  void fillsEveryMailboxFieldFromTheEntitysProperties() {
    t.enqueue(ok(METADATA.sampleObject("Mailbox")));

    Mailbox m = t.client.mailboxes().get("user@contoso.com");

    assertEveryComponentFilled(m);
  }

  @Test
  void fillsEveryCasMailboxFieldFromTheEntitysProperties() {
    assertEveryComponentFilled(
        "CasMailbox",
        () -> t.client.mailboxes().listCasMailboxes(DirectoryQuery.all()).stream().toList(),
        CasMailbox.class);
  }

  @Test
  void fillsEveryRecipientFieldFromTheEntitysProperties() {
    assertEveryComponentFilled(
        "Recipient",
        () -> t.client.directory().listRecipients(DirectoryQuery.all()).stream().toList(),
        Recipient.class);
  }

  @Test
  void fillsEveryUserFieldFromTheEntitysProperties() {
    // The User entity types When* as Int64 (.NET ticks), unlike Mailbox and Recipient.
    assertEveryComponentFilled(
        "User",
        () -> t.client.directory().listUsers(DirectoryQuery.all()).stream().toList(),
        DirectoryUser.class);
  }

  @Test
  void fillsEveryRecipientPermissionFieldFromTheEntitysProperties() {
    assertEveryComponentFilled(
        "RecipientPermission",
        () -> t.client.mailboxes().listRecipientPermissions(null, null, 0).stream().toList(),
        RecipientPermission.class);
  }

  @Test
  void fillsEveryMessageTraceFieldFromTheComplexTypesProperties() {
    assertEveryComponentFilled(
        "MessageTrace",
        () -> t.client.messageTrace().search(MessageTraceQuery.builder().build()).stream().toList(),
        MessageTraceEntry.class);
  }

  @Test
  void fillsEveryMessageTraceDetailFieldFromTheComplexTypesProperties() {
    assertEveryComponentFilled(
        "MessageTraceDetail",
        () -> t.client.messageTrace().details("trace-1", "ann@contoso.com"),
        MessageTraceDetail.class);
  }

  /**
   * The SDK's Get-Mailbox against the request the ExchangeOnlineManagement module was captured
   * sending: same path and body, and every captured header either sent with the same meaning or
   * deliberately not sent.
   */
  @Test
  void sendsGetMailboxAsTheCapturedRequestDoes() {
    Captured captured =
        Captured.parse(AdminTestServer.resource("invokecommand-get-mailbox.request.http"));
    t.enqueue(AdminTestServer.capturedBody("invokecommand-get-mailbox.response.http"));

    t.client.mailboxes().get("user@contoso.com");

    RecordedRequest r = t.take();
    assertThat(r.getMethod()).isEqualTo(captured.method());
    assertThat(r.getUrl().encodedPath()).isEqualTo(captured.path());
    // Cmdlet names are case-insensitive; the capture's caller wrote it in lower case.
    assertThat(r.getBody().utf8())
        .isEqualTo(captured.body().replace("\"get-mailbox\"", "\"Get-Mailbox\""));
    Headers sent = r.getHeaders();
    for (String name : captured.headers().names()) {
      String value = captured.headers().get(name);
      switch (name.toLowerCase(Locale.ROOT)) {
        case "accept", "content-type", "x-responseformat" ->
            assertThat(sent.get(name)).as(name).isEqualToIgnoringCase(value);
        case "x-anchormailbox" -> {
          // PROTOCOLS 2: "APP:" is the current form of the same anchor, "UPN:" the older one.
          assertThat(value).startsWith("UPN:");
          assertThat(sent.get(name)).isEqualTo("APP:" + value.substring("UPN:".length()));
        }
        // The capture's caller misspelt it; the module sends Prefer.
        case "x-prefer" -> assertThat(sent.get("Prefer")).isEqualTo(value);
        case "connection-id" -> {
          assertThat(value).matches(GUID);
          assertThat(sent.get(name)).matches(GUID);
        }
        case "authorization" -> assertThat(sent.get(name)).startsWith("Bearer ");
        // OkHttp's transparent gzip.
        case "accept-encoding" -> assertThat(value).contains(sent.get(name));
        case "user-agent" -> assertThat(sent.get(name)).startsWith("exchange-sdk-java/");
        // Only shapes the module's CliXml output (we ask for JSON); JSON is UTF-8 by definition;
        // computed from the body (the capture's was anonymised after sending); the test server's.
        case "x-serializationlevel", "accept-charset", "content-length", "host" -> {
          if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("host")) {
            assertThat(sent.get(name)).as(name).isNull();
          }
        }
        default -> throw new AssertionError("captured header " + name + " is not accounted for");
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private <T extends Record> void assertEveryComponentFilled(
      String entity, Supplier<List<T>> call, Class<T> type) {
    t.enqueue(ok(METADATA.sampleObject(entity)));

    List<T> result = call.get();

    assertThat(result).as(entity).hasSize(1);
    assertThat(result.get(0)).isInstanceOf(type);
    assertEveryComponentFilled(result.get(0));
  }

  private static void assertEveryComponentFilled(Record r) {
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(r);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      String what = r.getClass().getSimpleName() + "." + c.getName();
      assertThat(value).as(what + " (its property is missing from the entity?)").isNotNull();
      if (value instanceof Collection<?> col) {
        assertThat(col).as(what).isNotEmpty();
      } else if (value instanceof Map<?, ?> map) {
        assertThat(map).as(what).isNotEmpty();
      }
    }
  }

  private static List<String> selected(RecordedRequest r) {
    String select = r.getUrl().queryParameter("$select");
    return select == null ? List.of() : Arrays.asList(select.split(","));
  }

  /** Entity and complex types of the CSDL: property names and Edm types, base types included. */
  private record Metadata(
      Map<String, Map<String, String>> types, Map<String, String> enumFirstMember) {

    static Metadata load(String resource) {
      Document doc;
      try {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        doc =
            f.newDocumentBuilder()
                .parse(
                    new ByteArrayInputStream(
                        AdminTestServer.resource(resource).getBytes(StandardCharsets.UTF_8)));
      } catch (Exception e) {
        throw new AssertionError("cannot read " + resource, e);
      }
      Map<String, Map<String, String>> own = new HashMap<>();
      Map<String, String> bases = new HashMap<>();
      for (String kind : List.of("EntityType", "ComplexType")) {
        NodeList nodes = doc.getElementsByTagNameNS("*", kind);
        for (int i = 0; i < nodes.getLength(); i++) {
          Element e = (Element) nodes.item(i);
          Map<String, String> props = new LinkedHashMap<>();
          NodeList children = e.getElementsByTagNameNS("*", "Property");
          for (int j = 0; j < children.getLength(); j++) {
            Element p = (Element) children.item(j);
            props.put(p.getAttribute("Name"), p.getAttribute("Type"));
          }
          own.put(e.getAttribute("Name"), props);
          if (!e.getAttribute("BaseType").isEmpty()) {
            bases.put(e.getAttribute("Name"), unqualified(e.getAttribute("BaseType")));
          }
        }
      }
      Map<String, Map<String, String>> types = new HashMap<>();
      for (String name : own.keySet()) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String n = name; n != null; n = bases.get(n)) {
          own.getOrDefault(n, Map.of()).forEach(all::putIfAbsent);
        }
        types.put(name, all);
      }
      Map<String, String> enums = new HashMap<>();
      NodeList enumNodes = doc.getElementsByTagNameNS("*", "EnumType");
      for (int i = 0; i < enumNodes.getLength(); i++) {
        Element e = (Element) enumNodes.item(i);
        NodeList members = e.getElementsByTagNameNS("*", "Member");
        if (members.getLength() > 0) {
          enums.put(e.getAttribute("Name"), ((Element) members.item(0)).getAttribute("Name"));
        }
      }
      assertThat(types).as("entity types read from " + resource).hasSizeGreaterThan(50);
      return new Metadata(types, enums);
    }

    Set<String> properties(String type) {
      Map<String, String> props = types.get(type);
      assertThat(props).as("type %s in the metadata", type).isNotNull();
      return props.keySet();
    }

    /** A JSON object with every property of {@code type}, each with a value of its Edm type. */
    String sampleObject(String type) {
      properties(type);
      List<String> fields = new ArrayList<>();
      types
          .get(type)
          .forEach((name, edm) -> fields.add("\"" + name + "\":" + sampleValue(name, edm)));
      return "{" + String.join(",", fields) + "}";
    }

    private String sampleValue(String name, String edm) {
      if (edm.startsWith("Collection(")) {
        return "[" + sampleValue(name, edm.substring(11, edm.length() - 1)) + "]";
      }
      boolean dateLike = DATE_LIKE.matcher(name).matches();
      return switch (edm) {
        case "Edm.String" ->
            dateLike ? "\"2026-03-01T10:00:00.0000000+00:00\"" : "\"v-" + name + "\"";
        case "Edm.DateTimeOffset" -> "\"2026-03-01T10:00:00.0000000+00:00\"";
        case "Edm.Boolean" -> "true";
        case "Edm.Guid" -> "\"00000000-0000-0000-0000-0000000000aa\"";
        case "Edm.Int64" ->
            // .NET ticks for date-like Int64 properties (the User entity's When*).
            dateLike
                ? Long.toString(
                    SAMPLE_TIME.getEpochSecond() * 10_000_000L + 621_355_968_000_000_000L)
                : "7";
        case "Edm.Int16", "Edm.Int32", "Edm.Byte", "Edm.Double", "Edm.Decimal" -> "7";
        default -> {
          String enumMember = enumFirstMember.get(unqualified(edm));
          yield enumMember != null ? "\"" + enumMember + "\"" : "{}";
        }
      };
    }

    private static String unqualified(String qualified) {
      return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
  }

  /** A captured HTTP request: request line, headers, body (comment lines start with #). */
  private record Captured(String method, String path, Headers headers, String body) {
    static Captured parse(String text) {
      String[] parts = text.replace("\r\n", "\n").split("\n\n", 2);
      List<String> lines = new ArrayList<>();
      for (String line : parts[0].split("\n")) {
        if (!line.startsWith("#") && !line.isBlank()) {
          lines.add(line);
        }
      }
      String[] requestLine = lines.get(0).split(" ");
      Headers.Builder headers = new Headers.Builder();
      for (String line : lines.subList(1, lines.size())) {
        int colon = line.indexOf(':');
        headers.add(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
      }
      return new Captured(requestLine[0], requestLine[1], headers.build(), parts[1].strip());
    }
  }
}
