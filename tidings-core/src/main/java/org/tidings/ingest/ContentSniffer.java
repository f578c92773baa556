package org.tidings.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Guesses what a file holds from its first bytes: binary data is told apart from text by NUL and
 * control bytes, HTML from plain text by its first tags, WARC by its version line.
 */
final class ContentSniffer {
  /** How many leading bytes are looked at. */
  static final int HEAD = 8192;

  /** Above this share of control bytes a file is binary. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  /** Above this share of bytes that are not valid UTF-8 an unknown file is not taken for text. */
  private static final double MAX_HIGH_SHARE = 0.3;

  /** What a file looks like. */
  enum Kind {
    HTML,
    TEXT,
    WARC,
    GZIP,
    BINARY,
    UNKNOWN
  }

  private ContentSniffer() {}

  /** The charset a byte-order mark names, or the empty string. */
  static String bomCharset(byte[] head, int n) {
    if (n >= 3
        && (head[0] & 0xff) == 0xEF
        && (head[1] & 0xff) == 0xBB
        && (head[2] & 0xff) == 0xBF) {
      return "UTF-8";
    }
    if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return "UTF-16BE";
    }
    if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return "UTF-16LE";
    }
    return "";
  }

  /**
   * True when the bytes hold NULs or too many control bytes to be text (UTF-16 with BOM is not).
   */
  static boolean isBinary(byte[] head, int n) {
    if (bomCharset(head, n).startsWith("UTF-16")) {
      return false;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b)
          || b == 0x7f) {
        control++;
      }
    }
    return n > 0 && control > n * MAX_CONTROL_SHARE;
  }

  /** What the leading {@code n} bytes of a file look like. */
  static Kind sniff(byte[] head, int n) {
    if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return Kind.GZIP;
    }
    if (isBinary(head, n)) {
      return Kind.BINARY;
    }
    String bom = bomCharset(head, n);
    int skip = bom.equals("UTF-8") ? 3 : 0;
    String start =
        bom.startsWith("UTF-16")
            ? new String(head, 2, n - 2, Charset.forName(bom))
            : new String(head, skip, Math.min(n - skip, 2048), StandardCharsets.ISO_8859_1);
    String lower = start.strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("warc/")) {
      return Kind.WARC;
    }
    if (lower.startsWith("%pdf") || lower.startsWith("pk\u0003\u0004")) {
      return Kind.UNKNOWN;
    }
    if (looksLikeHtml(lower)) {
      return Kind.HTML;
    }
    if (!bom.isEmpty() || mostlyText(head, n)) {
      return Kind.TEXT;
    }
    return Kind.UNKNOWN;
  }

  private static boolean looksLikeHtml(String lower) {
    if (lower.startsWith("<!doctype html")
        || lower.startsWith("<html")
        || lower.startsWith("<head")
        || lower.startsWith("<body")) {
      return true;
    }
    if (lower.startsWith("<?xml") || lower.startsWith("<!--")) {
      return lower.contains("<html");
    }
    return lower.startsWith("<") && (lower.contains("<p>") || lower.contains("<div"));
  }

  /** Valid UTF-8 (a char cut at the end is fine), or few bytes above ASCII. */
  private static boolean mostlyText(byte[] head, int n) {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult r = utf8.decode(ByteBuffer.wrap(head, 0, n), CharBuffer.allocate(n), false);
    if (!r.isError()) {
      return true;
    }
    int high = 0;
    for (int i = 0; i < n; i++) {
      if ((head[i] & 0x80) != 0) {
        high++;
      }
    }
    return high <= n * MAX_HIGH_SHARE;
  }
}
