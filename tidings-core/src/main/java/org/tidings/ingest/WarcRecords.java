package org.tidings.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.tidings.model.Source;

/**
 * The documents in one WARC file, read lazily record by record. Successful HTTP responses (and
 * resource records) holding HTML or plain text become sources; every other record is skipped and
 * counted. A corrupt or truncated file gives the records before the damage, then one diagnostic.
 */
final class WarcRecords extends Lookahead<Ingested> implements Closeable {
  /** Opens the archive's reader; called once, on the first record asked for. */
  interface Opener {
    WarcReader open() throws IOException;
  }

  private final Opener opener;
  private final String location;
  private final long maxBytes;
  private final LongAdder skipped;
  private WarcReader reader;
  private boolean done;
  private int records;

  WarcRecords(Path path, long maxBytes, LongAdder skipped) {
    this(path.toString(), () -> new WarcReader(path), maxBytes, skipped);
  }

  /** The records of an archive that is not a local file, e.g. a stream from HDFS or S3. */
  WarcRecords(String location, Opener opener, long maxBytes, LongAdder skipped) {
    this.opener = opener;
    this.location = location;
    this.maxBytes = maxBytes;
    this.skipped = skipped;
  }

  @Override
  public void close() {
    done = true;
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        // nothing was written; a failed close loses nothing
      }
      reader = null;
    }
  }

  @Override
  protected Ingested advance() {
    if (reader == null) {
      try {
        reader = opener.open();
      } catch (IOException | RuntimeException e) {
        close();
        return Ingested.rejected(
            "ingest.unreadable", "cannot open WARC file: " + SourceReader.describe(e), location);
      }
    }
    while (!done) {
      Optional<WarcRecord> record;
      try {
        record = reader.next();
      } catch (IOException | RuntimeException e) {
        return corrupt(e);
      }
      if (record.isEmpty()) {
        close();
        return records == 0
            ? Ingested.rejected("ingest.warc-corrupt", "no WARC records found", location)
            : null;
      }
      records++;
      try {
        Ingested in = convert(record.get(), reader.position());
        if (in != null) {
          return in;
        }
        skipped.increment();
      } catch (IOException | RuntimeException e) {
        return corrupt(e);
      }
    }
    return null;
  }

  private Ingested corrupt(Exception e) {
    long at = reader == null ? 0 : reader.position();
    close();
    return Ingested.rejected(
        "ingest.warc-corrupt",
        "WARC file damaged after "
            + records
            + " good record(s), near byte "
            + at
            + ": "
            + SourceReader.describe(e),
        location);
  }

  /** A source for an HTML or text response, a rejection, or null for a record to skip. */
  private Ingested convert(WarcRecord record, long offset) throws IOException {
    String where = location + "#" + record.id();
    MediaType type;
    MessageBody body;
    String url;
    if (record instanceof WarcResponse response) {
      url = response.target();
      if (!url.toLowerCase(Locale.ROOT).startsWith("http")) {
        return null;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() >= 300) {
        return null;
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else if (record instanceof WarcResource resource) {
      url = resource.target();
      type = resource.contentType();
      body = resource.body();
    } else {
      return null;
    }
    String mediaType = mediaType(type);
    if (mediaType == null) {
      return null;
    }
    byte[] bytes = readAtMost(body.stream(), maxBytes);
    if (bytes == null) {
      return SourceReader.tooLarge(where, maxBytes);
    }
    if (bytes.length == 0) {
      return Ingested.rejected("ingest.empty", "empty response body", where);
    }
    if (ContentSniffer.isBinary(bytes, Math.min(bytes.length, ContentSniffer.HEAD))) {
      return Ingested.rejected(
          "ingest.binary", "response labelled " + type.base() + " holds binary data", where);
    }
    String charset = type.parameters().getOrDefault("charset", "").strip();
    return Ingested.found(new Source(where, url, mediaType, charset, offset, bytes));
  }

  /** "text/html" or "text/plain" for content Tidings extracts, else null. */
  static String mediaType(MediaType type) {
    String base =
        type.type().toLowerCase(Locale.ROOT) + "/" + type.subtype().toLowerCase(Locale.ROOT);
    switch (base) {
      case "text/html":
      case "application/xhtml+xml":
        return "text/html";
      case "text/plain":
        return "text/plain";
      default:
        return null;
    }
  }

  /** All bytes of a stream, or null when there are more than {@code max}. */
  static byte[] readAtMost(InputStream in, long max) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    return bytes.length > max ? null : bytes;
  }
}
