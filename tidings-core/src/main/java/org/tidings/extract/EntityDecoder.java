package org.tidings.extract;

import java.nio.charset.Charset;
import org.jsoup.nodes.Entities;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &#233;}, {@code &#x2014;}, {@code &nbsp}
 * without its semicolon) as browsers do, with jsoup's table of named entities. Cheaper than {@code
 * Parser.unescapeEntities}, which builds a tokenizer for every call.
 */
final class EntityDecoder {
  private static final int MAX_NAME = 32;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private EntityDecoder() {}

  /**
   * {@code raw} with its character references decoded. In attribute values a reference without a
   * semicolon followed by a letter, digit or '=' stays as written (a URL's {@code &copy=1}).
   */
  static String decode(String raw, boolean attribute) {
    int amp = raw.indexOf('&');
    if (amp < 0) {
      return raw;
    }
    StringBuilder out = new StringBuilder(raw.length());
    int i = 0;
    int n = raw.length();
    while (amp >= 0) {
      out.append(raw, i, amp);
      int next =
          amp + 1 < n && raw.charAt(amp + 1) == '#'
              ? numeric(raw, amp, out)
              : named(raw, amp, attribute, out);
      if (next < 0) {
        out.append('&');
        next = amp + 1;
      }
      i = next;
      amp = raw.indexOf('&', i);
    }
    out.append(raw, i, n);
    return out.toString();
  }

  /** Appends a numeric reference at {@code amp}; returns the offset after it, or -1. */
  private static int numeric(String raw, int amp, StringBuilder out) {
    int n = raw.length();
    int k = amp + 2;
    boolean hex = k < n && (raw.charAt(k) == 'x' || raw.charAt(k) == 'X');
    if (hex) {
      k++;
    }
    int start = k;
    long cp = 0;
    while (k < n && k - start < 8) {
      int d = Character.digit(raw.charAt(k), hex ? 16 : 10);
      if (d < 0) {
        break;
      }
      cp = cp * (hex ? 16 : 10) + d;
      k++;
    }
    if (k == start) {
      return -1;
    }
    if (k < n && raw.charAt(k) == ';') {
      k++;
    }
    if (cp >= 0x80 && cp <= 0x9F) {
      out.append(new String(new byte[] {(byte) cp}, WINDOWS_1252));
    } else if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.append('\uFFFD');
    } else {
      out.appendCodePoint((int) cp);
    }
    return k;
  }

  /** Appends a named reference at {@code amp}; returns the offset after it, or -1. */
  private static int named(String raw, int amp, boolean attribute, StringBuilder out) {
    int n = raw.length();
    int k = amp + 1;
    while (k < n && k - amp <= MAX_NAME && Character.isLetterOrDigit(raw.charAt(k))) {
      k++;
    }
    if (k == amp + 1) {
      return -1;
    }
    String name = raw.substring(amp + 1, k);
    if (k < n && raw.charAt(k) == ';' && Entities.isNamedEntity(name)) {
      out.append(Entities.getByName(name));
      return k + 1;
    }
    // Legacy references without a semicolon: the longest known prefix ("&copy2019").
    for (int len = name.length(); len >= 2; len--) {
      String prefix = name.substring(0, len);
      if (Entities.isBaseNamedEntity(prefix)) {
        int end = amp + 1 + len;
        if (attribute && end < n) {
          char c = raw.charAt(end);
          if (Character.isLetterOrDigit(c) || c == '=') {
            return -1;
          }
        }
        out.append(Entities.getByName(prefix));
        return end;
      }
    }
    return -1;
  }
}
