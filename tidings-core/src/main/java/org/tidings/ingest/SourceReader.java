package org.tidings.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.WarcReader;
import org.tidings.model.Source;

/**
 * Reads files and directories into sources: HTML pages ({@code .html .htm .xhtml}), text dumps
 * ({@code .txt}), WARC archives ({@code .warc .warc.gz}); other files by their content. Directories
 * are walked recursively in name order. Sources are read lazily, one at a time, as the stream is
 * consumed, so a directory of any size costs the memory of one file (plus one directory listing).
 *
 * <p>Bad input never throws: empty, binary, oversized, unreadable and unrecognised files, and
 * damaged WARC archives, each become one {@link Ingested.Rejected}. Thread-safe; each stream must
 * be consumed by one thread at a time and closed.
 */
public final class SourceReader {
  /** The default limit on the size of one document: 20 MB. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private final long maxBytes;
  private final LongAdder skippedRecords = new LongAdder();

  /** A reader that rejects documents of more than {@code maxBytes} bytes. */
  public SourceReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("max bytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A reader with the default 20 MB limit. */
  public static SourceReader standard() {
    return new SourceReader(DEFAULT_MAX_BYTES);
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** WARC records skipped so far (requests, metadata, images, redirects...), over all reads. */
  public long skippedRecords() {
    return skippedRecords.sum();
  }

  /** Everything found under the given files and directories, in order. Close the stream. */
  public Stream<Ingested> read(List<Path> paths) {
    Walk walk = new Walk(paths);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(walk::close);
  }

  /** Everything found under one file or directory. Close the stream. */
  public Stream<Ingested> read(Path path) {
    return read(List.of(path));
  }

  /**
   * How many files the paths hold, for a progress total; -1 when a WARC archive is among them (its
   * record count is unknown until read). Lists directories without reading files.
   */
  public static long countFiles(List<Path> paths) {
    long n = 0;
    FileWalk walk = new FileWalk(paths);
    while (walk.hasNext()) {
      FileWalk.Entry e = walk.next();
      if (e.error() == null && isWarcName(e.path())) {
        return -1;
      }
      n++;
    }
    return n;
  }

  /** Iterates the walk, opening WARC archives as they come. */
  private final class Walk extends Lookahead<Ingested> implements Closeable {
    private final FileWalk files;
    private WarcRecords warc;

    Walk(List<Path> paths) {
      this.files = new FileWalk(paths);
    }

    @Override
    public void close() {
      if (warc != null) {
        warc.close();
        warc = null;
      }
    }

    @Override
    protected Ingested advance() {
      while (true) {
        if (warc != null) {
          if (warc.hasNext()) {
            return warc.next();
          }
          close();
        }
        if (!files.hasNext()) {
          return null;
        }
        FileWalk.Entry entry = files.next();
        if (entry.error() != null) {
          return Ingested.rejected(
              "ingest.unreadable",
              "cannot list directory: " + describe(entry.error()),
              entry.path().toString());
        }
        Ingested in = readFile(entry.path());
        if (in != null) {
          return in;
        }
      }
    }

    /** The file as a source or rejection, or null after opening it as a WARC archive. */
    private Ingested readFile(Path path) {
      String location = path.toString();
      long size;
      try {
        if (!Files.isRegularFile(path) && Files.exists(path)) {
          return Ingested.rejected("ingest.unreadable", "not a regular file", location);
        }
        size = Files.size(path);
      } catch (IOException | RuntimeException e) {
        return Ingested.rejected("ingest.unreadable", describe(e), location);
      }
      if (size == 0) {
        return Ingested.rejected("ingest.empty", "empty file", location);
      }
      if (isWarcName(path)) {
        warc = new WarcRecords(path, maxBytes, skippedRecords);
        return null;
      }
      String byName = mediaTypeByName(path);
      if (byName != null && size > maxBytes) {
        return tooLarge(location, maxBytes);
      }
      byte[] head;
      try {
        head = readHead(path);
      } catch (IOException | RuntimeException e) {
        return Ingested.rejected("ingest.unreadable", describe(e), location);
      }
      ContentSniffer.Kind kind = ContentSniffer.sniff(head, head.length);
      if (byName == null && (kind == ContentSniffer.Kind.WARC || isGzippedWarc(kind, path))) {
        warc = new WarcRecords(path, maxBytes, skippedRecords);
        return null;
      }
      if (size > maxBytes) {
        return tooLarge(location, maxBytes);
      }
      Ingested refused = refusal(location, byName, kind);
      if (refused != null) {
        return refused;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(path);
      } catch (IOException | RuntimeException e) {
        return Ingested.rejected("ingest.unreadable", describe(e), location);
      }
      return document(location, byName, kind, bytes);
    }
  }

  /**
   * Everything in one stream that is not a local file (a URI in HDFS or S3, say, as Spark hands it
   * over): a WARC archive's documents, or else one page or text dump. {@code location} names it and
   * its file name decides the type as for files. The stream is read lazily as the result is
   * consumed and closed when the result is closed. Bad input never throws, as for files.
   */
  public Stream<Ingested> read(String location, InputStream in) {
    BufferedInputStream buffered = new BufferedInputStream(in, ContentSniffer.HEAD * 2);
    byte[] head;
    try {
      buffered.mark(ContentSniffer.HEAD);
      head = buffered.readNBytes(ContentSniffer.HEAD);
      buffered.reset();
    } catch (IOException | RuntimeException e) {
      closeQuietly(buffered);
      return Stream.of(Ingested.rejected("ingest.unreadable", describe(e), location));
    }
    String name = location.toLowerCase(Locale.ROOT);
    String byName = mediaTypeByName(name);
    ContentSniffer.Kind kind = ContentSniffer.sniff(head, head.length);
    if (head.length > 0
        && (isWarcName(name)
            || byName == null
                && (kind == ContentSniffer.Kind.WARC
                    || kind == ContentSniffer.Kind.GZIP && gunzipsToWarc(head)))) {
      WarcRecords records =
          new WarcRecords(location, () -> new WarcReader(buffered), maxBytes, skippedRecords);
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(
                  records, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(records::close);
    }
    try (InputStream body = buffered) {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      return Stream.of(document(location, byName, kind, bytes));
    } catch (IOException | RuntimeException e) {
      return Stream.of(Ingested.rejected("ingest.unreadable", describe(e), location));
    }
  }

  /** One document's bytes as a source, or the reason it is rejected. */
  private Ingested document(
      String location, String byName, ContentSniffer.Kind kind, byte[] bytes) {
    if (bytes.length == 0) {
      return Ingested.rejected("ingest.empty", "empty file", location);
    }
    if (bytes.length > maxBytes) {
      return tooLarge(location, maxBytes);
    }
    Ingested refused = refusal(location, byName, kind);
    if (refused != null) {
      return refused;
    }
    String mediaType = byName != null ? byName : sniffedMediaType(kind);
    String charset = ContentSniffer.bomCharset(bytes, bytes.length);
    return Ingested.found(new Source(location, "", mediaType, charset, 0, bytes));
  }

  /** Why a document of this name and content kind is refused, or null when it is taken. */
  private static Ingested refusal(String location, String byName, ContentSniffer.Kind kind) {
    if (kind == ContentSniffer.Kind.BINARY) {
      return Ingested.rejected("ingest.binary", "binary content, not text", location);
    }
    if (byName == null && sniffedMediaType(kind) == null) {
      return Ingested.rejected(
          "ingest.unknown-type", "neither HTML, text nor WARC (" + kindName(kind) + ")", location);
    }
    return null;
  }

  private static boolean gunzipsToWarc(byte[] head) {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
      return new String(in.readNBytes(5), StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // only read from; nothing is lost
    }
  }

  private static String sniffedMediaType(ContentSniffer.Kind kind) {
    switch (kind) {
      case HTML:
        return "text/html";
      case TEXT:
        return "text/plain";
      default:
        return null;
    }
  }

  private static String kindName(ContentSniffer.Kind kind) {
    return kind == ContentSniffer.Kind.GZIP ? "compressed data" : "unrecognised content";
  }

  private static boolean isGzippedWarc(ContentSniffer.Kind kind, Path path) {
    if (kind != ContentSniffer.Kind.GZIP) {
      return false;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      byte[] start = in.readNBytes(5);
      return new String(start, StandardCharsets.US_ASCII).equals("WARC/");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static byte[] readHead(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(ContentSniffer.HEAD);
    }
  }

  static boolean isWarcName(Path path) {
    return isWarcName(fileName(path));
  }

  private static boolean isWarcName(String lowerName) {
    return lowerName.endsWith(".warc") || lowerName.endsWith(".warc.gz");
  }

  /** The media type a file's extension names, or null. */
  static String mediaTypeByName(Path path) {
    return mediaTypeByName(fileName(path));
  }

  private static String mediaTypeByName(String lowerName) {
    int slash = Math.max(lowerName.lastIndexOf('/'), lowerName.lastIndexOf('\\'));
    int dot = lowerName.lastIndexOf('.');
    return dot <= slash ? null : Source.MEDIA_TYPES_BY_EXTENSION.get(lowerName.substring(dot + 1));
  }

  private static String fileName(Path path) {
    Path name = path.getFileName();
    return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
  }

  static Ingested tooLarge(String location, long maxBytes) {
    return Ingested.rejected(
        "ingest.too-large", "larger than the limit of " + maxBytes + " bytes", location);
  }

  /** A short reason for a failure, without a stack trace. */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    String name = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message;
  }
}
