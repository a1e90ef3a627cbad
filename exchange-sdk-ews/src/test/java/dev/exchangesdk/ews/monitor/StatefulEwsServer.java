package dev.exchangesdk.ews.monitor;

import dev.exchangesdk.core.HttpOptions;
import dev.exchangesdk.core.RetryOptions;
import dev.exchangesdk.ews.EwsClient;
import dev.exchangesdk.ews.ExchangeServerVersion;
import dev.exchangesdk.ews.testing.CountingCredential;
import dev.exchangesdk.ews.testing.EwsSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A second stateful EWS implementation over MockWebServer for monitor tests, next to FakeExchange
 * (the failure modes run against both): mailboxes with folders and mail, SyncFolderItems with real
 * sync-state semantics (each state records what the client knows; changes are the difference),
 * GetItem, FindItem, GetFolder, FindFolder, GetAttachment, and fault injection (throttling in both
 * forms, 503, dropped connections, rejected sync states, unreadable items). Every request is
 * validated against the EWS schema; {@link #close()} fails when one was invalid.
 *
 * <p>Thread-safe: requests are served under one lock.
 */
final class StatefulEwsServer implements AutoCloseable {
  static final String MAILBOX = "soc@contoso.com";
  private static final String T = "http://schemas.microsoft.com/exchange/services/2006/types";
  private static final String M = "http://schemas.microsoft.com/exchange/services/2006/messages";
  private static final int KEPT_SYNC_STATES = 64;

  /** A fault the next request(s) get. */
  enum Fault {
    BUSY_SOAP_FAULT,
    BUSY_MESSAGE,
    UNAVAILABLE_503,
    DISCONNECT,
    MAILBOX_MOVE
  }

  private final Object lock = new Object();
  private final MockWebServer server = new MockWebServer();
  private final Map<String, Mbx> mailboxes = new LinkedHashMap<>();
  private final Deque<Fault> faults = new ArrayDeque<>();
  private final Map<String, Deque<Fault>> opFaults = new HashMap<>();
  private final List<String> invalidRequests = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final CountingCredential credential = new CountingCredential();
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private Random faultRandom;
  private double faultRate;
  private boolean validate = true;
  private long ids = 1000;
  private Instant now = Instant.parse("2026-11-20T12:00:00Z");

  StatefulEwsServer() {
    mailbox(MAILBOX);
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return handle(request);
          }
        });
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start(0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Accepted sockets with TCP_NODELAY: MockWebServer writes headers and body separately, and with
   * Nagle's algorithm each response would wait for the client's delayed ACK (about 40 ms).
   */
  private static final class NoDelayServerSocketFactory extends javax.net.ServerSocketFactory {
    @Override
    public java.net.ServerSocket createServerSocket() throws IOException {
      return new java.net.ServerSocket() {
        @Override
        public java.net.Socket accept() throws IOException {
          java.net.Socket s = new java.net.Socket();
          implAccept(s);
          s.setTcpNoDelay(true);
          return s;
        }
      };
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public java.net.ServerSocket createServerSocket(int port, int backlog) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public java.net.ServerSocket createServerSocket(
        int port, int backlog, java.net.InetAddress address) {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  // ---------------------------------------------------------------- test API

  /** A client for this server: waits recorded, not slept; 4 attempts per call. */
  EwsClient client() {
    return client(RetryOptions.builder().maxAttempts(4).build());
  }

  EwsClient client(RetryOptions retry) {
    return EwsClient.builder()
        .credential(credential)
        .endpoint(server.url("/EWS/Exchange.asmx").uri())
        .serverVersion(ExchangeServerVersion.EXCHANGE_2016)
        .httpOptions(
            HttpOptions.builder()
                .retry(retry)
                .readTimeout(Duration.ofSeconds(20))
                .sleeper(sleeps::add)
                .build())
        .build();
  }

  /** Skips schema validation (for the benchmark-sized tests: it dominates their cost). */
  void validateRequests(boolean validate) {
    synchronized (lock) {
      this.validate = validate;
    }
  }

  /** Adds a mailbox (with Inbox, Deleted Items and Top of Information Store). */
  void mailbox(String address) {
    synchronized (lock) {
      mailboxes.computeIfAbsent(address.toLowerCase(Locale.ROOT), a -> new Mbx(a));
    }
  }

  /** The server's clock: received times of delivered mail. */
  void now(Instant instant) {
    synchronized (lock) {
      now = instant;
    }
  }

  Instant now() {
    synchronized (lock) {
      return now;
    }
  }

  void advance(Duration d) {
    synchronized (lock) {
      now = now.plus(d);
    }
  }

  /** Creates a folder below the folder at {@code parentPath}; returns its id. */
  String createFolder(String mailbox, String parentPath, String name) {
    synchronized (lock) {
      Mbx m = mbx(mailbox);
      Folder parent = m.byPath(parentPath);
      Folder f = m.newFolder(name, parent.id);
      return f.id;
    }
  }

  String createPublicFolder(String name) {
    synchronized (lock) {
      Mbx m = mbx(MAILBOX);
      return m.newFolder(name, m.wellKnown.get("publicfoldersroot")).id;
    }
  }

  String folderId(String mailbox, String path) {
    synchronized (lock) {
      return mbx(mailbox).byPath(path).id;
    }
  }

  void renameFolder(String mailbox, String folderId, String name) {
    synchronized (lock) {
      mbx(mailbox).folders.get(folderId).name = name;
    }
  }

  void deleteFolder(String mailbox, String folderId) {
    synchronized (lock) {
      Mbx m = mbx(mailbox);
      m.folders.remove(folderId);
      m.items.values().removeIf(i -> i.folderId.equals(folderId));
    }
  }

  /** Delivers a mail into the folder at {@code path}; returns its item id. */
  String deliver(String mailbox, String path, Mail mail) {
    synchronized (lock) {
      Mbx m = mbx(mailbox);
      Folder f = m.byPath(path);
      Item i = new Item();
      i.id = newId("item");
      i.folderId = f.id;
      i.seq = ++m.seq;
      i.mail = mail;
      i.received = mail.received != null ? mail.received : now;
      i.lastModified = mail.lastModified != null ? mail.lastModified : i.received;
      m.items.put(i.id, i);
      return i.id;
    }
  }

  String deliver(String path, Mail mail) {
    return deliver(MAILBOX, path, mail);
  }

  /** A user moves a mail to another folder: it gets a new id there. */
  String moveItem(String mailbox, String itemId, String targetFolderId) {
    synchronized (lock) {
      Mbx m = mbx(mailbox);
      Item i = m.items.remove(itemId);
      m.folders.get(i.folderId).tombstones.put(i.id, ++m.seq);
      Item moved = i.copy();
      moved.id = newId("item");
      moved.folderId = targetFolderId;
      moved.seq = ++m.seq;
      moved.lastModified = now;
      m.items.put(moved.id, moved);
      return moved.id;
    }
  }

  void deleteItem(String mailbox, String itemId) {
    synchronized (lock) {
      Mbx m = mbx(mailbox);
      Item i = m.items.remove(itemId);
      m.folders.get(i.folderId).tombstones.put(i.id, ++m.seq);
    }
  }

  /** A user reads the mail (a read-flag change only). */
  void markRead(String mailbox, String itemId) {
    synchronized (lock) {
      Item i = mbx(mailbox).items.get(itemId);
      i.read = true;
      i.readVersion++;
      i.seq = ++mbx(mailbox).seq;
    }
  }

  /** A user changes the mail (e.g. categorizes it): a new version. */
  void touch(String mailbox, String itemId) {
    synchronized (lock) {
      Item i = mbx(mailbox).items.get(itemId);
      i.version++;
      i.lastModified = now;
      i.seq = ++mbx(mailbox).seq;
    }
  }

  boolean isRead(String mailbox, String itemId) {
    synchronized (lock) {
      return mbx(mailbox).items.get(itemId).read;
    }
  }

  List<String> itemIds(String mailbox, String path) {
    synchronized (lock) {
      Mbx m = mbx(mailbox);
      String fid = m.byPath(path).id;
      List<String> out = new ArrayList<>();
      for (Item i : m.items.values()) {
        if (i.folderId.equals(fid)) {
          out.add(i.id);
        }
      }
      return out;
    }
  }

  /** Every sync state handed out so far stops working (ErrorInvalidSyncStateData). */
  void invalidateSyncStates() {
    synchronized (lock) {
      for (Mbx m : mailboxes.values()) {
        m.syncStates.clear();
      }
    }
  }

  /** The next requests (any operation) fail this way, one fault each. */
  void failNext(Fault fault, int times) {
    synchronized (lock) {
      for (int i = 0; i < times; i++) {
        faults.add(fault);
      }
    }
  }

  /** The next requests of {@code operation} fail this way. */
  void failNext(String operation, Fault fault, int times) {
    synchronized (lock) {
      Deque<Fault> q = opFaults.computeIfAbsent(operation, k -> new ArrayDeque<>());
      for (int i = 0; i < times; i++) {
        q.add(fault);
      }
    }
  }

  /** Forgets every queued fault. */
  void clearFaults() {
    synchronized (lock) {
      faults.clear();
      opFaults.clear();
      faultRandom = null;
    }
  }

  /** Each request fails with probability {@code rate}, with a random fault. */
  void randomFaults(Random random, double rate) {
    synchronized (lock) {
      this.faultRandom = random;
      this.faultRate = rate;
    }
  }

  /** GetItem answers this item with an error response message of {@code code}. */
  void failItem(String mailbox, String itemId, String code) {
    synchronized (lock) {
      mbx(mailbox).items.get(itemId).errorCode = code;
    }
  }

  /** GetItem returns this item with a property the client cannot parse. */
  void corruptItem(String mailbox, String itemId) {
    synchronized (lock) {
      mbx(mailbox).items.get(itemId).corrupt = true;
    }
  }

  int calls(String operation) {
    AtomicInteger c = calls.get(operation);
    return c == null ? 0 : c.get();
  }

  List<Duration> sleeps() {
    return sleeps;
  }

  @Override
  public void close() {
    server.close();
    if (!invalidRequests.isEmpty()) {
      throw new AssertionError(
          invalidRequests.size() + " schema-invalid requests, first:\n" + invalidRequests.get(0));
    }
  }

  /** A mail to deliver. */
  static final class Mail {
    String subject = "Test mail";
    String messageId;
    String itemClass = "IPM.Note";
    Instant received;
    Instant lastModified;
    String from = "attacker@evil.example";
    List<String> to = List.of(MAILBOX);
    List<String[]> headers = new ArrayList<>();
    String text = "Hello";
    String html = "<html><body>Hello</body></html>";
    final List<Attachment> attachments = new ArrayList<>();

    static Mail of(String subject) {
      Mail m = new Mail();
      m.subject = subject;
      m.messageId = "<" + subject.replaceAll("[^A-Za-z0-9]", "") + "@evil.example>";
      return m;
    }

    Mail messageId(String id) {
      this.messageId = id;
      return this;
    }

    Mail received(Instant at) {
      this.received = at;
      return this;
    }

    Mail itemClass(String c) {
      this.itemClass = c;
      return this;
    }

    Mail header(String name, String value) {
      headers.add(new String[] {name, value});
      return this;
    }

    Mail text(String text) {
      this.text = text;
      return this;
    }

    Mail html(String html) {
      this.html = html;
      return this;
    }

    Mail file(String name, String contentType, byte[] content) {
      attachments.add(new Attachment(name, contentType, null, false, content, null, null));
      return this;
    }

    Mail inline(String name, String contentType, String contentId, byte[] content) {
      attachments.add(new Attachment(name, contentType, contentId, true, content, null, null));
      return this;
    }

    Mail attachedMail(String name, String mime) {
      attachments.add(new Attachment(name, null, null, false, null, mime, null));
      return this;
    }

    Mail brokenAttachment(String name, String errorCode) {
      attachments.add(new Attachment(name, "application/pdf", null, false, null, null, errorCode));
      return this;
    }
  }

  record Attachment(
      String name,
      String contentType,
      String contentId,
      boolean inline,
      byte[] content,
      String mime,
      String errorCode) {}

  // ---------------------------------------------------------------- model

  private final class Mbx {
    final String address;
    final Map<String, Folder> folders = new LinkedHashMap<>();
    final Map<String, String> wellKnown = new HashMap<>();
    final Map<String, Item> items = new LinkedHashMap<>();
    final Map<String, Map<String, long[]>> syncStates = new LinkedHashMap<>();
    long seq;
    int stateCounter;

    Mbx(String address) {
      this.address = address;
      Folder root = newFolder("Root", null);
      wellKnown.put("root", root.id);
      Folder top = newFolder("Top of Information Store", root.id);
      wellKnown.put("msgfolderroot", top.id);
      wellKnown.put("inbox", newFolder("Inbox", top.id).id);
      wellKnown.put("deleteditems", newFolder("Deleted Items", top.id).id);
      wellKnown.put("publicfoldersroot", newFolder("Public Folders", null).id);
    }

    Folder newFolder(String name, String parentId) {
      Folder f = new Folder();
      f.id = newId("folder");
      f.name = name;
      f.parentId = parentId;
      folders.put(f.id, f);
      return f;
    }

    /** {@code Inbox/Phishing}: first segment a well-known name or a child of the top. */
    Folder byPath(String path) {
      String[] parts = path.split("/");
      String first = parts[0].toLowerCase(Locale.ROOT).replace(" ", "");
      Folder current =
          wellKnown.containsKey(first)
              ? folders.get(wellKnown.get(first))
              : child(folders.get(wellKnown.get("msgfolderroot")), parts[0]);
      for (int i = 1; i < parts.length; i++) {
        current = child(current, parts[i]);
      }
      if (current == null) {
        throw new IllegalArgumentException("No folder " + path);
      }
      return current;
    }

    Folder child(Folder parent, String name) {
      if (parent == null) {
        return null;
      }
      for (Folder f : folders.values()) {
        if (parent.id.equals(f.parentId) && f.name.equalsIgnoreCase(name)) {
          return f;
        }
      }
      return null;
    }
  }

  private static final class Folder {
    String id;
    String name;
    String parentId;
    final Map<String, Long> tombstones = new HashMap<>();
  }

  private static final class Item {
    String id;
    String folderId;
    long seq;
    int version = 1;
    int readVersion;
    boolean read;
    Mail mail;
    Instant received;
    Instant lastModified;
    String errorCode;
    boolean corrupt;

    String changeKey() {
      return "CK" + version + "r" + readVersion;
    }

    Item copy() {
      Item i = new Item();
      i.mail = mail;
      i.received = received;
      i.read = read;
      i.version = version;
      i.readVersion = readVersion;
      return i;
    }
  }

  private String newId(String kind) {
    // Long, base64-like ids as EWS has (FolderRef.parse treats 100+ such characters as an id).
    String core = kind + "-" + (ids++) + "-";
    StringBuilder s = new StringBuilder("AAMk");
    while (s.length() < 120) {
      s.append(core);
    }
    return s.substring(0, 120).replace('-', 'A');
  }

  private Mbx mbx(String address) {
    Mbx m = mailboxes.get(address.toLowerCase(Locale.ROOT));
    if (m == null) {
      throw new IllegalArgumentException("No mailbox " + address);
    }
    return m;
  }

  // ---------------------------------------------------------------- dispatch

  private MockResponse handle(RecordedRequest request) {
    byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
    Document doc;
    try {
      doc = parse(body);
    } catch (Exception e) {
      return xml(400, "not XML");
    }
    Element op = firstChild(child(doc.getDocumentElement(), "Body"));
    String operation = op.getLocalName();
    calls.computeIfAbsent(operation, k -> new AtomicInteger()).incrementAndGet();
    boolean check;
    synchronized (lock) {
      check = validate;
    }
    if (check) {
      List<String> problems = EwsSchema.problems(body);
      if (!problems.isEmpty()) {
        invalidRequests.add(problems + "\n" + new String(body, StandardCharsets.UTF_8));
        return xml(400, "schema-invalid request");
      }
    }
    synchronized (lock) {
      Fault fault = nextFault(operation);
      if (fault != null) {
        return fault(fault, operation);
      }
      String address = text(doc.getDocumentElement(), "SmtpAddress");
      Mbx m = address == null ? null : mailboxes.get(address.toLowerCase(Locale.ROOT));
      if (m == null) {
        return message(operation, error("ErrorNonExistentMailbox", "No such mailbox"));
      }
      switch (operation) {
        case "GetFolder":
          return getFolder(m, op);
        case "FindFolder":
          return findFolder(m, op);
        case "SyncFolderItems":
          return sync(m, op);
        case "GetItem":
          return getItem(m, op);
        case "FindItem":
          return findItem(m, op);
        case "GetAttachment":
          return getAttachment(m, op);
        default:
          return xml(500, "unsupported operation " + operation);
      }
    }
  }

  private Fault nextFault(String operation) {
    Deque<Fault> q = opFaults.get(operation);
    if (q != null && !q.isEmpty()) {
      return q.poll();
    }
    if (!faults.isEmpty()) {
      return faults.poll();
    }
    if (faultRandom != null && faultRandom.nextDouble() < faultRate) {
      Fault[] all = {
        Fault.BUSY_SOAP_FAULT, Fault.BUSY_MESSAGE, Fault.UNAVAILABLE_503, Fault.DISCONNECT
      };
      return all[faultRandom.nextInt(all.length)];
    }
    return null;
  }

  private MockResponse fault(Fault fault, String operation) {
    switch (fault) {
      case BUSY_SOAP_FAULT:
        return xml(
            500,
            "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body><s:Fault>"
                + "<faultcode xmlns:a=\""
                + T
                + "\">a:ErrorServerBusy</faultcode>"
                + "<faultstring xml:lang=\"en-US\">The server cannot service this request right now.</faultstring>"
                + "<detail><e:ResponseCode xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">ErrorServerBusy</e:ResponseCode>"
                + "<e:Message xmlns:e=\"http://schemas.microsoft.com/exchange/services/2006/errors\">Busy</e:Message>"
                + "<t:MessageXml xmlns:t=\""
                + T
                + "\"><t:Value Name=\"BackOffMilliseconds\">250</t:Value></t:MessageXml>"
                + "</detail></s:Fault></s:Body></s:Envelope>");
      case BUSY_MESSAGE:
        return message(
            operation,
            "<m:MessageText>The server cannot service this request right now.</m:MessageText>"
                + "<m:ResponseCode>ErrorServerBusy</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
                + "<m:MessageXml><t:Value Name=\"BackOffMilliseconds\">250</t:Value></m:MessageXml>",
            "Error");
      case UNAVAILABLE_503:
        return new MockResponse.Builder().code(503).body("Service Unavailable").build();
      case MAILBOX_MOVE:
        return message(
            operation, error("ErrorMailboxMoveInProgress", "The mailbox is being moved."), "Error");
      default:
        return new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build();
    }
  }

  // ---------------------------------------------------------------- operations

  private MockResponse getFolder(Mbx m, Element op) {
    StringBuilder out = new StringBuilder();
    for (Element id : children(child(op, "FolderIds"))) {
      Folder f = resolveFolder(m, id);
      if (f == null) {
        out.append(
            responseMessage(
                "GetFolder",
                "Error",
                error(
                        "ErrorFolderNotFound",
                        "The specified folder could not be found in the store.")
                    + "<m:Folders/>"));
      } else {
        out.append(
            responseMessage(
                "GetFolder", "Success", ok() + "<m:Folders>" + folderXml(m, f) + "</m:Folders>"));
      }
    }
    return envelope("GetFolder", out.toString());
  }

  private MockResponse findFolder(Mbx m, Element op) {
    Element parentId = firstChild(child(op, "ParentFolderIds"));
    Folder parent = resolveFolder(m, parentId);
    if (parent == null) {
      return message("FindFolder", error("ErrorFolderNotFound", "Not found"), "Error");
    }
    boolean deep = "Deep".equals(op.getAttribute("Traversal"));
    List<Folder> found = new ArrayList<>();
    collect(m, parent, deep, found);
    StringBuilder s = new StringBuilder();
    for (Folder f : found) {
      s.append(folderXml(m, f));
    }
    return message(
        "FindFolder",
        ok()
            + "<m:RootFolder TotalItemsInView=\""
            + found.size()
            + "\" IncludesLastItemInRange=\"true\"><t:Folders>"
            + s
            + "</t:Folders></m:RootFolder>",
        "Success");
  }

  private void collect(Mbx m, Folder parent, boolean deep, List<Folder> out) {
    for (Folder f : m.folders.values()) {
      if (parent.id.equals(f.parentId)) {
        out.add(f);
        if (deep) {
          collect(m, f, true, out);
        }
      }
    }
  }

  private MockResponse sync(Mbx m, Element op) {
    Folder f = resolveFolder(m, firstChild(child(op, "SyncFolderId")));
    if (f == null) {
      return message(
          "SyncFolderItems",
          error("ErrorFolderNotFound", "The specified folder could not be found in the store."),
          "Error");
    }
    String stateText = text(op, "SyncState");
    int max = Integer.parseInt(text(op, "MaxChangesReturned"));
    Map<String, long[]> known;
    if (stateText == null || stateText.isBlank()) {
      known = new HashMap<>();
    } else {
      Map<String, long[]> stored = m.syncStates.get(stateText.strip());
      String prefix = "state:" + f.id + ":";
      if (stored == null || !decode(stateText).startsWith(prefix)) {
        return message(
            "SyncFolderItems",
            "<m:MessageText>Synchronization state data is corrupt or otherwise invalid.</m:MessageText>"
                + "<m:ResponseCode>ErrorInvalidSyncStateData</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>"
                + "<m:SyncState/><m:IncludesLastItemInRange>true</m:IncludesLastItemInRange>",
            "Error");
      }
      known = new HashMap<>(stored);
    }
    // The changes: what the folder holds now against what the state says the client knows.
    List<Object[]> changes = new ArrayList<>(); // {seq, kind, item or id}
    for (Item i : m.items.values()) {
      if (!i.folderId.equals(f.id)) {
        continue;
      }
      long[] k = known.get(i.id);
      if (k == null) {
        changes.add(new Object[] {i.seq, "Create", i});
      } else if (k[0] != i.version) {
        changes.add(new Object[] {i.seq, "Update", i});
      } else if (k[1] != i.readVersion) {
        changes.add(new Object[] {i.seq, "ReadFlagChange", i});
      }
    }
    for (String id : known.keySet()) {
      Item i = m.items.get(id);
      if (i == null || !i.folderId.equals(f.id)) {
        Long seq = f.tombstones.getOrDefault(id, 0L);
        changes.add(new Object[] {seq, "Delete", id});
      }
    }
    changes.sort(Comparator.comparingLong(c -> (Long) c[0]));
    boolean complete = changes.size() <= max;
    List<Object[]> batch = changes.subList(0, Math.min(max, changes.size()));
    StringBuilder s = new StringBuilder();
    for (Object[] c : batch) {
      String kind = (String) c[1];
      if (kind.equals("Delete")) {
        String id = (String) c[2];
        known.remove(id);
        s.append("<t:Delete><t:ItemId Id=\"").append(id).append("\"/></t:Delete>");
        continue;
      }
      Item i = (Item) c[2];
      known.put(i.id, new long[] {i.version, i.readVersion});
      if (kind.equals("ReadFlagChange")) {
        s.append("<t:ReadFlagChange><t:ItemId Id=\"")
            .append(i.id)
            .append("\" ChangeKey=\"")
            .append(i.changeKey())
            .append("\"/><t:IsRead>")
            .append(i.read)
            .append("</t:IsRead></t:ReadFlagChange>");
      } else {
        s.append("<t:")
            .append(kind)
            .append(">")
            .append(summaryXml(i))
            .append("</t:")
            .append(kind)
            .append(">");
      }
    }
    String token =
        Base64.getEncoder()
            .encodeToString(
                ("state:" + f.id + ":" + (++m.stateCounter)).getBytes(StandardCharsets.UTF_8));
    m.syncStates.put(token, known);
    while (m.syncStates.size() > KEPT_SYNC_STATES) {
      m.syncStates.remove(m.syncStates.keySet().iterator().next());
    }
    return message(
        "SyncFolderItems",
        ok()
            + "<m:SyncState>"
            + token
            + "</m:SyncState><m:IncludesLastItemInRange>"
            + complete
            + "</m:IncludesLastItemInRange><m:Changes>"
            + s
            + "</m:Changes>",
        "Success");
  }

  private MockResponse getItem(Mbx m, Element op) {
    StringBuilder out = new StringBuilder();
    for (Element id : children(child(op, "ItemIds"))) {
      Item i = m.items.get(id.getAttribute("Id"));
      if (i == null) {
        out.append(
            responseMessage(
                "GetItem",
                "Error",
                error("ErrorItemNotFound", "The specified object was not found in the store.")
                    + "<m:Items/>"));
      } else if (i.errorCode != null) {
        out.append(
            responseMessage(
                "GetItem", "Error", error(i.errorCode, "The item is corrupt.") + "<m:Items/>"));
      } else {
        out.append(
            responseMessage("GetItem", "Success", ok() + "<m:Items>" + fullXml(i) + "</m:Items>"));
      }
    }
    return envelope("GetItem", out.toString());
  }

  private MockResponse findItem(Mbx m, Element op) {
    Folder f = resolveFolder(m, firstChild(child(op, "ParentFolderIds")));
    if (f == null) {
      return message("FindItem", error("ErrorFolderNotFound", "Not found"), "Error");
    }
    Element page = child(op, "IndexedPageItemView");
    int offset = Integer.parseInt(page.getAttribute("Offset"));
    int maxEntries = Integer.parseInt(page.getAttribute("MaxEntriesReturned"));
    Element ge = descendant(op, "IsGreaterThanOrEqualTo");
    String field = null;
    Instant from = null;
    if (ge != null) {
      field = child(ge, "FieldURI").getAttribute("FieldURI");
      from = Instant.parse(descendant(ge, "Constant").getAttribute("Value"));
    }
    Element sort = descendant(op, "FieldOrder");
    String sortField =
        sort == null ? "item:DateTimeReceived" : child(sort, "FieldURI").getAttribute("FieldURI");
    boolean ascending = sort != null && "Ascending".equals(sort.getAttribute("Order"));
    List<Item> matching = new ArrayList<>();
    for (Item i : m.items.values()) {
      if (!i.folderId.equals(f.id)) {
        continue;
      }
      if (from != null) {
        Instant t = "item:LastModifiedTime".equals(field) ? i.lastModified : i.received;
        if (t.isBefore(from)) {
          continue;
        }
      }
      matching.add(i);
    }
    Comparator<Item> order =
        Comparator.comparing(
            i -> "item:LastModifiedTime".equals(sortField) ? i.lastModified : i.received);
    order = order.thenComparingLong(i -> i.seq);
    matching.sort(ascending ? order : order.reversed());
    int end = Math.min(matching.size(), offset + maxEntries);
    StringBuilder s = new StringBuilder();
    for (int k = offset; k < end; k++) {
      s.append(summaryXml(matching.get(k)));
    }
    return message(
        "FindItem",
        ok()
            + "<m:RootFolder IndexedPagingOffset=\""
            + end
            + "\" TotalItemsInView=\""
            + matching.size()
            + "\" IncludesLastItemInRange=\""
            + (end >= matching.size())
            + "\"><t:Items>"
            + s
            + "</t:Items></m:RootFolder>",
        "Success");
  }

  private MockResponse getAttachment(Mbx m, Element op) {
    Element idElement = firstChild(child(op, "AttachmentIds"));
    String id = idElement.getAttribute("Id");
    boolean mime = "true".equals(text(op, "IncludeMimeContent"));
    for (Item i : m.items.values()) {
      for (int k = 0; k < i.mail.attachments.size(); k++) {
        Attachment a = i.mail.attachments.get(k);
        if (!attachmentId(i, k).equals(id)) {
          continue;
        }
        if (a.errorCode() != null) {
          return message(
              "GetAttachment",
              error(a.errorCode(), "The attachment could not be opened.") + "<m:Attachments/>",
              "Error");
        }
        String content;
        if (a.mime() != null) {
          content =
              "<t:ItemAttachment><t:AttachmentId Id=\""
                  + id
                  + "\"/><t:Name>"
                  + esc(a.name())
                  + "</t:Name><t:Message>"
                  + (mime
                      ? "<t:MimeContent CharacterSet=\"UTF-8\">"
                          + b64(a.mime().getBytes(StandardCharsets.UTF_8))
                          + "</t:MimeContent>"
                      : "")
                  + "<t:ItemClass>IPM.Note</t:ItemClass><t:Subject>"
                  + esc(a.name())
                  + "</t:Subject></t:Message></t:ItemAttachment>";
        } else {
          content =
              "<t:FileAttachment><t:AttachmentId Id=\""
                  + id
                  + "\"/><t:Name>"
                  + esc(a.name())
                  + "</t:Name><t:ContentType>"
                  + esc(a.contentType())
                  + "</t:ContentType>"
                  + (a.contentId() != null
                      ? "<t:ContentId>" + esc(a.contentId()) + "</t:ContentId>"
                      : "")
                  + "<t:IsInline>"
                  + a.inline()
                  + "</t:IsInline><t:Content>"
                  + b64(a.content())
                  + "</t:Content></t:FileAttachment>";
        }
        return message(
            "GetAttachment", ok() + "<m:Attachments>" + content + "</m:Attachments>", "Success");
      }
    }
    return message(
        "GetAttachment",
        error("ErrorItemNotFound", "The attachment was not found.") + "<m:Attachments/>",
        "Error");
  }

  // ---------------------------------------------------------------- XML writing

  private String folderXml(Mbx m, Folder f) {
    int total = 0;
    int unread = 0;
    for (Item i : m.items.values()) {
      if (i.folderId.equals(f.id)) {
        total++;
        if (!i.read) {
          unread++;
        }
      }
    }
    int children = 0;
    for (Folder c : m.folders.values()) {
      if (f.id.equals(c.parentId)) {
        children++;
      }
    }
    return "<t:Folder><t:FolderId Id=\""
        + f.id
        + "\" ChangeKey=\"AQAAAA==\"/>"
        + (f.parentId != null ? "<t:ParentFolderId Id=\"" + f.parentId + "\"/>" : "")
        + "<t:FolderClass>IPF.Note</t:FolderClass><t:DisplayName>"
        + esc(f.name)
        + "</t:DisplayName><t:TotalCount>"
        + total
        + "</t:TotalCount><t:ChildFolderCount>"
        + children
        + "</t:ChildFolderCount><t:UnreadCount>"
        + unread
        + "</t:UnreadCount></t:Folder>";
  }

  private String summaryXml(Item i) {
    return "<t:Message><t:ItemId Id=\""
        + i.id
        + "\" ChangeKey=\""
        + i.changeKey()
        + "\"/><t:ParentFolderId Id=\""
        + i.folderId
        + "\"/><t:ItemClass>"
        + esc(i.mail.itemClass)
        + "</t:ItemClass><t:Subject>"
        + esc(i.mail.subject)
        + "</t:Subject><t:DateTimeReceived>"
        + ts(i.received)
        + "</t:DateTimeReceived><t:Size>"
        + (200 + i.mail.text.length())
        + "</t:Size><t:LastModifiedTime>"
        + ts(i.lastModified)
        + "</t:LastModifiedTime><t:IsRead>"
        + i.read
        + "</t:IsRead></t:Message>";
  }

  private String fullXml(Item i) {
    Mail mail = i.mail;
    StringBuilder s = new StringBuilder("<t:Message>");
    s.append("<t:ItemId Id=\"")
        .append(i.id)
        .append("\" ChangeKey=\"")
        .append(i.changeKey())
        .append("\"/>");
    s.append("<t:ParentFolderId Id=\"").append(i.folderId).append("\"/>");
    s.append("<t:ItemClass>").append(esc(mail.itemClass)).append("</t:ItemClass>");
    // A corrupt item carries a subject longer than the client accepts: the response cannot be read.
    s.append("<t:Subject>")
        .append(i.corrupt ? "x".repeat((1 << 20) + 1) : esc(mail.subject))
        .append("</t:Subject>");
    s.append("<t:Body BodyType=\"HTML\">").append(esc(mail.html)).append("</t:Body>");
    if (!mail.attachments.isEmpty()) {
      s.append("<t:Attachments>");
      for (int k = 0; k < mail.attachments.size(); k++) {
        Attachment a = mail.attachments.get(k);
        String kind = a.mime() != null ? "ItemAttachment" : "FileAttachment";
        s.append("<t:")
            .append(kind)
            .append("><t:AttachmentId Id=\"")
            .append(attachmentId(i, k))
            .append("\"/>");
        s.append("<t:Name>").append(esc(a.name())).append("</t:Name>");
        if (a.contentType() != null) {
          s.append("<t:ContentType>").append(esc(a.contentType())).append("</t:ContentType>");
        }
        if (a.contentId() != null) {
          s.append("<t:ContentId>").append(esc(a.contentId())).append("</t:ContentId>");
        }
        s.append("<t:Size>")
            .append(a.content() != null ? a.content().length : 100)
            .append("</t:Size>");
        s.append("<t:IsInline>").append(a.inline()).append("</t:IsInline>");
        s.append("</t:").append(kind).append(">");
      }
      s.append("</t:Attachments>");
    }
    s.append("<t:DateTimeReceived>").append(ts(i.received)).append("</t:DateTimeReceived>");
    s.append("<t:Size>").append(200 + mail.text.length()).append("</t:Size>");
    s.append("<t:Importance>Normal</t:Importance>");
    if (!mail.headers.isEmpty()) {
      s.append("<t:InternetMessageHeaders>");
      for (String[] h : mail.headers) {
        s.append("<t:InternetMessageHeader HeaderName=\"")
            .append(esc(h[0]))
            .append("\">")
            .append(esc(h[1]))
            .append("</t:InternetMessageHeader>");
      }
      s.append("</t:InternetMessageHeaders>");
    }
    s.append("<t:DateTimeSent>").append(ts(i.received)).append("</t:DateTimeSent>");
    s.append("<t:HasAttachments>")
        .append(!mail.attachments.isEmpty())
        .append("</t:HasAttachments>");
    s.append("<t:LastModifiedTime>").append(ts(i.lastModified)).append("</t:LastModifiedTime>");
    s.append("<t:ConversationId Id=\"conv-").append(i.id, 0, 20).append("\"/>");
    s.append("<t:TextBody BodyType=\"Text\">").append(esc(mail.text)).append("</t:TextBody>");
    s.append("<t:Sender>").append(mailboxXml(mail.from)).append("</t:Sender>");
    s.append("<t:ToRecipients>");
    for (String to : mail.to) {
      s.append(mailboxXml(to));
    }
    s.append("</t:ToRecipients>");
    s.append("<t:IsRead>").append(i.read).append("</t:IsRead>");
    s.append("<t:From>").append(mailboxXml(mail.from)).append("</t:From>");
    if (mail.messageId != null) {
      s.append("<t:InternetMessageId>")
          .append(esc(mail.messageId))
          .append("</t:InternetMessageId>");
    }
    s.append("</t:Message>");
    return s.toString();
  }

  private static String attachmentId(Item i, int k) {
    return "att-" + k + "-" + i.id;
  }

  private static String mailboxXml(String address) {
    return "<t:Mailbox><t:EmailAddress>"
        + esc(address)
        + "</t:EmailAddress><t:RoutingType>SMTP</t:RoutingType></t:Mailbox>";
  }

  private static String ts(Instant t) {
    return t.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String ok() {
    return "<m:ResponseCode>NoError</m:ResponseCode>";
  }

  private static String error(String code, String text) {
    return "<m:MessageText>"
        + esc(text)
        + "</m:MessageText><m:ResponseCode>"
        + code
        + "</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey>";
  }

  private MockResponse message(String operation, String content) {
    return message(operation, content, "Error");
  }

  private MockResponse message(String operation, String content, String responseClass) {
    return envelope(operation, responseMessage(operation, responseClass, content));
  }

  private static String responseMessage(String operation, String responseClass, String content) {
    return "<m:"
        + operation
        + "ResponseMessage ResponseClass=\""
        + responseClass
        + "\">"
        + content
        + "</m:"
        + operation
        + "ResponseMessage>";
  }

  private static MockResponse envelope(String operation, String messages) {
    return xml(
        200,
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<s:Header><h:ServerVersionInfo xmlns:h=\""
            + T
            + "\" MajorVersion=\"15\" MinorVersion=\"20\" MajorBuildNumber=\"0\" MinorBuildNumber=\"0\" Version=\"V2018_01_08\"/></s:Header>"
            + "<s:Body><m:"
            + operation
            + "Response xmlns:m=\""
            + M
            + "\" xmlns:t=\""
            + T
            + "\"><m:ResponseMessages>"
            + messages
            + "</m:ResponseMessages></m:"
            + operation
            + "Response></s:Body></s:Envelope>");
  }

  private static MockResponse xml(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "text/xml; charset=utf-8")
        .body(body)
        .build();
  }

  private static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static String b64(byte[] b) {
    return Base64.getEncoder().encodeToString(b);
  }

  private static String decode(String token) {
    try {
      return new String(Base64.getDecoder().decode(token.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  // ---------------------------------------------------------------- DOM helpers

  private Folder resolveFolder(Mbx m, Element ref) {
    if (ref == null) {
      return null;
    }
    String id = ref.getAttribute("Id");
    if ("DistinguishedFolderId".equals(ref.getLocalName())) {
      id = m.wellKnown.get(id);
    }
    return id == null ? null : m.folders.get(id);
  }

  private static Document parse(byte[] body) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(body));
  }

  private static Element child(Element parent, String localName) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && (localName == null || localName.equals(n.getLocalName()))) {
        return (Element) n;
      }
    }
    return null;
  }

  private static Element firstChild(Element parent) {
    return child(parent, null);
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element) {
          out.add((Element) n);
        }
      }
    }
    return out;
  }

  private static Element descendant(Element parent, String localName) {
    org.w3c.dom.NodeList l = parent.getElementsByTagNameNS("*", localName);
    return l.getLength() == 0 ? null : (Element) l.item(0);
  }

  private static String text(Element parent, String localName) {
    Element e = descendant(parent, localName);
    return e == null ? null : e.getTextContent();
  }
}
