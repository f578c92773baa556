package org.tidings.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The clean text of one news article and what is known about it.
 *
 * @param id stable identifier: a hash of the text, so the same article read twice gets the same id
 * @param source path or URL it was read from (with "#record-id" for a WARC record)
 * @param title headline, or the empty string
 * @param published publication date, empty when the source does not state it
 * @param authors bylines, possibly none
 * @param language ISO 639-1 code, or "und" when unknown
 * @param text the article text: title, captions and body, paragraphs separated by blank lines
 * @param sourceMap where each text char came from in the source
 */
public record Article(
    String id,
    String source,
    String title,
    Optional<LocalDate> published,
    List<String> authors,
    String language,
    String text,
    SourceMap sourceMap) {

  public Article {
    Objects.requireNonNull(id);
    Objects.requireNonNull(source);
    Objects.requireNonNull(title);
    Objects.requireNonNull(published);
    authors = List.copyOf(authors);
    Objects.requireNonNull(language);
    Objects.requireNonNull(text);
    Objects.requireNonNull(sourceMap);
  }

  /** An article whose id is derived from its text. */
  public static Article of(
      String source,
      String title,
      Optional<LocalDate> published,
      List<String> authors,
      String language,
      String text,
      SourceMap sourceMap) {
    return new Article(idOf(text), source, title, published, authors, language, text, sourceMap);
  }

  /** The first 16 hex digits of the SHA-256 of the text in UTF-8. */
  public static String idOf(String text) {
    MessageDigest sha = newSha256();
    // Encoded a chunk at a time into one small buffer: no byte[] of the whole text (three times
    // its length while String.getBytes encodes a text with any non-Latin-1 char).
    char[] chars = new char[Math.min(text.length(), CHUNK)];
    byte[] bytes = new byte[3 * CHUNK + 1];
    int n = text.length();
    for (int from = 0; from < n; ) {
      int to = Math.min(n, from + CHUNK);
      if (to < n && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--; // a pair stays in one chunk
      }
      text.getChars(from, to, chars, 0);
      sha.update(bytes, 0, utf8(chars, to - from, bytes));
      from = to;
    }
    return hex16(sha.digest());
  }

  /** The first 8 bytes in lower-case hex: the id's 16 chars. */
  static String hex16(byte[] b) {
    return HexFormat.of().formatHex(b, 0, 8);
  }

  private static final int CHUNK = 2048;

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Encodes {@code chars[0, n)} as UTF-8 into {@code out}, returning the byte count: the bytes
   * {@code String.getBytes(UTF_8)} gives, an unpaired surrogate as '?'. A chunk ends before a high
   * surrogate whose pair follows.
   */
  private static int utf8(char[] chars, int n, byte[] out) {
    int j = 0;
    for (int i = 0; i < n; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[j++] = (byte) c;
      } else if (c < 0x800) {
        out[j++] = (byte) (0xC0 | (c >> 6));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
          int cp = Character.toCodePoint(c, chars[++i]);
          out[j++] = (byte) (0xF0 | (cp >> 18));
          out[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          out[j++] = (byte) (0x80 | (cp & 0x3F));
        } else {
          out[j++] = '?';
        }
      } else {
        out[j++] = (byte) (0xE0 | (c >> 12));
        out[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return j;
  }
}
