package org.tidings.model;

import java.util.Map;
import java.util.Objects;

/**
 * Raw input as read by ingest, before extraction.
 *
 * @param location where it came from: a path, or "path#record-id" for a WARC record
 * @param url the URL the document was served from, or the empty string
 * @param mediaType what ingest believes it is: "text/html", "text/plain"
 * @param charset charset named by the transport (HTTP header, BOM), or the empty string
 * @param offset byte offset of the record inside its container file, or 0
 * @param bytes the document's bytes
 */
public record Source(
    String location, String url, String mediaType, String charset, long offset, byte[] bytes) {

  public Source {
    Objects.requireNonNull(location);
    Objects.requireNonNull(url);
    Objects.requireNonNull(mediaType);
    Objects.requireNonNull(charset);
    Objects.requireNonNull(bytes);
  }

  /** A plain file's content. */
  public static Source ofFile(String location, String mediaType, byte[] bytes) {
    return new Source(location, "", mediaType, "", 0, bytes);
  }

  /** Media types Tidings extracts articles from. */
  public static final Map<String, String> MEDIA_TYPES_BY_EXTENSION =
      Map.of(
          "html", "text/html",
          "htm", "text/html",
          "xhtml", "text/html",
          "txt", "text/plain",
          "text", "text/plain");
}
