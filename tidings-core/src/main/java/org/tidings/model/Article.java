package org.tidings.model;

import java.nio.charset.StandardCharsets;
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
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
