package org.tidings.extract;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decodes a source's bytes: a byte order mark wins, then the charset the transport named, then an
 * HTML {@code <meta charset>}, then UTF-8 when the bytes are valid UTF-8, else windows-1252. Bad
 * bytes are replaced and counted, never thrown.
 */
final class Decoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 4096;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Decoder() {}

  static Decoded decode(byte[] bytes, String transportCharset, boolean html) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return decode(bytes, 3, StandardCharsets.UTF_8, "bom");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decode(bytes, 2, StandardCharsets.UTF_16BE, "bom");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decode(bytes, 2, StandardCharsets.UTF_16LE, "bom");
    }
    Optional<Charset> named = charset(transportCharset);
    if (named.isPresent()) {
      return decode(bytes, 0, named.get(), "transport");
    }
    if (html) {
      Optional<Charset> meta = metaCharset(bytes);
      if (meta.isPresent()) {
        Charset cs = meta.get();
        // Pages often declare latin-1 but are UTF-8; trust valid UTF-8 with non-ASCII bytes.
        if (!cs.equals(StandardCharsets.UTF_8) && hasHighBytes(bytes) && validUtf8(bytes)) {
          return decode(bytes, 0, StandardCharsets.UTF_8, "detected");
        }
        return decode(bytes, 0, cs, "meta");
      }
    }
    Decoded valid = utf8(bytes, 0, "detected");
    if (valid != null && valid.malformed() == 0) {
      return valid; // most pages: their text's string is not needed
    }
    String utf8 = valid != null ? valid.text() : new String(bytes, StandardCharsets.UTF_8);
    int bad = valid != null ? valid.malformed() : count(utf8, '\uFFFD');
    if (mostlyUtf8(utf8, bad)) {
      return valid != null ? valid : new Decoded(utf8, StandardCharsets.UTF_8, 0, bad, "detected");
    }
    return decode(bytes, 0, WINDOWS_1252, "fallback");
  }

  /** The charset with this name, if the JVM knows it. UTF-16 names mean a BOM-less guess. */
  static Optional<Charset> charset(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return Optional.of(WINDOWS_1252); // what browsers do (WHATWG encoding standard)
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static Optional<Charset> metaCharset(byte[] bytes) {
    String name = MetaCharset.find(bytes, Math.min(bytes.length, SNIFF_BYTES));
    if (name == null) {
      return Optional.empty();
    }
    Optional<Charset> cs = charset(name);
    // A page cannot declare a UTF-16 charset in its own ASCII-compatible bytes.
    if (cs.isPresent() && cs.get().name().startsWith("UTF-16")) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    return cs;
  }

  /**
   * The charset name a {@code <meta>} tag in the first bytes of a page declares, found as the
   * regular expression {@code <meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,40})}
   * (ASCII case-insensitive) would find it: the first {@code <meta} that leads to a match, and in
   * it the first "charset". Scanned by hand on the bytes, where the regex tried its pattern at
   * every offset of a string made for it: a third of the decoding time.
   */
  private static final class MetaCharset {
    private static final int MAX_GAP = 200;
    private static final int MAX_NAME = 40;

    static String find(byte[] bytes, int end) {
      for (int p = 0; p + 5 <= end; p++) {
        if (bytes[p] == '<' && matchesFolded(bytes, p + 1, end, "meta")) {
          String name = inTag(bytes, p + 5, end);
          if (name != null) {
            return name;
          }
        }
      }
      return null;
    }

    /** The name after the first "charset" that makes a match within 200 non-'>' bytes of from. */
    private static String inTag(byte[] bytes, int from, int end) {
      for (int q = from; ; q++) {
        String name = nameAt(bytes, q, end);
        if (name != null) {
          return name;
        }
        if (q - from == MAX_GAP || q >= end || bytes[q] == '>') {
          return null;
        }
      }
    }

    /** The name of {@code charset = "name} at {@code q}, or null. */
    private static String nameAt(byte[] bytes, int q, int end) {
      if (!matchesFolded(bytes, q, end, "charset")) {
        return null;
      }
      int k = skipSpace(bytes, q + 7, end);
      if (k >= end || bytes[k] != '=') {
        return null;
      }
      k = skipSpace(bytes, k + 1, end);
      if (k < end && (bytes[k] == '"' || bytes[k] == '\'')) {
        k = skipSpace(bytes, k + 1, end);
      }
      int e = k;
      while (e < end && e - k < MAX_NAME && nameChar(bytes[e])) {
        e++;
      }
      return e - k >= 2 ? new String(bytes, k, e - k, StandardCharsets.ISO_8859_1) : null;
    }

    /** Whether the bytes at {@code at} are {@code lower} in either ASCII case. */
    private static boolean matchesFolded(byte[] bytes, int at, int end, String lower) {
      if (at + lower.length() > end) {
        return false;
      }
      for (int i = 0; i < lower.length(); i++) {
        int b = bytes[at + i];
        if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != lower.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Skips the chars of the regex {@code \s}: space, tab, newline, vertical tab, form feed, CR.
     */
    private static int skipSpace(byte[] bytes, int k, int end) {
      while (k < end && (bytes[k] == ' ' || (bytes[k] >= '\t' && bytes[k] <= '\r'))) {
        k++;
      }
      return k;
    }

    private static boolean nameChar(byte b) {
      return (b >= 'a' && b <= 'z')
          || (b >= 'A' && b <= 'Z')
          || (b >= '0' && b <= '9')
          || b == '.'
          || b == '_'
          || b == ':'
          || b == '-';
    }
  }

  /**
   * True when text decoded as UTF-8 has no bad sequences, or few next to many good multi-byte ones
   * (a page cut mid-character, a stray byte): windows-1252 would garble all the others.
   */
  private static boolean mostlyUtf8(String text, int bad) {
    if (bad == 0) {
      return true; // counted with an intrinsic: most pages need no char-by-char pass
    }
    int wide = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c != '\uFFFD') {
        wide++;
      }
    }
    return bad * 20 < wide;
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
      n++;
    }
    return n;
  }

  private static boolean hasHighBytes(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  static boolean validUtf8(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      d.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Decoded decode(byte[] bytes, int skip, Charset cs, String how) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      Decoded valid = utf8(bytes, skip, how);
      if (valid != null) {
        return valid;
      }
      // Bad sequences: the JDK's decoder replaces them with U+FFFD as the standard says.
      String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
      int malformed = 0;
      for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
        malformed++;
      }
      return new Decoded(text, cs, skip, malformed, how);
    }
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate(
            (int)
                Math.min(
                    Integer.MAX_VALUE - 8,
                    (long) (in.remaining() * (double) d.maxCharsPerByte()) + 16));
    int malformed = 0;
    while (true) {
      CoderResult r = in.hasRemaining() ? d.decode(in, out, true) : CoderResult.UNDERFLOW;
      if (r.isError()) {
        in.position(in.position() + r.length());
        out.put('\uFFFD');
        malformed++;
        continue;
      }
      if (r.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      break;
    }
    d.flush(out);
    out.flip();
    return new Decoded(out.toString(), cs, skip, malformed, how);
  }

  /**
   * The bytes from {@code from} on decoded as UTF-8, or null at the first sequence that is not
   * valid UTF-8 (overlong, surrogate, past U+10FFFF, cut off): the JDK's decoder then replaces
   * them. Gives the chars and a Latin-1 {@link Decoded#scan} string, not the text's string (made
   * only when asked for); about twice as fast as {@code new String(bytes, UTF_8)}, which decodes
   * byte by byte after the first non-ASCII byte. Literal U+FFFD chars are counted as malformed, as
   * with the JDK's decoder.
   */
  static Decoded utf8(byte[] bytes, int from, String how) {
    Utf8 decoder = new Utf8(bytes, from);
    while (decoder.at < bytes.length) {
      if (!decoder.decode(Math.min(bytes.length, decoder.at + Utf8.CHUNK))) {
        return null;
      }
    }
    int length = bytes.length - from;
    // all ASCII (as many chars as bytes): the bytes as they stand are the text and its scan
    String scan =
        decoder.written == length
            ? new String(bytes, from, length, StandardCharsets.ISO_8859_1)
            : new String(decoder.scan, 0, decoder.written, StandardCharsets.ISO_8859_1);
    return new Decoded(
        decoder.out,
        decoder.written,
        scan,
        StandardCharsets.UTF_8,
        from,
        decoder.replacements,
        how,
        decoder.controls);
  }

  /**
   * UTF-8 decoding of one page, a chunk per {@link #decode} call. In chunks because the JIT
   * compiles a method by how often it is called: one call per page left the decoding loop
   * interpreted for a minute of a benchmark on a busy machine (its compilation queued behind
   * methods called more often), where it then took half the extraction time.
   */
  private static final class Utf8 {
    /** Bytes per call: about forty calls for a news page. */
    static final int CHUNK = 4096;

    private static final byte NOT_ASCII = (byte) Decoded.NOT_ASCII;

    final byte[] bytes;
    final char[] out;
    final byte[] scan; // Decoded.scan's Latin-1 chars: out's ASCII chars, NOT_ASCII for others
    int at; // the next byte to decode
    int written; // chars in out
    int replacements; // literal U+FFFD chars: the only ones in a valid decoding
    boolean controls; // C1 control chars decoded (Decoded#hasC1Controls)
    // Widens bytes to chars with the JDK's vectorized Latin-1 inflation, into out in place.
    final CharsetDecoder widener = StandardCharsets.ISO_8859_1.newDecoder();
    final ByteBuffer widenIn;
    final CharBuffer widenOut;

    Utf8(byte[] bytes, int from) {
      this.bytes = bytes;
      this.out = new char[bytes.length - from];
      this.scan = new byte[bytes.length - from];
      this.at = from;
      this.widenIn = ByteBuffer.wrap(bytes);
      this.widenOut = CharBuffer.wrap(out);
    }

    /**
     * Decodes the sequences that start before {@code limit} (the last may end after it); false at a
     * sequence that is not valid UTF-8.
     */
    boolean decode(int limit) {
      byte[] bytes = this.bytes;
      char[] out = this.out;
      byte[] scan = this.scan;
      int i = at;
      int dp = written;
      int end = bytes.length;
      // The chunk's bytes widened to chars (and copied to scan) where they would go if all were
      // ASCII, with the JDK's vectorized copies: right for ASCII as it stands, so decoding writes
      // only the other chars and moves ASCII runs left past them. A chunk at a time, so that its
      // chars are still in the cache when they are read.
      int base = i - dp; // out[k - base] holds the widened byte k
      widenIn.limit(limit).position(i);
      widenOut.position(dp);
      widener.decode(widenIn, widenOut, false);
      System.arraycopy(bytes, i, scan, dp, limit - i);
      while (i < limit) {
        // ASCII runs: found eight bytes at a time (not past the widened chunk); already in out,
        // moved once a multi-byte sequence has made the chars fewer than the bytes
        int run = i;
        while (run + 32 <= limit
            && (((long) LONGS.get(bytes, run)
                        | (long) LONGS.get(bytes, run + 8)
                        | (long) LONGS.get(bytes, run + 16)
                        | (long) LONGS.get(bytes, run + 24))
                    & 0x8080808080808080L)
                == 0) {
          run += 32; // long runs: four words a test
        }
        while (run + 8 <= limit && ((long) LONGS.get(bytes, run) & 0x8080808080808080L) == 0) {
          run += 8;
        }
        int len = run - i;
        if (dp != i - base) {
          System.arraycopy(out, i - base, out, dp, len);
          System.arraycopy(scan, i - base, scan, dp, len);
        }
        dp += len;
        i = run;
        if (i >= end) {
          break;
        }
        int b0 = bytes[i];
        if (b0 >= 0) {
          out[dp] = (char) b0;
          scan[dp++] = (byte) b0;
          i++;
          continue;
        }
        b0 &= 0xFF;
        if (b0 < 0xC2 || b0 > 0xF4) {
          return false;
        }
        if (b0 < 0xE0) {
          if (i + 1 >= end || !continuation(bytes[i + 1])) {
            return false;
          }
          out[dp] = (char) (((b0 & 0x1F) << 6) | (bytes[i + 1] & 0x3F));
          scan[dp++] = NOT_ASCII;
          controls |= b0 == 0xC2 && bytes[i + 1] < (byte) 0xA0; // U+0080 to U+009F
          i += 2;
        } else if (b0 < 0xF0) {
          if (i + 2 >= end || !continuation(bytes[i + 2])) {
            return false;
          }
          int b1 = bytes[i + 1] & 0xFF;
          if (b1 < (b0 == 0xE0 ? 0xA0 : 0x80) || b1 > (b0 == 0xED ? 0x9F : 0xBF)) {
            return false; // overlong, or a surrogate
          }
          char c = (char) (((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (bytes[i + 2] & 0x3F));
          if (c == '\uFFFD') {
            replacements++;
          }
          out[dp] = c;
          scan[dp++] = NOT_ASCII;
          i += 3;
        } else {
          if (i + 3 >= end || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
            return false;
          }
          int b1 = bytes[i + 1] & 0xFF;
          if (b1 < (b0 == 0xF0 ? 0x90 : 0x80) || b1 > (b0 == 0xF4 ? 0x8F : 0xBF)) {
            return false; // overlong, or past U+10FFFF
          }
          int cp =
              ((b0 & 0x07) << 18)
                  | ((b1 & 0x3F) << 12)
                  | ((bytes[i + 2] & 0x3F) << 6)
                  | (bytes[i + 3] & 0x3F);
          out[dp] = Character.highSurrogate(cp);
          scan[dp++] = NOT_ASCII;
          out[dp] = Character.lowSurrogate(cp);
          scan[dp++] = NOT_ASCII;
          i += 4;
        }
      }
      at = i;
      written = dp;
      return true;
    }
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
