package dev.exchangesdk.ews.monitor.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.exchangesdk.ews.monitor.CorruptCheckpointException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import okio.BufferedSink;

/**
 * The checkpoint document: UTF-8 JSON, one object, readable by people ({@code docs/MONITOR.md}
 * describes every field). Unknown fields are ignored, so newer code can add fields within format 1;
 * a higher {@code format} is refused. Stateless and thread-safe.
 */
public final class CheckpointCodec {
  private final int recentCapacity;
  private final int boundaryCapacity;

  public CheckpointCodec(int recentCapacity, int boundaryCapacity) {
    this.recentCapacity = recentCapacity;
    this.boundaryCapacity = boundaryCapacity;
  }

  public byte[] encode(FolderState s) {
    Buffer buf = new Buffer();
    try (JsonWriter w = JsonWriter.of(buf)) {
      w.setIndent(" ");
      w.beginObject();
      w.name("format").value(FolderState.FORMAT);
      w.name("mailbox").value(s.mailbox);
      w.name("folder").value(s.folder);
      w.name("folderId").value(s.folderId);
      w.name("folderName").value(s.folderName);
      w.name("feed").value(s.feed);
      w.name("timeFilter").value(s.timeFilter);
      raw(w, "syncState", s.syncState);
      raw(w, "batchHandled", s.batchHandled.encode());
      raw(w, "batchSkipped", s.batchSkipped.encode());
      raw(w, "inFlight", s.inFlight.encode());
      instant(w, "firstRunCutoff", s.firstRunCutoff);
      instant(w, "highWaterReceived", s.highWaterReceived);
      instant(w, "highWaterModified", s.highWaterModified);
      instant(w, "settledAt", s.settledAt);
      w.name("resync");
      if (s.resync == null) {
        w.nullValue();
      } else {
        w.beginObject();
        w.name("reason").value(s.resync.reason());
        instant(w, "since", s.resync.since());
        instant(w, "settledAt", s.resync.settledAt());
        w.endObject();
      }
      instant(w, "queryMark", s.queryMark);
      raw(w, "queryBoundary", s.queryBoundary.encode());
      raw(w, "recent", s.recent.encode());
      w.name("pending").beginArray();
      for (PendingAction p : s.pending) {
        w.beginObject();
        w.name("itemId").value(p.itemId());
        w.name("changeKey").value(p.changeKey());
        w.name("markRead").value(p.markRead());
        w.name("moveTo").value(p.moveTo());
        w.name("attempts").value(p.attempts());
        w.endObject();
      }
      w.endArray();
      w.name("handledTotal").value(s.handledTotal);
      instant(w, "createdAt", s.createdAt);
      instant(w, "updatedAt", s.updatedAt);
      w.endObject();
    } catch (IOException e) {
      throw new IllegalStateException("Writing JSON to memory cannot fail", e);
    }
    return buf.readByteArray();
  }

  /**
   * Reads a document.
   *
   * @throws CorruptCheckpointException when it is not a checkpoint this code can read
   */
  public FolderState decode(String key, byte[] data, long version) {
    FolderState s = new FolderState(recentCapacity, boundaryCapacity);
    s.version = version;
    Integer format = null;
    try (JsonReader r = JsonReader.of(new Buffer().write(data))) {
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (r.peek() == JsonReader.Token.NULL) {
          r.skipValue();
          continue;
        }
        switch (name) {
          case "format":
            format = r.nextInt();
            if (format != FolderState.FORMAT) {
              throw new CorruptCheckpointException(
                  key,
                  "The checkpoint of "
                      + key
                      + " has format "
                      + format
                      + "; this version of the SDK reads format "
                      + FolderState.FORMAT
                      + " (it was written by a newer SDK)",
                  null);
            }
            break;
          case "mailbox":
            s.mailbox = r.nextString();
            break;
          case "folder":
            s.folder = r.nextString();
            break;
          case "folderId":
            s.folderId = r.nextString();
            break;
          case "folderName":
            s.folderName = r.nextString();
            break;
          case "feed":
            s.feed = r.nextString();
            break;
          case "timeFilter":
            s.timeFilter = r.nextString();
            break;
          case "syncState":
            s.syncState = r.nextString();
            break;
          case "batchHandled":
            s.batchHandled = IdSet.decode(r.nextString(), Integer.MAX_VALUE);
            break;
          case "batchSkipped":
            s.batchSkipped = IdSet.decode(r.nextString(), Integer.MAX_VALUE);
            break;
          case "inFlight":
            s.inFlight = IdSet.decode(r.nextString(), Integer.MAX_VALUE);
            break;
          case "firstRunCutoff":
            s.firstRunCutoff = Instant.parse(r.nextString());
            break;
          case "highWaterReceived":
            s.highWaterReceived = Instant.parse(r.nextString());
            break;
          case "highWaterModified":
            s.highWaterModified = Instant.parse(r.nextString());
            break;
          case "settledAt":
            s.settledAt = Instant.parse(r.nextString());
            break;
          case "resync":
            s.resync = resync(r);
            break;
          case "queryMark":
            s.queryMark = Instant.parse(r.nextString());
            break;
          case "queryBoundary":
            s.queryBoundary = IdSet.decode(r.nextString(), boundaryCapacity);
            break;
          case "recent":
            s.recent = IdSet.decode(r.nextString(), recentCapacity);
            break;
          case "pending":
            s.pending = pending(r);
            break;
          case "handledTotal":
            s.handledTotal = r.nextLong();
            break;
          case "createdAt":
            s.createdAt = Instant.parse(r.nextString());
            break;
          case "updatedAt":
            s.updatedAt = Instant.parse(r.nextString());
            break;
          default:
            r.skipValue();
        }
      }
      r.endObject();
      if (r.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new JsonDataException("content after the checkpoint object");
      }
    } catch (IOException
        | JsonDataException
        | DateTimeParseException
        | IllegalArgumentException e) {
      throw new CorruptCheckpointException(
          key, "The checkpoint of " + key + " cannot be read: " + e.getMessage(), e);
    }
    if (format == null || s.mailbox == null || s.folder == null) {
      throw new CorruptCheckpointException(
          key, "The checkpoint of " + key + " lacks its format, mailbox or folder", null);
    }
    return s;
  }

  private static Resync resync(JsonReader r) throws IOException {
    String reason = null;
    Instant since = null;
    Instant settled = null;
    r.beginObject();
    while (r.hasNext()) {
      String name = r.nextName();
      if (r.peek() == JsonReader.Token.NULL) {
        r.skipValue();
        continue;
      }
      switch (name) {
        case "reason":
          reason = r.nextString();
          break;
        case "since":
          since = Instant.parse(r.nextString());
          break;
        case "settledAt":
          settled = Instant.parse(r.nextString());
          break;
        default:
          r.skipValue();
      }
    }
    r.endObject();
    return new Resync(reason, since, settled);
  }

  private static List<PendingAction> pending(JsonReader r) throws IOException {
    List<PendingAction> out = new ArrayList<>();
    r.beginArray();
    while (r.hasNext()) {
      String itemId = null;
      String changeKey = null;
      boolean markRead = false;
      String moveTo = null;
      int attempts = 0;
      r.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (r.peek() == JsonReader.Token.NULL) {
          r.skipValue();
          continue;
        }
        switch (name) {
          case "itemId":
            itemId = r.nextString();
            break;
          case "changeKey":
            changeKey = r.nextString();
            break;
          case "markRead":
            markRead = r.nextBoolean();
            break;
          case "moveTo":
            moveTo = r.nextString();
            break;
          case "attempts":
            attempts = r.nextInt();
            break;
          default:
            r.skipValue();
        }
      }
      r.endObject();
      if (itemId == null) {
        throw new JsonEncodingException("a pending action without itemId");
      }
      out.add(new PendingAction(itemId, changeKey, markRead, moveTo, attempts));
    }
    r.endArray();
    return out;
  }

  /**
   * Writes a string that needs no escaping (base64: ids, sync states) straight to the output: these
   * are the large values, written with every per-mail checkpoint. Anything else goes through the
   * escaping writer.
   */
  private static void raw(JsonWriter w, String name, String value) throws IOException {
    if (value == null || !jsonSafe(value)) {
      w.name(name).value(value);
      return;
    }
    w.name(name);
    try (BufferedSink sink = w.valueSink()) {
      sink.writeByte('"').writeUtf8(value).writeByte('"');
    }
  }

  private static boolean jsonSafe(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static void instant(JsonWriter w, String name, Instant value) throws IOException {
    w.name(name).value(value == null ? null : value.toString());
  }
}
