package org.tidings.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;
import org.tidings.model.SourceMap;
import org.tidings.pipeline.Extraction;
import org.tidings.pipeline.Extractor;

/**
 * FALLBACK extractor, used only until {@code org.tidings.extract.ArticleExtractor} is merged: a
 * text dump is taken as is, an HTML page gives the text of its headings, paragraphs and captions
 * outside navigation, header, footer and asides. It drops no other page furniture and keeps no
 * source map. See {@link Wiring#extractor()}.
 */
final class PlainTextExtractor implements Extractor {
  /** Page parts named for what they are: cookie banners, share buttons, related links. */
  private static final String FURNITURE =
      "[class~=(?i)cookie|consent|gdpr|share|social|related|read-more|most-read|breadcrumb|newsletter"
          + "|menu], [id~=(?i)cookie|consent|gdpr|share|social|related]";

  @Override
  public Extraction extract(Source source) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Article article =
        source.mediaType().equals("text/html")
            ? html(source, diagnostics)
            : text(source, diagnostics);
    if (article.text().isBlank()) {
      return Extraction.failed(
          Diagnostic.error("extract.empty", "no article text found", source.location()));
    }
    return Extraction.of(article, diagnostics);
  }

  private static Article text(Source source, List<Diagnostic> diagnostics) {
    String text = normalise(decode(source, diagnostics));
    String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    return Article.of(
        source.location(), title, Optional.empty(), List.of(), "und", text, SourceMap.none());
  }

  private static Article html(Source source, List<Diagnostic> diagnostics) {
    Document doc;
    try {
      String charset = supported(source.charset()) ? source.charset() : null;
      doc = Jsoup.parse(new ByteArrayInputStream(source.bytes()), charset, source.url());
    } catch (IOException e) {
      doc = Jsoup.parse(decode(source, diagnostics), source.url());
    }
    doc.select("script, style, noscript, nav, header, footer, aside, form, button").remove();
    doc.select(FURNITURE).remove();
    List<String> blocks = new ArrayList<>();
    for (Element e : doc.select("h1, h2, h3, p, li, blockquote, figcaption, pre")) {
      String t = e.text().strip();
      if (!t.isEmpty() && e.parents().select("p, li, blockquote, figcaption").isEmpty()) {
        blocks.add(t);
      }
    }
    String text =
        blocks.isEmpty()
            ? doc.body() == null ? "" : doc.body().text()
            : String.join("\n\n", blocks);
    Element h1 = doc.selectFirst("h1");
    String title = h1 != null ? h1.text().strip() : doc.title().strip();
    return Article.of(
        source.location(),
        title,
        date(doc),
        authors(doc),
        language(doc),
        normalise(text),
        SourceMap.none());
  }

  private static Optional<LocalDate> date(Document doc) {
    List<String> candidates = new ArrayList<>();
    for (Element e : doc.select("meta[property=article:published_time], meta[name=date]")) {
      candidates.add(e.attr("content"));
    }
    for (Element e : doc.select("time[datetime]")) {
      candidates.add(e.attr("datetime"));
    }
    for (String c : candidates) {
      String s = c.strip();
      if (s.length() >= 10) {
        try {
          return Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (DateTimeParseException e) {
          // try the next one
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> authors(Document doc) {
    Element meta = doc.selectFirst("meta[name=author]");
    if (meta != null && !meta.attr("content").isBlank()) {
      return List.of(meta.attr("content").strip());
    }
    Element rel = doc.selectFirst("[rel=author], .author");
    return rel != null && !rel.text().isBlank() ? List.of(rel.text().strip()) : List.of();
  }

  private static String language(Document doc) {
    String lang = doc.select("html").attr("lang").strip().toLowerCase(Locale.ROOT);
    return lang.length() >= 2 && Character.isLetter(lang.charAt(0)) ? lang.substring(0, 2) : "und";
  }

  /** The bytes as text: the named charset, else UTF-8, else windows-1252 with a warning. */
  private static String decode(Source source, List<Diagnostic> diagnostics) {
    byte[] bytes = source.bytes();
    if (supported(source.charset())) {
      return new String(bytes, Charset.forName(source.charset()));
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      diagnostics.add(
          Diagnostic.warning(
              "extract.charset-guessed",
              "not valid UTF-8 and no charset named; read as windows-1252",
              source.location()));
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static boolean supported(String charset) {
    try {
      return !charset.isBlank() && Charset.isSupported(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** No BOM, Unix line ends, no trailing spaces, at most one blank line in a row. */
  private static String normalise(String text) {
    String t = text.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
    t = t.replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
    return t.strip();
  }
}
